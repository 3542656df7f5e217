import {
  type Actor,
  AppError,
  canReportProgress,
  canSeeZoneInternals,
  checkMilestone,
  checkTenantProjectReport,
  type ErrorDetail,
  landHoldingStatuses,
  lateMilestoneRows,
  ledgerPositions,
  ledgerTotals,
  type MilestoneInput,
  type NewTenantProjectInput,
  type ProgressSourceInput,
  type SourceRef,
  type TenantProjectReportInput,
  type TenantProjectStatus,
  tenantProjectsAsOf,
} from "@dondoc/domain";
import { and, asc, eq, inArray } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { documents, milestoneFacts, tenantProjectReports, tenantProjects, zones } from "../../db/schema";
import { sourceDocumentId } from "../documents/source-document";
import { loadMilestoneTasks, zoneProgressInputs } from "../reports/load-report-data";
import { sourceOf } from "../zones/zones.presenter";
import { loadLedgerEntries } from "./land-clearance";
import { loadProgressAsOf, zoneEnterpriseFigures, zoneFieldsAsOf } from "./load-progress";

type ZoneRow = typeof zones.$inferSelect;

async function zoneOrNotFound(db: Db, zoneId: string): Promise<ZoneRow> {
  const [zone] = await db.select().from(zones).where(eq(zones.id, zoneId));
  if (!zone) throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
  return zone;
}

function requireReporter(actor: Actor, zone: ZoneRow) {
  if (!canReportProgress(actor, zone)) throw new AppError("forbidden", "Bạn không có quyền nhập số liệu tiến độ của khu, cụm này.");
}

/** The source document must exist; the passage alone is allowed. */
async function checkSource(db: Db, source: ProgressSourceInput | null, path = "source.documentId"): Promise<ErrorDetail[]> {
  if (!source?.documentId) return [];
  const [doc] = await db.select({ id: documents.id }).from(documents).where(eq(documents.id, source.documentId));
  return doc ? [] : [{ path, message: `Không có văn bản "${source.documentId}".` }];
}

/** Every problem of a milestone report for `zone` (domain schema already applied): the same checks for a form and an import row. */
export async function milestoneProblems(db: Db, zone: ZoneRow, input: MilestoneInput, today: string): Promise<ErrorDetail[]> {
  const problems: ErrorDetail[] = [...checkMilestone(input, today), ...(await checkSource(db, input.source))];
  if (input.projectId !== null) {
    const [p] = await db
      .select({ id: tenantProjects.id })
      .from(tenantProjects)
      .where(and(eq(tenantProjects.id, input.projectId), eq(tenantProjects.zoneId, zone.id)));
    if (!p) problems.push({ path: "projectId", message: "Dự án thứ cấp không thuộc khu, cụm này." });
  }
  return problems;
}

export async function insertMilestone(tx: Db, zoneId: string, input: MilestoneInput, ctx: ActionContext): Promise<number> {
  const { source, ...rest } = input;
  const [row] = await tx
    .insert(milestoneFacts)
    .values({
      zoneId,
      ...rest,
      sourceDocumentId: await sourceDocumentId(tx, source, ctx),
      sourcePassage: source?.passage ?? null,
      recordedBy: ctx.actor.name,
    })
    .returning({ id: milestoneFacts.id });
  if (!row) throw new Error("milestone not stored");
  await recordAudit(tx, ctx, { action: "create", entity: "milestone", entityId: `${zoneId}#${row.id}`, after: input });
  return row.id;
}

/** Appends a milestone report of the zone or of one of its tenant projects. */
export async function addMilestone(db: Db, zoneId: string, input: MilestoneInput, ctx: ActionContext): Promise<number> {
  return db.transaction(async (tx) => {
    const zone = await zoneOrNotFound(tx, zoneId);
    requireReporter(ctx.actor, zone);
    const problems = await milestoneProblems(tx, zone, input, ctx.today);
    if (problems.length > 0) throw new AppError("invalid", "Mốc tiến độ chưa hợp lệ; chưa ghi gì.", problems);
    return insertMilestone(tx, zoneId, input, ctx);
  });
}

