import {
  AppError,
  canReportLandClearance,
  canReportProgress,
  checkLandClearance,
  checkMilestone,
  checkTenantProjectReport,
  type ErrorDetail,
  foldVi,
  isIsoDate,
  type LandClearanceEntry,
  type LandClearanceInput,
  landClearanceInput,
  landHoldingStatuses,
  type MilestoneInput,
  milestoneInput,
  milestoneKinds,
  milestoneLabels,
  type NewTenantProjectInput,
  newTenantProjectInput,
  type TenantProjectReportInput,
  type TenantProjectStatus,
  tenantProjectReportInput,
  tenantProjectStatuses,
  tenantProjectStatusLabels,
  tenantProjectsAsOf,
} from "@dondoc/domain";
import { eq } from "drizzle-orm";
import type ExcelJS from "exceljs";
import type { z } from "zod";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { adminUnits, agencies, landClearanceEntries, tenantProjectReports, tenantProjects, zones, zoneUnits } from "../../db/schema";
import { requireXlsx } from "../../files/check-upload";
import { newWorkbook } from "../../files/workbook";
import { insertLandClearanceEntry } from "./land-clearance";
import { insertMilestone, insertTenantProject, insertTenantReport } from "./progress";
import { FIRST_DATA_ROW, HEADER_ROW, progressSheets, type SheetColumn, type SheetDef } from "./progress-sheet";

const MAX_ROWS = 5000;

export interface ProgressImportResult {
  landClearance: number;
  milestones: number;
  tenantProjects: number;
  tenantProjectReports: number;
}

/** An error of one cell (or row) of one sheet. */
export type SheetError = ErrorDetail & { sheet: string; row: number; column: string };

type Cell = string | number | Date | null;
type ZoneRow = typeof zones.$inferSelect;
type ProjectRef = { id: number } | { newKey: string };

type Plan =
  | { kind: "landClearance"; zoneId: string; input: LandClearanceInput }
  | { kind: "milestone"; zoneId: string; project: ProjectRef | null; input: MilestoneInput }
  | { kind: "newProject"; zoneId: string; key: string; input: NewTenantProjectInput }
  | { kind: "projectReport"; projectId: number; input: TenantProjectReportInput };

/**
 * Imports a month of progress figures from the workbook of progress-sheet.ts, all or nothing.
 * Every row goes through the same domain schema, checks and permission rules as the single-entry
 * routes; any error (by sheet, row and column) means nothing is written. Then one transaction
 * writes every row with its audit record.
 */
