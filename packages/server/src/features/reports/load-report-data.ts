import {
  AppError,
  type BriefingZoneFacility,
  endOfVietnamDay,
  groupBy,
  type ReportScope,
  type ReportSubmission,
  type ReportZone,
  type StageFact,
  submissionStatusLabels,
  type TaskLine,
  trackedZoneFields,
  vietnamDateOf,
  type ZoneProgressInput,
} from "@dondoc/domain";
import { and, asc, desc, eq, inArray, lte, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, meetings, planEntries, zoneFacts, zones } from "../../db/schema";
import { loadLedgerEntries } from "../progress/land-clearance";
import { loadProgressAsOf, zoneFieldsAsOf } from "../progress/load-progress";
import { loadPeriodSubmissions } from "../reporting/load-period-submissions";
import { readObligations } from "../reporting/obligations";
import { readPlanRows } from "../zones/plan-rows";
import { presentZoneSummary } from "../zones/zones.presenter";
import { findNames, findZoneUnits } from "../zones/zones.queries";
import { loadReportTaskLines, loadTaskLinesOf, milestoneTasksWhere } from "./report-task-lines";

/** Zone fields as they are stored on the row, for the tracked fields whose column has another name. */
const column: Partial<Record<string, string>> = {
  establishmentDecisionNumber: "decisionNumber",
  establishmentDecisionDate: "decisionDate",
};

/**
 * The zones as they were recorded by the end of `asOf`: every zone field is its latest fact recorded
 * by then, and zones created later are left out. A report of a past period therefore never changes
 * (its tasks: `report-task-lines.ts`, which ignores tasks recorded and events dated later).
 */
export async function loadReportZones(db: Db, asOf: string): Promise<ReportZone[]> {
  const cutoff = endOfVietnamDay(asOf);
  const rows = (await db.select().from(zones)).filter((z) => z.createdAt < cutoff);
  const ids = rows.map((r) => r.id);
  const [facts, plan, units, names] = await Promise.all([
    // each zone's latest fact of each tracked field recorded by then
    ids.length
      ? db
          .selectDistinctOn([zoneFacts.zoneId, zoneFacts.field], {
            zoneId: zoneFacts.zoneId,
            field: zoneFacts.field,
            value: zoneFacts.value,
          })
          .from(zoneFacts)
          .where(and(inArray(zoneFacts.field, [...trackedZoneFields]), lte(zoneFacts.recordedAt, cutoff)))
          .orderBy(asc(zoneFacts.zoneId), asc(zoneFacts.field), desc(zoneFacts.recordedAt), desc(zoneFacts.id))
      : [],
    readPlanRows(db),
    findZoneUnits(db, ids),
    findNames(db),
  ]);
  const latest = new Map(facts.map((f) => [`${f.zoneId}|${f.field}`, f]));
  const unitsOf = groupBy(units, (u) => u.zoneId);
  const planOf = groupBy(plan, (p) => p.zoneId);
  return rows.map((row) => {
    const then: Record<string, unknown> = { ...row };
    for (const field of trackedZoneFields) {
      const fact = latest.get(`${row.id}|${field}`);
      if (fact) then[column[field] ?? field] = fact.value;
    }
    const summary = presentZoneSummary(then as typeof row, unitsOf.get(row.id) ?? [], names);
    return { ...summary, plan: planOf.get(row.id) ?? [] };
  });
}

/** The zones' infrastructure investors: the agencies whose tasks on a zone may be its milestones. */
const investorsOf = (zoneList: { investor: { id: string } | null }[]) => [
  ...new Set(zoneList.map((z) => z.investor?.id).filter((id): id is string => !!id)),
];

/**
 * The task lines that may be a zone's milestone (`taskMilestones`): tasks on a zone led by a zone's
 * infrastructure investor, as of `asOf`. A handful of tasks, so the dashboard can afford them.
 */
export async function loadMilestoneTasks(db: Db, asOf: string, zoneList: { investor: { id: string } | null }[]): Promise<TaskLine[]> {
  const investors = investorsOf(zoneList);
  return investors.length ? loadTaskLinesOf(db, asOf, milestoneTasksWhere(investors)) : [];
}

