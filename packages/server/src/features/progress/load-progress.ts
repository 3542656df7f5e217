import {
  endOfVietnamDay,
  type MilestoneState,
  milestonesAsOf,
  type TenantProjectState,
  tenantProjectsAsOf,
  type ZoneOccupancy,
  zoneOccupancy,
} from "@dondoc/domain";
import { and, desc, eq, inArray, lt, lte, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents, figures, milestoneFacts, tenantProjectReports, tenantProjects, zoneFacts, zones } from "../../db/schema";
import { factWithSource } from "../zones/zones.queries";

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
 */
export async function zoneFieldsAsOf(
  db: Db,
  asOf: string,
  zoneIds?: string[],
): Promise<Map<string, { facts: Partial<Record<ProgressField, FactRow>>; values: Record<ProgressField, unknown> }>> {
  const cutoff = endOfVietnamDay(asOf);
  const zoneWhere: SQL[] = [lt(zones.createdAt, cutoff)];
  if (zoneIds?.length === 0) return new Map();
  if (zoneIds) zoneWhere.push(inArray(zones.id, zoneIds));
  const ids = (
    await db
      .select({ id: zones.id })
      .from(zones)
      .where(and(...zoneWhere))
  ).map((z) => z.id);
  const result = new Map<string, { facts: Partial<Record<ProgressField, FactRow>>; values: Record<ProgressField, unknown> }>();
  if (ids.length === 0) return result;
  const factWhere: SQL[] = [inArray(zoneFacts.field, [...progressFields]), lte(zoneFacts.recordedAt, cutoff)];
  if (zoneIds) factWhere.push(inArray(zoneFacts.zoneId, ids));
  const rows = await db
    .select({ ...factWithSource, zoneId: zoneFacts.zoneId })
    .from(zoneFacts)
    .leftJoin(documents, eq(documents.id, zoneFacts.sourceDocumentId))
    .where(and(...factWhere))
    .orderBy(desc(zoneFacts.recordedAt), desc(zoneFacts.id));
  for (const id of ids) {
    result.set(id, { facts: {}, values: Object.fromEntries(progressFields.map((f) => [f, null])) as Record<ProgressField, unknown> });
  }
  for (const r of rows) {
    const zone = result.get(r.zoneId);
    if (!zone) continue;
    const field = r.field as ProgressField;
    if (zone.facts[field]) continue; // newest first
    zone.facts[field] = r;
    zone.values[field] = r.value ?? null;
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