export async function importProgress(db: Db, bytes: Uint8Array, ctx: ActionContext): Promise<ProgressImportResult> {
  await requireXlsx(bytes);
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError("invalid", "Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.");
  }
  const found = progressSheets.map((def) => ({ def, ws: wb.worksheets.find((w) => foldVi(w.name) === foldVi(def.name)) }));
  if (found.every((f) => !f.ws))
    throw new AppError(
      "invalid",
      `Tệp không có trang tính nào của mẫu nhập số liệu tháng (cần một trong: ${progressSheets.map((s) => `"${s.name}"`).join(", ")}). Hãy tải mẫu về và điền vào.`,
    );

  const look = await loadLookups(db, ctx);
  const errors: SheetError[] = [];
  const plans: Plan[] = [];
  // tenant projects first, so that a milestone row may name a project declared in the same file
  const readOrder = ["tenantProjects", "milestones", "landClearance"];
  for (const { def, ws } of [...found].sort((a, b) => readOrder.indexOf(a.def.key) - readOrder.indexOf(b.def.key))) {
    if (!ws) continue;
    const cols = headerColumns(ws, def, errors);
    if (!cols) continue;
    if (ws.rowCount - FIRST_DATA_ROW + 1 > MAX_ROWS) {
      errors.push({
        sheet: def.name,
        row: HEADER_ROW,
        column: "",
        path: `${def.name}`,
        message: `Trang tính có quá nhiều dòng (tối đa ${MAX_ROWS}).`,
      });
      continue;
    }
    for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (!row.hasValues) continue;
      const cells = new Map(
        def.columns.map((c) => [c.key, cellValue(cols.has(c.key) ? row.getCell(cols.get(c.key) as number).value : null)]),
      );
      if ([...cells.values()].every((v) => v === null || (typeof v === "string" && v.trim() === ""))) continue;
      const rowErrors: SheetError[] = [];
      const err = (column: SheetColumn | string, message: string) => {
        const header = typeof column === "string" ? column : column.header;
        rowErrors.push({ sheet: def.name, row: r, column: header, path: `${def.name}, dòng ${r}, cột ${header}`, message });
      };
      const plan = readRow(def, cells, look, ctx, err);
      errors.push(...rowErrors);
      if (plan && rowErrors.length === 0) plans.push(plan);
    }
  }
  const sheetIndex = (name: string) => progressSheets.findIndex((d) => d.name === name);
  errors.sort((a, b) => sheetIndex(a.sheet) - sheetIndex(b.sheet) || a.row - b.row);
  if (errors.length > 0)
    throw new AppError(
      "invalid",
      `Tệp có ${errors.length} lỗi; chưa ghi dòng nào. Sửa các ô được chỉ ra rồi tải lên lại.`,
      errors.slice(0, 300),
    );
  if (plans.length === 0) throw new AppError("invalid", "Tệp không có dòng số liệu nào (số liệu bắt đầu từ dòng 3 của mỗi trang tính).");

  const result: ProgressImportResult = { landClearance: 0, milestones: 0, tenantProjects: 0, tenantProjectReports: 0 };
  await db.transaction(async (tx) => {
    const created = new Map<string, number>();
    const resolve = (ref: ProjectRef | null) => (ref === null ? null : "id" in ref ? ref.id : (created.get(ref.newKey) ?? null));
    for (const p of plans.filter((x) => x.kind === "newProject" || x.kind === "projectReport")) {
      if (p.kind === "newProject") {
        created.set(p.key, await insertTenantProject(tx, p.zoneId, p.input, ctx));
        result.tenantProjects++;
      } else {
        await insertTenantReport(tx, p.projectId, p.input, ctx);
        result.tenantProjectReports++;
      }
    }
    for (const p of plans) {
      if (p.kind === "milestone") {
        await insertMilestone(tx, p.zoneId, { ...p.input, projectId: resolve(p.project) }, ctx);
        result.milestones++;
      } else if (p.kind === "landClearance") {
        await insertLandClearanceEntry(tx, p.zoneId, p.input, ctx); // the same checks again, and the audit row
        result.landClearance++;
      }
    }
    await recordAudit(tx, ctx, { action: "import", entity: "progress", entityId: null, after: result });
  });
  return result;
}

function headerColumns(ws: ExcelJS.Worksheet, def: SheetDef, errors: SheetError[]): Map<string, number> | null {
  const cols = new Map<string, number>();
  ws.getRow(HEADER_ROW).eachCell((cell, col) => {
    const match = def.columns.find((c) => foldVi(c.header) === foldVi(String(cell.text ?? "")));
    if (match) cols.set(match.key, col);
  });
  const required = def.columns.filter((c) => ["zone", "reportedOn", "milestone", "status"].includes(c.key) && !cols.has(c.key));
  if (required.length === 0) return cols;
  errors.push({
    sheet: def.name,
    row: HEADER_ROW,
    column: required.map((c) => c.header).join(", "),
    path: `${def.name}, dòng ${HEADER_ROW}`,
    message: `Thiếu cột bắt buộc: ${required.map((c) => c.header).join(", ")} (dòng 1 phải là tiêu đề của mẫu).`,
  });
  return null;
}

interface Lookups {
  zonesById: Map<string, ZoneRow>;
  zonesByName: Map<string, string>;
  unitsById: Set<string>;
  unitsByName: Map<string, string>;
  zoneUnits: Map<string, string[]>;
  actorUnitId: string | null;
  projectsById: Map<number, { zoneId: string; name: string }>;
  projectsByName: Map<string, number>;
  /** per zone, per project (id or a new project's key): what it holds today, updated row by row */
  holdings: Map<string, Map<string, { status: string; areaHa: number | null }>>;
  reportIds: Map<number, Set<number>>;
  landEntries: Map<string, LandClearanceEntry[]>;
  newProjects: Set<string>;
  today: string;
}

