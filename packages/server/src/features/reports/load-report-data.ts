import {
  type Actor,
  AppError,
  type BriefingZoneFacility,
  endOfVietnamDay,
  isInReportScope,
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
import { and, asc, eq, inArray, lte, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, meetings, planEntries, taskAssignees, tasks, zoneFacts, zones } from "../../db/schema";
import { loadLedgerEntries } from "../progress/land-clearance";
import { loadProgressAsOf, zoneFieldsAsOf } from "../progress/load-progress";
import { loadPeriodSubmissions } from "../reporting/load-period-submissions";
import { readObligations } from "../reporting/obligations";
import { listTaskLines } from "../tasks/list-tasks";
import { readPlanRows } from "../zones/plan-rows";
import { presentZoneSummary } from "../zones/zones.presenter";
import { findNames, findZoneUnits } from "../zones/zones.queries";

const system: Actor = { id: "report", name: "Báo cáo", role: "admin", agencyId: null, registryKinds: [] };

/** Zone fields as they are stored on the row, for the tracked fields whose column has another name. */
const column: Partial<Record<string, string>> = {
  establishmentDecisionNumber: "decisionNumber",
  establishmentDecisionDate: "decisionDate",
};

/**
 * The zones and tasks as they were recorded by the end of `asOf`: every zone field is its latest
 * fact recorded by then, zones and tasks created later are left out, and task events after that
 * day are ignored. A report of a past period therefore never changes.
 */
export async function loadReportData(db: Db, asOf: string): Promise<{ zones: ReportZone[]; tasks: TaskLine[] }> {
  const cutoff = endOfVietnamDay(asOf);
  const rows = (await db.select().from(zones)).filter((z) => z.createdAt < cutoff);
  const ids = rows.map((r) => r.id);
  const [facts, plan, units, names] = await Promise.all([
    ids.length
      ? db
          .select()
          .from(zoneFacts)
          .where(and(inArray(zoneFacts.zoneId, ids), lte(zoneFacts.recordedAt, cutoff)))
      : [],
    readPlanRows(db),
    findZoneUnits(db, ids),
    findNames(db),
  ]);
  const zonesAsOf = rows.map((row) => {
    const then: Record<string, unknown> = { ...row };
    for (const field of trackedZoneFields) {
      const latest = facts
        .filter((f) => f.zoneId === row.id && f.field === field)
        .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.id - b.id)
        .at(-1);
      if (latest) then[column[field] ?? field] = latest.value;
    }
    const summary = presentZoneSummary(
      then as typeof row,
      units.filter((u) => u.zoneId === row.id),
      names,
    );
    return { ...summary, plan: plan.filter((p) => p.zoneId === row.id) };
  });
  const existing = (await db.select({ id: tasks.id, createdAt: tasks.createdAt }).from(tasks))
    .filter((t) => t.createdAt < cutoff)
    .map((t) => t.id);
  const lines = existing.length ? await listTaskLines(db, system, { asOf, taskIds: existing }) : [];
  return { zones: zonesAsOf, tasks: lines };
}

/**
 * The task lines that may be a zone's milestone (`taskMilestones`): tasks on a zone led by a zone's
 * infrastructure investor, as of `asOf`. A handful of tasks, so the dashboard can afford them.
 */
export async function loadMilestoneTasks(db: Db, asOf: string, zoneList: { investor: { id: string } | null }[]): Promise<TaskLine[]> {
  const investors = [...new Set(zoneList.map((z) => z.investor?.id).filter((id): id is string => !!id))];
  if (investors.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: tasks.id })
    .from(tasks)
    .innerJoin(taskAssignees, and(eq(taskAssignees.taskId, tasks.id), eq(taskAssignees.role, "lead")))
    .where(and(inArray(taskAssignees.agencyId, investors), sql`cardinality(${tasks.zoneIds}) > 0`));
  return rows.length ? listTaskLines(db, system, { asOf, taskIds: rows.map((r) => r.id) }) : [];
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
 * Everything a consolidated report (monthly or annual) needs as of `asOf`: zones and tasks as
 * recorded by then, progress per zone, land clearance (its position at `asOf` and at `previousAsOf`),
 * the period's submissions, and the stage facts. One place, one cut-off rule.
 */
export async function loadConsolidatedData(
  db: Db,
  o: { asOf: string; previousAsOf: string; frequency: "month" | "year"; period: string; dueDate: string },
) {
  const [all, current, submissions, stageFacts, zoneDocuments, registry, meetingRows] = await Promise.all([
    loadReportData(db, o.asOf),
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
    zoneIds: new Set(all.zones.filter((z) => z.kind !== "KKT").map((z) => z.id)),
    documentIds: zoneDocuments,
    ownDutyTaskIds: o.frequency === "month" ? OWN_MONTHLY_DUTY : new Set(),
    dueDate: o.dueDate,
  };
  const base = { ...all, tasks: all.tasks.filter((t) => isInReportScope(t, scope)) };
  const progress = await loadZoneProgress(
    db,
    o.asOf,
    base.zones.map((z) => z.id),
  );
  // the previous position is read from the same entries (those dated by the previous period's end), so a
  // figure entered late for last month counts there and not as this month's change
  return {
    ...base,
    progress,
    landClearance: { current, previous: current, previousAsOf: o.previousAsOf },
    submissions,
    stageFacts,
    agencies: new Map(registry.map((a) => [a.id, a])),
    meetings: new Map(meetingRows.map((m) => [m.id, m])),
  };
}