/** The land the zone's other land-holding projects hold today (their latest reports), in ha. */
export async function otherProjectsAreaHa(db: Db, zoneId: string, exceptProjectId: number | null, today: string): Promise<number> {
  const projects = await db
    .select({ id: tenantProjects.id, zoneId: tenantProjects.zoneId, name: tenantProjects.name, investorName: tenantProjects.investorName })
    .from(tenantProjects)
    .where(eq(tenantProjects.zoneId, zoneId));
  if (projects.length === 0) return 0;
  const reports = await db
    .select()
    .from(tenantProjectReports)
    .where(
      inArray(
        tenantProjectReports.projectId,
        projects.map((p) => p.id),
      ),
    );
  return tenantProjectsAsOf(projects, reports, today)
    .filter((p) => p.id !== exceptProjectId && landHoldingStatuses.includes(p.status as TenantProjectStatus))
    .reduce((s, p) => s + (p.areaHa ?? 0), 0);
}

export async function tenantReportProblems(
  db: Db,
  zone: ZoneRow,
  projectId: number | null,
  input: Omit<TenantProjectReportInput, "correctsId"> & { correctsId?: number | null },
  today: string,
  extraOtherAreaHa = 0,
): Promise<ErrorDetail[]> {
  const existing = projectId
    ? await db.select({ id: tenantProjectReports.id }).from(tenantProjectReports).where(eq(tenantProjectReports.projectId, projectId))
    : [];
  const others = (await otherProjectsAreaHa(db, zone.id, projectId, today)) + extraOtherAreaHa;
  return [
    ...checkTenantProjectReport(input, { industrialLandHa: zone.industrialLandHa, areaHa: zone.areaHa }, others, today, existing),
    ...(await checkSource(db, input.source)),
  ];
}

export async function insertTenantReport(
  tx: Db,
  projectId: number,
  input: Omit<TenantProjectReportInput, "correctsId"> & { correctsId?: number | null },
  ctx: ActionContext,
): Promise<number> {
  const { source, correctsId, ...rest } = input;
  const [row] = await tx
    .insert(tenantProjectReports)
    .values({
      projectId,
      ...rest,
      correctsId: correctsId ?? null,
      sourceDocumentId: await sourceDocumentId(tx, source, ctx),
      sourcePassage: source?.passage ?? null,
      recordedBy: ctx.actor.name,
    })
    .returning({ id: tenantProjectReports.id });
  if (!row) throw new Error("report not stored");
  await recordAudit(tx, ctx, {
    action: correctsId ? "correct" : "create",
    entity: "tenant-project-report",
    entityId: `${projectId}#${row.id}`,
    after: input,
  });
  return row.id;
}

export async function insertTenantProject(tx: Db, zoneId: string, input: NewTenantProjectInput, ctx: ActionContext): Promise<number> {
  const { name, investorName, ...report } = input;
  const [project] = await tx
    .insert(tenantProjects)
    .values({ zoneId, name, investorName, recordedBy: ctx.actor.name })
    .returning({ id: tenantProjects.id });
  if (!project) throw new Error("project not stored");
  await recordAudit(tx, ctx, {
    action: "create",
    entity: "tenant-project",
    entityId: String(project.id),
    after: { zoneId, name, investorName },
  });
  await insertTenantReport(tx, project.id, report, ctx);
  return project.id;
}

/** Adds a tenant project to the zone with its first report. */
export async function addTenantProject(db: Db, zoneId: string, input: NewTenantProjectInput, ctx: ActionContext): Promise<number> {
  return db.transaction(async (tx) => {
    const zone = await zoneOrNotFound(tx, zoneId);
    requireReporter(ctx.actor, zone);
    const problems = await tenantReportProblems(tx, zone, null, input, ctx.today);
    const [same] = await tx
      .select({ id: tenantProjects.id })
      .from(tenantProjects)
      .where(and(eq(tenantProjects.zoneId, zoneId), eq(tenantProjects.name, input.name)));
    if (same) problems.push({ path: "name", message: `Khu, cụm đã có dự án "${input.name}".` });
    if (problems.length > 0) throw new AppError("invalid", "Dự án thứ cấp chưa hợp lệ; chưa ghi gì.", problems);
    return insertTenantProject(tx, zoneId, input, ctx);
  });
}