/** Wastewater plant and fire safety of each zone as recorded by the end of `asOf` (their zone facts). */
export async function loadFacilities(db: Db, asOf: string, zoneIds: string[]): Promise<Map<string, BriefingZoneFacility>> {
  if (zoneIds.length === 0) return new Map();
  const fields = await zoneFieldsAsOf(db, asOf, zoneIds);
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  return new Map(
    [...fields].map(([id, f]) => [
      id,
      {
        wastewaterStatus: str(f.values.wastewaterStatus),
        wastewaterCapacityM3: typeof f.values.wastewaterCapacityM3 === "number" ? f.values.wastewaterCapacityM3 : null,
        wastewaterMonitoring: typeof f.values.wastewaterMonitoring === "boolean" ? f.values.wastewaterMonitoring : null,
        fireSafetyStatus: str(f.values.fireSafetyStatus),
      },
    ]),
  );
}

/** Each zone's stage as recorded in zone_facts by the end of `asOf`, dated by the fact's as-of date (else the day it was recorded). */
export async function loadStageFacts(db: Db, asOf: string): Promise<StageFact[]> {
  const cutoff = endOfVietnamDay(asOf);
  const rows = await db
    .select()
    .from(zoneFacts)
    .where(and(eq(zoneFacts.field, "stage"), lte(zoneFacts.recordedAt, cutoff)))
    .orderBy(asc(zoneFacts.recordedAt), asc(zoneFacts.id));
  return rows
    .filter((r) => r.recordedAt < cutoff && typeof r.value === "string")
    .map((r, seq) => ({ zoneId: r.zoneId, value: r.value as string, on: r.asOf ?? vietnamDateOf(r.recordedAt), seq }));
}

/** Milestones and occupancy per zone as of `asOf`, from the progress module (same cut-off rule). */
export async function loadZoneProgress(db: Db, asOf: string, zoneIds?: string[]): Promise<Map<string, ZoneProgressInput>> {
  if (zoneIds?.length === 0) return new Map(); // (load-progress would query with a NUL placeholder, which PostgreSQL refuses)
  return zoneProgressInputs(await loadProgressAsOf(db, asOf, zoneIds));
}

/** The progress module's answer in the reports' shape (also used by the dashboard, which has it loaded already). */
export function zoneProgressInputs(loaded: Awaited<ReturnType<typeof loadProgressAsOf>>): Map<string, ZoneProgressInput> {
  const out = new Map<string, ZoneProgressInput>();
  for (const [zoneId, p] of loaded) {
    const projectNames = new Map(p.projects.map((x) => [x.id, x.name]));
    out.set(zoneId, {
      milestones: p.milestones.map((m) => ({
        zoneId: m.zoneId,
        milestone: m.milestone,
        projectId: m.projectId,
        projectName: m.projectId === null ? null : (projectNames.get(m.projectId) ?? `Dự án #${m.projectId}`),
        label: m.label,
        plannedOn: m.plannedOn,
        actualOn: m.actualOn,
        late: m.late,
        daysLate: m.daysLate ?? 0,
      })),
      occupancy: p.occupancy,
    });
  }
  return out;
}

/**
 * The expected reporters of the obligations sent to Sở Công Thương for this period (monthly: the
 * month's obligations; yearly: the year's and the second half-year's), and what each had sent by
 * the end of `asOf`; null when no such obligation is set up.
 */