async function loadLookups(db: Db, ctx: ActionContext): Promise<Lookups> {
  const [zoneRows, units, links, projects, reports, entries, agency] = await Promise.all([
    db.select().from(zones),
    db.select({ id: adminUnits.id, name: adminUnits.name, validFrom: adminUnits.validFrom }).from(adminUnits),
    db.select({ zoneId: zoneUnits.zoneId, unitId: zoneUnits.unitId }).from(zoneUnits),
    db
      .select({
        id: tenantProjects.id,
        zoneId: tenantProjects.zoneId,
        name: tenantProjects.name,
        investorName: tenantProjects.investorName,
      })
      .from(tenantProjects),
    db.select().from(tenantProjectReports),
    db.select().from(landClearanceEntries),
    ctx.actor.agencyId
      ? db.select({ unitId: agencies.unitId }).from(agencies).where(eqAgency(ctx.actor.agencyId))
      : Promise.resolve([] as { unitId: string | null }[]),
  ]);
  const zonesByName = new Map<string, string>();
  for (const z of zoneRows) for (const n of [z.name, ...z.aliases]) zonesByName.set(foldVi(n), z.id);
  const unitsByName = new Map<string, string>();
  // a 2025 commune wins over an older unit of the same name
  for (const u of [...units].sort((a, b) => (a.validFrom ? 1 : 0) - (b.validFrom ? 1 : 0))) unitsByName.set(foldVi(u.name), u.id);
  const zoneUnitMap = new Map<string, string[]>();
  for (const l of links) zoneUnitMap.set(l.zoneId, [...(zoneUnitMap.get(l.zoneId) ?? []), l.unitId]);
  const holdings = new Map<string, Map<string, { status: string; areaHa: number | null }>>();
  for (const s of tenantProjectsAsOf(projects, reports, ctx.today)) {
    const m = holdings.get(s.zoneId) ?? new Map();
    m.set(String(s.id), { status: s.status, areaHa: s.areaHa });
    holdings.set(s.zoneId, m);
  }
  const reportIds = new Map<number, Set<number>>();
  for (const r of reports) reportIds.set(r.projectId, (reportIds.get(r.projectId) ?? new Set()).add(r.id));
  const landEntries = new Map<string, LandClearanceEntry[]>();
  for (const e of entries) landEntries.set(e.zoneId, [...(landEntries.get(e.zoneId) ?? []), { ...e, correctsId: e.correctsId ?? null }]);
  return {
    zonesById: new Map(zoneRows.map((z) => [z.id, z])),
    zonesByName,
    unitsById: new Set(units.map((u) => u.id)),
    unitsByName,
    zoneUnits: zoneUnitMap,
    actorUnitId: agency[0]?.unitId ?? null,
    projectsById: new Map(projects.map((p) => [p.id, { zoneId: p.zoneId, name: p.name }])),
    projectsByName: new Map(projects.map((p) => [`${p.zoneId}|${foldVi(p.name)}`, p.id])),
    holdings,
    reportIds,
    landEntries,
    newProjects: new Set(),
    today: ctx.today,
  };
}

const eqAgency = (id: string) => eq(agencies.id, id);

type Err = (column: SheetColumn | string, message: string) => void;

