import { AppError, createZoneInput, type ErrorDetail, foldVi, updateZoneInput } from "@dondoc/domain";
import { inArray } from "drizzle-orm";
import type ExcelJS from "exceljs";
import type { ActionContext } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { adminUnits, agencies, zones } from "../../db/schema";
import { requireXlsx } from "../../files/check-upload";
import { newWorkbook } from "../../files/workbook";
import { createZone, updateZone } from "./save-zone";
import { columnHeaderOf, readZoneRow, type SheetLookups, zoneColumns } from "./zone-sheet";

const MAX_ROWS = 2000;

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Imports zones from .xlsx, all or nothing: every row is validated first, and any error
 * (reported by row and column) means nothing is written. Then one transaction writes all rows.
 */
export async function importZones(db: Db, bytes: Uint8Array, ctx: ActionContext): Promise<ImportResult> {
  await requireXlsx(bytes);
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError("invalid", "Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.");
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError("invalid", "Tệp Excel không có trang tính nào.");
  const headerRowNo = findHeaderRow(ws);
  const headerRow = ws.getRow(headerRowNo);
  const colIndex = new Map<string, number>();
  headerRow.eachCell((cell, col) => {
    const match = zoneColumns.find((c) => foldVi(c.header) === foldVi(String(cell.text ?? "")));
    if (match) colIndex.set(match.key, col);
  });
  const missing = zoneColumns.filter((c) => c.read && !colIndex.has(c.key) && ["kind", "name", "stage"].includes(c.key));
  if (missing.length > 0) throw new AppError("invalid", `Thiếu cột bắt buộc: ${missing.map((c) => c.header).join(", ")}.`);
  if (ws.rowCount - headerRowNo > MAX_ROWS) throw new AppError("invalid", `Tệp có quá nhiều dòng (tối đa ${MAX_ROWS}).`);

  const lookups = await loadLookups(db);
  const existing = new Set((await db.select({ id: zones.id }).from(zones)).map((z) => z.id));
  const errors: ErrorDetail[] = [];
  const plans: { row: number; id: string | null; input: unknown }[] = [];
  for (let r = headerRowNo + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const cells = new Map(
      zoneColumns.map((c) => [c.key, cellValue(colIndex.has(c.key) ? row.getCell(colIndex.get(c.key) as number).value : null)]),
    );
    const parsed = readZoneRow(cells, r, lookups);
    errors.push(...parsed.errors);
    if (parsed.errors.length > 0) continue;
    if (parsed.id && !existing.has(parsed.id)) {
      errors.push({
        path: `Dòng ${r}, cột Mã`,
        row: r,
        column: "Mã",
        message: `Không có khu, cụm mã "${parsed.id}"; để trống ô Mã để tạo mới.`,
      });
      continue;
    }
    const schema = parsed.id ? updateZoneInput : createZoneInput;
    const check = schema.safeParse(parsed.input);
    if (!check.success) {
      for (const issue of check.error.issues) {
        const column = columnHeaderOf(issue.path.map(String).join("."));
        errors.push({ path: `Dòng ${r}, cột ${column}`, row: r, column, message: issue.message });
      }
      continue;
    }
    plans.push({ row: r, id: parsed.id, input: check.data });
  }
  if (errors.length > 0)
    throw new AppError(
      "invalid",
      `Tệp có ${errors.length} lỗi; chưa ghi dòng nào. Sửa các ô được chỉ ra rồi tải lên lại.`,
      errors.slice(0, 200),
    );
  if (plans.length === 0) throw new AppError("invalid", "Tệp không có dòng dữ liệu nào.");

  const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
  await db.transaction(async (tx) => {
    for (const p of plans) {
      try {
        if (p.id) {
          const before = await tx
            .select({ v: zones.version })
            .from(zones)
            .where(inArray(zones.id, [p.id]));
          await updateZone(tx, p.id, p.input as Parameters<typeof updateZone>[2], ctx);
          const after = await tx
            .select({ v: zones.version })
            .from(zones)
            .where(inArray(zones.id, [p.id]));
          if (after[0]?.v !== before[0]?.v) result.updated++;
          else result.unchanged++;
        } else {
          await createZone(tx, p.input as Parameters<typeof createZone>[1], ctx);
          result.created++;
        }
      } catch (error) {
        if (error instanceof AppError) {
          throw new AppError(
            error.code,
            `Dòng ${p.row}: ${error.message} Chưa ghi dòng nào.`,
            error.details.map((d) => ({ ...d, row: p.row, path: `Dòng ${p.row}, ${d.path}` })),
          );
        }
        throw error;
      }
    }
  });
  return result;
}

function findHeaderRow(ws: ExcelJS.Worksheet): number {
  for (let r = 1; r <= Math.min(10, ws.rowCount); r++) {
    const values: string[] = [];
    ws.getRow(r).eachCell((cell) => {
      values.push(foldVi(String(cell.text ?? "")));
    });
    if (values.includes("ten") && values.includes("loai")) return r;
  }
  throw new AppError("invalid", 'Không tìm thấy dòng tiêu đề (cần các cột "Loại", "Tên", "Giai đoạn").');
}

function cellValue(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date)
    return `${String(v.getUTCDate()).padStart(2, "0")}/${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`;
  if (typeof v === "object" && "result" in v) return cellValue(v.result as ExcelJS.CellValue);
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (typeof v === "object" && "text" in v) return String(v.text);
  return null;
}

async function loadLookups(db: Db): Promise<SheetLookups> {
  const [units, agencyRows] = await Promise.all([
    db.select({ id: adminUnits.id, name: adminUnits.name, level: adminUnits.level, validFrom: adminUnits.validFrom }).from(adminUnits),
    db.select({ id: agencies.id, name: agencies.name, aliases: agencies.aliases }).from(agencies),
  ]);
  const districts = units.filter((u) => u.level === "district" || u.level === "city");
  const communes = units.filter((u) => u.validFrom !== null && (u.level === "commune" || u.level === "ward"));
  return {
    districts: new Map(districts.map((u) => [foldVi(u.name), u.id])),
    districtNames: new Map(districts.map((u) => [u.id, u.name])),
    communes: new Map(communes.map((u) => [foldVi(u.name), u.id])),
    agencies: new Map(agencyRows.flatMap((a) => [a.name, ...a.aliases].map((n) => [foldVi(n), a.id] as const))),
  };
}