export async function loadSubmissions(
  db: Db,
  frequency: "month" | "year",
  period: string,
  asOf: string,
): Promise<ReportSubmission[] | null> {
  const wanted =
    frequency === "month"
      ? [{ frequency: "month", key: period }]
      : [
          { frequency: "year", key: period },
          { frequency: "half-year", key: `${period}-H2` },
        ];
  const obligations = (await readObligations(db)).filter(
    (o) => o.recipientAgencyId === "so-cong-thuong" && o.startsOn <= asOf && wanted.some((w) => w.frequency === o.frequency),
  );
  if (obligations.length === 0) return null;
  const out: ReportSubmission[] = [];
  for (const o of obligations) {
    const key = wanted.find((w) => w.frequency === o.frequency)?.key as string;
    let period: Awaited<ReturnType<typeof loadPeriodSubmissions>>;
    try {
      period = await loadPeriodSubmissions(db, o.id, key, asOf);
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") continue; // the period is before the obligation starts
      throw error;
    }
    for (const r of period.reporters) {
      out.push({
        obligation: o.title,
        reporter: r.agencyName,
        reason: r.reason,
        status: r.status,
        statusLabel: submissionStatusLabels[r.status].vi,
        submittedOn: r.submittedOn,
        sections: {
          results: r.sections.results ?? null,
          difficulties: r.sections.difficulties ?? null,
          causes: r.sections.causes ?? null,
          proposals: r.sections.proposals ?? null,
        },
      });
    }
  }
  return out;
}

/**
 * The task that is Sở Công Thương's monthly report itself (000: "Định kỳ hằng tháng (trước ngày 20
 * hằng tháng), tổng hợp, báo cáo UBND tỉnh"): its occurrence of the period is the report, not a task in it.
 */
export const OWN_MONTHLY_DUTY_TASK = "seed-000-t16";
const OWN_MONTHLY_DUTY: ReadonlySet<string> = new Set([OWN_MONTHLY_DUTY_TASK]);

/** Documents about the industrial zones and clusters: the sources of their figures and of the plan's rows. */
async function loadZoneDocumentIds(db: Db): Promise<Set<string>> {
  const [facts, plan] = await Promise.all([
    db
      .selectDistinct({ id: zoneFacts.sourceDocumentId })
      .from(zoneFacts)
      .innerJoin(zones, eq(zones.id, zoneFacts.zoneId))
      .where(ne(zones.kind, "KKT")),
    db.selectDistinct({ id: planEntries.documentId }).from(planEntries),
  ]);
  return new Set([...facts, ...plan].map((r) => r.id).filter((id): id is string => id !== null));
}

/**
 * Everything a consolidated report (monthly or annual) needs as of `asOf`: zones as recorded by then,
 * its task lines (counted in SQL, the few it prints in full), progress per zone, land clearance (its position at `asOf` and at `previousAsOf`),
 * the period's submissions, and the stage facts. One place, one cut-off rule.
 */
export async function loadConsolidatedData(
  db: Db,
  o: { asOf: string; previousAsOf: string; frequency: "month" | "year"; period: string; dueDate: string },
) {
  const [zonesAsOf, current, submissions, stageFacts, zoneDocuments, registry, meetingRows] = await Promise.all([
    loadReportZones(db, o.asOf),
    loadLedgerEntries(db, o.asOf),
    loadSubmissions(db, o.frequency, o.period, o.asOf),
    loadStageFacts(db, o.asOf),
    loadZoneDocumentIds(db),
    db
      .select({ id: agencies.id, name: agencies.name, kind: agencies.kind, shortName: agencies.shortName, parentId: agencies.parentId })
      .from(agencies),
    db.select({ id: meetings.id, date: meetings.date, noticeDocumentId: meetings.noticeDocumentId }).from(meetings),
  ]);
  const scope: ReportScope = {
    zoneIds: new Set(zonesAsOf.filter((z) => z.kind !== "KKT").map((z) => z.id)),
    documentIds: zoneDocuments,
    ownDutyTaskIds: o.frequency === "month" ? OWN_MONTHLY_DUTY : new Set(),
    dueDate: o.dueDate,
  };
  const [tasks, progress] = await Promise.all([
    loadReportTaskLines(db, o.asOf, scope, investorsOf(zonesAsOf)),
    loadZoneProgress(
      db,
      o.asOf,
      zonesAsOf.map((z) => z.id),
    ),
  ]);
  // the previous position is read from the same entries (those dated by the previous period's end), so a
  // figure entered late for last month counts there and not as this month's change
  return {
    zones: zonesAsOf,
    scope,
    ...tasks,
    progress,
    landClearance: { current, previous: current, previousAsOf: o.previousAsOf },
    submissions,
    stageFacts,
    agencies: new Map(registry.map((a) => [a.id, a])),
    meetings: new Map(meetingRows.map((m) => [m.id, m])),
  };
}