function readRow(def: SheetDef, cells: Map<string, Cell>, look: Lookups, ctx: ActionContext, err: Err): Plan | null {
  const col = (key: string) => def.columns.find((c) => c.key === key) as SheetColumn;
  const zoneCell = text(cells.get("zone") ?? null);
  if (!zoneCell) {
    err(col("zone"), "Thiếu khu, cụm.");
    return null;
  }
  const zoneId = look.zonesById.has(zoneCell) ? zoneCell : look.zonesByName.get(foldVi(zoneCell));
  const zone = zoneId ? look.zonesById.get(zoneId) : undefined;
  if (!zone) {
    err(col("zone"), `Không có khu, cụm "${zoneCell}" trong sổ đăng ký.`);
    return null;
  }
  const values: Record<string, unknown> = {};
  for (const c of def.columns) {
    if (c.key === "zone" || c.key === "unit" || c.key === "project" || c.key === "milestone" || c.key === "status") continue;
    const raw = cells.get(c.key) ?? null;
    const parsed = c.kind === "date" ? toDate(raw) : c.kind === "text" ? { value: text(raw) || null } : toNumber(raw);
    if ("error" in parsed) err(c, parsed.error);
    else values[c.key] = parsed.value;
  }
  const zodErrors = (issues: z.core.$ZodIssue[], map: Record<string, string> = {}) => {
    for (const i of issues) {
      const key = String(i.path[0] ?? "");
      const c = def.columns.find((x) => x.key === (map[key] ?? key));
      err(c ?? def.columns[0] ?? "", i.message);
    }
  };
  const problems = (list: { path: string; message: string }[], map: Record<string, string> = {}) => {
    for (const p of list) {
      const key = p.path.split(".")[0] ?? "";
      err(def.columns.find((x) => x.key === (map[key] ?? key)) ?? (def.columns[0] as SheetColumn), p.message);
    }
  };

  if (def.key === "landClearance") {
    const unitCell = text(cells.get("unit") ?? null);
    const unitId = !unitCell ? null : look.unitsById.has(unitCell) ? unitCell : look.unitsByName.get(foldVi(unitCell));
    if (!unitCell) err(col("unit"), "Thiếu xã, phường.");
    else if (!unitId) err(col("unit"), `Không có xã, phường "${unitCell}".`);
    const parsed = landClearanceInput.safeParse({ ...values, unitId: unitId ?? "", correctsId: null });
    if (!parsed.success) {
      zodErrors(parsed.error.issues, { unitId: "unit" });
      return null;
    }
    if (!unitId) return null;
    if (
      !canReportLandClearance(
        ctx.actor,
        look.actorUnitId,
        { kind: zone.kind, investorId: zone.investorId, unitIds: look.zoneUnits.get(zone.id) ?? [] },
        unitId,
      )
    ) {
      err(col("unit"), `Bạn không có quyền nhập số liệu giải phóng mặt bằng của ${zone.name} tại xã, phường này.`);
      return null;
    }
    const found = checkLandClearance(parsed.data, zone.areaHa, look.today, look.landEntries.get(zone.id) ?? []);
    problems(found, { unitId: "unit" });
    return found.length === 0 ? { kind: "landClearance", zoneId: zone.id, input: parsed.data } : null;
  }

  if (!canReportProgress(ctx.actor, zone)) {
    err(col("zone"), `Bạn không có quyền nhập số liệu tiến độ của ${zone.name}.`);
    return null;
  }

  if (def.key === "milestones") {
    const milestoneCell = text(cells.get("milestone") ?? null);
    const milestone = milestoneKinds.find(
      (k) => foldVi(k) === foldVi(milestoneCell) || foldVi(milestoneLabels[k].vi) === foldVi(milestoneCell),
    );
    if (milestoneCell && !milestone) err(col("milestone"), `Mốc tiến độ "${milestoneCell}" không có trong danh mục.`);
    const projectCell = text(cells.get("project") ?? null);
    let project: ProjectRef | null = null;
    if (projectCell) {
      const byId = /^\d+$/.test(projectCell) ? look.projectsById.get(Number(projectCell)) : undefined;
      const key = `${zone.id}|${foldVi(projectCell)}`;
      if (byId && byId.zoneId === zone.id) project = { id: Number(projectCell) };
      else if (look.projectsByName.has(key)) project = { id: look.projectsByName.get(key) as number };
      else if (look.newProjects.has(key)) project = { newKey: key };
      else err(col("project"), `Không có dự án thứ cấp "${projectCell}" trong ${zone.name}.`);
    }
    const parsed = milestoneInput.safeParse({
      ...values,
      milestone: milestone ?? milestoneCell ?? "",
      projectId: project === null ? null : "id" in project ? project.id : 1, // a new project's id is known at write time
    });
    if (!parsed.success) {
      zodErrors(parsed.error.issues, { projectId: "project" });
      return null;
    }
    const found = checkMilestone(parsed.data, look.today);
    problems(found);
    return found.length === 0 && (!projectCell || project) ? { kind: "milestone", zoneId: zone.id, project, input: parsed.data } : null;
  }

  // tenant projects
  const statusCell = text(cells.get("status") ?? null);
  const status = tenantProjectStatuses.find(
    (s) => foldVi(s) === foldVi(statusCell) || foldVi(tenantProjectStatusLabels[s].vi) === foldVi(statusCell),
  );
  const projectCell = text(cells.get("project") ?? null);
  const nameKey = `${zone.id}|${foldVi(String(values.name ?? ""))}`;
  let projectId: number | null = null;
  if (projectCell) {
    const p = /^\d+$/.test(projectCell) ? look.projectsById.get(Number(projectCell)) : undefined;
    if (!p || p.zoneId !== zone.id) {
      err(col("project"), `Không có dự án mã "${projectCell}" trong ${zone.name}.`);
      return null;
    }
    projectId = Number(projectCell);
  } else if (values.name && look.projectsByName.has(nameKey)) {
    projectId = look.projectsByName.get(nameKey) as number;
  }
  const fields = { ...values, status: status ?? statusCell ?? "" };
  delete (fields as Record<string, unknown>).name;
  delete (fields as Record<string, unknown>).investorName;
  const holdingKey = projectId !== null ? String(projectId) : `new:${nameKey}`;
  const zoneHoldings = look.holdings.get(zone.id) ?? new Map<string, { status: string; areaHa: number | null }>();
  const others = [...zoneHoldings.entries()]
    .filter(([k, h]) => k !== holdingKey && landHoldingStatuses.includes(h.status as TenantProjectStatus))
    .reduce((s, [, h]) => s + (h.areaHa ?? 0), 0);
  const land = { industrialLandHa: zone.industrialLandHa, areaHa: zone.areaHa };
  if (projectId === null) {
    if (look.newProjects.has(nameKey)) {
      err(col("name"), `Dự án "${String(values.name)}" được khai báo hai lần trong tệp.`);
      return null;
    }
    const parsed = newTenantProjectInput.safeParse({ ...fields, name: values.name ?? "", investorName: values.investorName ?? "" });
    if (!parsed.success) {
      zodErrors(parsed.error.issues);
      return null;
    }
    const found = checkTenantProjectReport(parsed.data, land, others, look.today);
    problems(found);
    if (found.length > 0) return null;
    look.newProjects.add(nameKey);
    zoneHoldings.set(holdingKey, { status: parsed.data.status, areaHa: parsed.data.areaHa });
    look.holdings.set(zone.id, zoneHoldings);
    return { kind: "newProject", zoneId: zone.id, key: nameKey, input: parsed.data };
  }
  const parsed = tenantProjectReportInput.safeParse({ ...fields, correctsId: null });
  if (!parsed.success) {
    zodErrors(parsed.error.issues);
    return null;
  }
  const found = checkTenantProjectReport(
    parsed.data,
    land,
    others,
    look.today,
    [...(look.reportIds.get(projectId) ?? [])].map((id) => ({ id })),
  );
  problems(found);
  if (found.length > 0) return null;
  zoneHoldings.set(holdingKey, { status: parsed.data.status, areaHa: parsed.data.areaHa });
  look.holdings.set(zone.id, zoneHoldings);
  return { kind: "projectReport", projectId, input: parsed.data };
}