/** Appends a dated report (or a correction) of a tenant project; returns the zone it belongs to. */
export async function addTenantProjectReport(
  db: Db,
  projectId: number,
  input: TenantProjectReportInput,
  ctx: ActionContext,
): Promise<string> {
  return db.transaction(async (tx) => {
    const [project] = await tx.select().from(tenantProjects).where(eq(tenantProjects.id, projectId));
    if (!project) throw new AppError("not_found", "Không tìm thấy dự án thứ cấp này.");
    const zone = await zoneOrNotFound(tx, project.zoneId);
    requireReporter(ctx.actor, zone);
    const problems = await tenantReportProblems(tx, zone, projectId, input, ctx.today);
    if (problems.length > 0) throw new AppError("invalid", "Báo cáo dự án thứ cấp chưa hợp lệ; chưa ghi gì.", problems);
    await insertTenantReport(tx, projectId, input, ctx);
    return zone.id;
  });
}

/**
 * Everything the zone's "Tiến độ" tab shows as of a day: milestones (late ones apart), tenant
 * projects, occupancy with its basis and the provenance of the land figures, wastewater and fire
 * safety, and the land clearance totals. Each figure says who reported it and from which document.
 */
export async function zoneProgress(db: Db, zoneId: string, asOf: string, actor: Actor) {
  const zone = await zoneOrNotFound(db, zoneId);
  if (!canSeeZoneInternals(actor, zone)) throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
  const [progress, fields, ledgerRows, milestoneRows, projectRows, enterpriseFigures] = await Promise.all([
    loadProgressAsOf(db, asOf, [zoneId]),
    zoneFieldsAsOf(db, asOf, [zoneId]),
    loadLedgerEntries(db, asOf, [zoneId]),
    db.select().from(milestoneFacts).where(eq(milestoneFacts.zoneId, zoneId)).orderBy(asc(milestoneFacts.id)),
    db.select().from(tenantProjects).where(eq(tenantProjects.zoneId, zoneId)),
    zoneEnterpriseFigures(db, asOf, [zoneId]),
  ]);
  const enterpriseFigure = enterpriseFigures.get(zoneId);
  // land clearance as recorded by the end of asOf (the reproducibility rule)
  const positions = ledgerPositions(ledgerRows, asOf);
  const ledger = { positions, totals: ledgerTotals(positions) };
  const p = progress.get(zoneId) ?? { milestones: [], projects: [], occupancy: null };
  const f = fields.get(zoneId);
  const docIds = [...new Set([...milestoneRows.map((m) => m.sourceDocumentId)].filter((d): d is string => d !== null))];
  const reportRows =
    projectRows.length === 0
      ? []
      : await db
          .select()
          .from(tenantProjectReports)
          .where(
            inArray(
              tenantProjectReports.projectId,
              projectRows.map((r) => r.id),
            ),
          )
          .orderBy(asc(tenantProjectReports.id));
  for (const r of reportRows) if (r.sourceDocumentId) docIds.push(r.sourceDocumentId);
  if (enterpriseFigure) docIds.push(enterpriseFigure.sourceDocumentId);
  const docs = new Map(
    (docIds.length === 0 ? [] : await db.select().from(documents).where(inArray(documents.id, docIds))).map((d) => [d.id, d]),
  );
  const provenance = (r: {
    sourceDocumentId: string | null;
    sourcePassage: string | null;
    recordedBy: string;
    recordedAt: Date;
    reportedOn: string;
  }): SourceRef => {
    const d = r.sourceDocumentId ? docs.get(r.sourceDocumentId) : undefined;
    return sourceOf({
      sourceDocumentId: r.sourceDocumentId,
      sourcePassage: r.sourcePassage,
      asOf: r.reportedOn,
      recordedBy: r.recordedBy,
      recordedAt: r.recordedAt,
      docType: d?.type ?? null,
      docNumber: d?.number ?? null,
      docIssuedOn: d?.issuedOn ?? null,
      docTitle: d?.title ?? null,
    } as Parameters<typeof sourceOf>[0]);
  };
  const projectNames = new Map(projectRows.map((r) => [r.id, r.name]));
  const milestones = p.milestones.map((m) => {
    const fact = milestoneRows
      .filter((r) => r.milestone === m.milestone && (r.projectId ?? null) === m.projectId && r.reportedOn === m.reportedOn)
      .at(-1);
    return {
      ...m,
      projectName: m.projectId === null ? null : (projectNames.get(m.projectId) ?? null),
      recordedBy: fact?.recordedBy ?? null,
      source: fact ? provenance(fact) : null,
    };
  });
  const corrected = new Set(reportRows.map((r) => r.correctsId).filter((x): x is number => x !== null));
  const projects = p.projects.map((pr) => {
    const report = reportRows.filter((r) => r.projectId === pr.id && r.reportedOn === pr.reportedOn && !corrected.has(r.id)).at(-1);
    return { ...pr, recordedBy: report?.recordedBy ?? null, source: report ? provenance(report) : null };
  });
  const fieldSource = (field: keyof NonNullable<typeof f>["facts"]) => {
    const fact = f?.facts[field];
    return fact ? sourceOf(fact) : null;
  };
  return {
    zoneId,
    asOf,
    canReport: canReportProgress(actor, zone),
    milestones,
    // the reports' list (lateMilestoneRows): reported milestones, and the deadlines notices give the zone's investor
    lateMilestones: lateMilestoneRows(
      [{ id: zone.id, name: zone.name, investor: zone.investorId ? { id: zone.investorId, name: "" } : null }],
      zoneProgressInputs(progress),
      await loadMilestoneTasks(db, asOf, [{ investor: zone.investorId ? { id: zone.investorId } : null }]),
    ).map(
      (l) =>
        (l.source === "progress" ? milestones.find((m) => m.milestone === l.milestone && m.projectId === l.projectId) : undefined) ?? {
          ...l,
          reportedOn: asOf,
          source: null,
          basis: l.documentLabel,
        },
    ),
    projects,
    occupancy: {
      ...p.occupancy,
      industrialLandHa: (f?.values.industrialLandHa as number | null) ?? null,
      zoneLeasedLandHa: (f?.values.leasedLandHa as number | null) ?? null,
      sources: {
        industrialLandHa: fieldSource("industrialLandHa"),
        leasedLandHa: fieldSource("leasedLandHa"),
        enterprises:
          enterpriseFigure && p.occupancy?.basis === "zone-figure" && p.occupancy.enterprises === enterpriseFigure.value
            ? provenance({
                sourceDocumentId: enterpriseFigure.sourceDocumentId,
                sourcePassage: enterpriseFigure.sourcePassage,
                recordedBy: "seed",
                recordedAt: new Date(`${enterpriseFigure.asOf}T00:00:00+07:00`),
                reportedOn: enterpriseFigure.asOf,
              })
            : null,
      },
    },
    infrastructure: {
      wastewaterStatus: (f?.values.wastewaterStatus as string | null) ?? null,
      wastewaterCapacityM3: (f?.values.wastewaterCapacityM3 as number | null) ?? null,
      wastewaterMonitoring: (f?.values.wastewaterMonitoring as boolean | null) ?? null,
      fireSafetyStatus: (f?.values.fireSafetyStatus as string | null) ?? null,
      sources: {
        wastewaterStatus: fieldSource("wastewaterStatus"),
        wastewaterCapacityM3: fieldSource("wastewaterCapacityM3"),
        wastewaterMonitoring: fieldSource("wastewaterMonitoring"),
        fireSafetyStatus: fieldSource("fireSafetyStatus"),
      },
    },
    landClearance: {
      totals: ledger.totals,
      communes: ledger.positions.length,
      lastReportedOn:
        ledger.positions
          .map((x) => x.reportedOn)
          .filter((d): d is string => d !== null)
          .sort()
          .at(-1) ?? null,
    },
  };
}
