import {
  endOfVietnamDay,
  type MilestoneState,
  milestonesAsOf,
  type TenantProjectState,
  tenantProjectsAsOf,
  type ZoneOccupancy,
  zoneOccupancy,
} from "@dondoc/domain";
import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { figures, milestoneFacts, tenantProjectReports, tenantProjects } from "../../db/schema";

export interface ZoneProgress {
  milestones: MilestoneState[];
  projects: TenantProjectState[];
  occupancy: ReturnType<typeof zoneOccupancy>;
}

/** The zone fields the progress needs, each as its latest fact recorded by the cut-off. */
const progressFields = [
  "industrialLandHa",
  "leasedLandHa",
  "wastewaterStatus",
  "wastewaterCapacityM3",
  "wastewaterMonitoring",
  "fireSafetyStatus",
] as const;
export type ProgressField = (typeof progressFields)[number];

type FactRow = {
  id: number;
  zoneId: string;
  field: string;
  value: unknown;
  asOf: string | null;
  sourceDocumentId: string | null;
  sourcePassage: string | null;
  recordedBy: string;
  recordedAt: Date;
  docType: string | null;
  docNumber: string | null;
  docIssuedOn: string | null;
  docTitle: string | null;
};

/**
 * Each zone field's latest fact recorded by the end of `asOf` in Vietnam (the reproducibility rule:
 * figures entered later never change an earlier day's answer). Zones created later are left out.
 * One look-up per zone and field under `zone_facts_latest_idx` (five years of monthly figures are
 * never read for the one that counts).
 */