const text = (c: Cell): string => {
  if (c === null) return "";
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).normalize("NFC").trim();
};

function toDate(c: Cell): { value: string | null } | { error: string } {
  if (c === null || text(c) === "") return { value: null };
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? { error: "Ngày không hợp lệ." } : { value: c.toISOString().slice(0, 10) };
  if (typeof c === "number") {
    // a date typed as a number of days (Excel's serial date)
    if (!Number.isFinite(c) || c < 1 || c > 2_958_465) return { error: "Ngày không hợp lệ." };
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(c) * 86_400_000);
    return { value: d.toISOString().slice(0, 10) };
  }
  const t = text(c);
  const vi = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  const iso = vi ? `${vi[3]}-${(vi[2] as string).padStart(2, "0")}-${(vi[1] as string).padStart(2, "0")}` : t;
  if (isIsoDate(iso)) return { value: iso };
  if (vi) return { error: `Ngày "${t}" không tồn tại.` };
  return { error: `Ngày "${t}" không đúng dạng dd/mm/yyyy.` };
}

function toNumber(c: Cell): { value: number | null } | { error: string } {
  if (c === null || text(c) === "") return { value: null };
  if (typeof c === "number") return { value: c };
  const t = text(c).replace(/\s/g, "");
  const normalized = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) ? t.replace(/\./g, "").replace(",", ".") : t.replace(",", ".");
  const n = Number(normalized);
  return Number.isFinite(n) && normalized !== "" ? { value: n } : { error: `"${text(c)}" không phải là số.` };
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v;
  if (typeof v === "object" && "result" in v) return cellValue(v.result as ExcelJS.CellValue);
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (typeof v === "object" && "text" in v) return String(v.text);
  return null;
}