export async function zoneFieldsAsOf(
  db: Db,
  asOf: string,
  zoneIds?: string[],
): Promise<Map<string, { facts: Partial<Record<ProgressField, FactRow>>; values: Record<ProgressField, unknown> }>> {
  const result = new Map<string, { facts: Partial<Record<ProgressField, FactRow>>; values: Record<ProgressField, unknown> }>();
  if (zoneIds?.length === 0) return result;
  const cutoff = sql`${endOfVietnamDay(asOf).toISOString()}::timestamptz`;
  const scope = zoneIds
    ? sql`and z.id in (${sql.join(
        zoneIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const r = await db.execute(sql`select z.id as zone_id, k.field, f.id, f.value, f.as_of::text as as_of, f.source_document_id,
      f.source_passage, f.recorded_by, f.recorded_at, d.type as doc_type, d.number as doc_number,
      d.issued_on::text as doc_issued_on, d.title as doc_title
    from zones z
    cross join (values ${sql.join(
      progressFields.map((f) => sql`(${f})`),
      sql`, `,
    )}) as k(field)
    left join lateral (
      select * from zone_facts x
      where x.zone_id = z.id and x.field = k.field and x.recorded_at <= ${cutoff}
      order by x.recorded_at desc, x.id desc limit 1
    ) f on true
    left join documents d on d.id = f.source_document_id
    where z.created_at < ${cutoff} ${scope}
    order by z.id`);
  type Row = {
    zone_id: string;
    field: ProgressField;
    id: number | null;
    value: unknown;
    as_of: string | null;
    source_document_id: string | null;
    source_passage: string | null;
    recorded_by: string;
    recorded_at: Date | string;
    doc_type: string | null;
    doc_number: string | null;
    doc_issued_on: string | null;
    doc_title: string | null;
  };
  for (const row of (r as unknown as { rows: Row[] }).rows) {
    let zone = result.get(row.zone_id);
    if (!zone) {
      zone = { facts: {}, values: Object.fromEntries(progressFields.map((f) => [f, null])) as Record<ProgressField, unknown> };
      result.set(row.zone_id, zone);
    }
    if (row.id === null) continue;
    zone.facts[row.field] = {
      id: Number(row.id),
      zoneId: row.zone_id,
      field: row.field,
      value: row.value,
      asOf: row.as_of,
      sourceDocumentId: row.source_document_id,
      sourcePassage: row.source_passage,
      recordedBy: row.recorded_by,
      recordedAt: new Date(row.recorded_at),
      docType: row.doc_type,
      docNumber: row.doc_number,
      docIssuedOn: row.doc_issued_on,
      docTitle: row.doc_title,
    };
    zone.values[row.field] = row.value ?? null;
  }
  return result;
}

/** The latest number of enterprises a document states for each zone (figures "zone.enterprises") dated by `asOf`. */
export async function zoneEnterpriseFigures(db: Db, asOf: string, zoneIds: string[]) {
  const result = new Map<string, { value: number; asOf: string; sourceDocumentId: string; sourcePassage: string | null }>();
  if (zoneIds.length === 0) return result;
  const rows = await db
    .select()
    .from(figures)
    .where(and(eq(figures.metric, "zone.enterprises"), lte(figures.asOf, asOf), inArray(figures.zoneId, zoneIds)))
    .orderBy(desc(figures.asOf));
  for (const r of rows) if (r.zoneId && !result.has(r.zoneId)) result.set(r.zoneId, r);
  return result;
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * The progress of each zone as of `asOf`: milestones (lateness on that day), tenant projects and the
 * occupancy computed from them or from the zone's land figures. Only rows recorded by the end of
 * `asOf` in Vietnam and reported on or before `asOf` count, so a past day's answer never changes.
 */
export async function loadProgressAsOf(db: Db, asOf: string, zoneIds?: string[]): Promise<Map<string, ZoneProgress>> {
  const cutoff = endOfVietnamDay(asOf);
  const fields = await zoneFieldsAsOf(db, asOf, zoneIds);
  const ids = [...fields.keys()];
  const result = new Map<string, ZoneProgress>();
  if (ids.length === 0) return result;
  const scoped = zoneIds !== undefined;
  const [facts, projects, enterprises] = await Promise.all([
    db
      .select({
        id: milestoneFacts.id,
        zoneId: milestoneFacts.zoneId,
        projectId: milestoneFacts.projectId,
        milestone: milestoneFacts.milestone,
        plannedOn: milestoneFacts.plannedOn,
        actualOn: milestoneFacts.actualOn,
        reportedOn: milestoneFacts.reportedOn,
      })
      .from(milestoneFacts)
      .where(
        and(
          lte(milestoneFacts.recordedAt, cutoff),
          lte(milestoneFacts.reportedOn, asOf),
          scoped ? inArray(milestoneFacts.zoneId, ids) : undefined,
        ),
      ),
    db
      .select({
        id: tenantProjects.id,
        zoneId: tenantProjects.zoneId,
        name: tenantProjects.name,
        investorName: tenantProjects.investorName,
      })
      .from(tenantProjects)
      .where(and(lte(tenantProjects.recordedAt, cutoff), scoped ? inArray(tenantProjects.zoneId, ids) : undefined)),
    zoneEnterpriseFigures(db, asOf, ids),
  ]);
  const projectIds = projects.map((p) => p.id);
  const reports =
    projectIds.length === 0
      ? []
      : await db
          .select({
            id: tenantProjectReports.id,
            projectId: tenantProjectReports.projectId,
            reportedOn: tenantProjectReports.reportedOn,
            correctsId: tenantProjectReports.correctsId,
            status: tenantProjectReports.status,
            areaHa: tenantProjectReports.areaHa,
            registeredCapitalMillionVnd: tenantProjectReports.registeredCapitalMillionVnd,
            disbursedCapitalMillionVnd: tenantProjectReports.disbursedCapitalMillionVnd,
            jobs: tenantProjectReports.jobs,
          })
          .from(tenantProjectReports)
          .where(
            and(
              lte(tenantProjectReports.recordedAt, cutoff),
              lte(tenantProjectReports.reportedOn, asOf),
              scoped ? inArray(tenantProjectReports.projectId, projectIds) : undefined,
            ),
          );
  const projectStates = tenantProjectsAsOf(projects, reports, asOf);
  const milestoneStates = milestonesAsOf(facts, asOf);
  const byZone = <T extends { zoneId: string }>(list: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) m.set(x.zoneId, [...(m.get(x.zoneId) ?? []), x]);
    return m;
  };
  const milestonesByZone = byZone(milestoneStates);
  const projectsByZone = byZone(projectStates);
  for (const [id, f] of fields) {
    const mine = projectsByZone.get(id) ?? [];
    const occupancy: ZoneOccupancy = zoneOccupancy(
      {
        industrialLandHa: num(f.values.industrialLandHa),
        leasedLandHa: num(f.values.leasedLandHa),
        enterprises: enterprises.get(id)?.value ?? null,
      },
      mine,
    );
    result.set(id, { milestones: milestonesByZone.get(id) ?? [], projects: mine, occupancy });
  }
  return result;
}
