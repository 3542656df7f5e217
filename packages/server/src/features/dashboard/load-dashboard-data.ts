import {
  type Actor,
  addDays,
  canSeePeriodSubmissions,
  type DashboardData,
  type DashboardSubmission,
  type LandClearanceEntry,
  obligationPeriods,
  type SubmissionStatus,
  submissionStatuses,
} from "@dondoc/domain";
import { and, asc, count, eq, gte, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { landClearanceEntries, reportSubmissions, targets, taskEvents, zoneFacts } from "../../db/schema";
import { withSuccessors } from "../progress/land-clearance";
import { loadProgressAsOf } from "../progress/load-progress";
import { loadPeriodSubmissions } from "../reporting/load-period-submissions";
import { readObligations, reporterResolver } from "../reporting/obligations";
import { loadMilestoneTasks, zoneProgressInputs } from "../reports/load-report-data";
import { countTaskLinesAsOf } from "../tasks/count-task-lines";
import { listAllZones } from "../zones/list-zones";
import { readPlanRows } from "../zones/plan-rows";

/**
 * The data of the leaders' dashboard as of today, each part read in SQL at the size it is shown:
 * task lines counted over the read model of occurrences (overdue ones by accountable body), the latest ledger entry per project and
 * commune, the current period of each obligation. The figures are the domain's (`dashboardFigures`).
 */
export async function loadDashboardData(db: Db, actor: Actor, today: string): Promise<DashboardData> {
  const [zones, progress, taskCounts, targetRows, clearance, submissions, plan] = await Promise.all([
    listAllZones(db, { sort: "name", order: "asc" }),
    loadProgressAsOf(db, today),
    countTaskLinesAsOf(db, actor, today, { bodyStatuses: ["overdue"] }),
    db.select().from(targets).orderBy(asc(targets.id)),
    latestLedgerEntries(db, today),
    currentSubmissions(db, actor, today),
    readPlanRows(db),
  ]);
  const milestoneTasks = await loadMilestoneTasks(db, today, zones);
  return {
    today,
    zones,
    plan,
    progress: zoneProgressInputs(progress),
    milestoneTasks,
    taskCounts,
    targets: targetRows,
    clearance,
    submissions,
  };
}

/**
 * Per project and commune, the latest ledger entry that counts on `asOf` (not corrected by an entry
 * reported by then): what `ledgerPositions` keeps as the cumulative figures, without reading five
 * years of monthly entries.
 */
async function latestLedgerEntries(db: Db, asOf: string): Promise<LandClearanceEntry[]> {
  const rows = (await db.execute(sql`
    select distinct on (e.zone_id, e.unit_id)
      e.id, e.zone_id, e.unit_id, e.reported_on::text as reported_on, e.reported_period, e.corrects_id,
      e.households_affected, e.households_counted, e.plans_approved, e.households_paid, e.money_paid_mvnd,
      e.area_recovered_ha, e.area_handed_over_ha, e.graves_moved, e.households_resettled, e.complaints_open
    from land_clearance_entries e
    where e.reported_on <= ${asOf}
      and not exists (select 1 from land_clearance_entries c where c.corrects_id = e.id and c.reported_on <= ${asOf})
    order by e.zone_id, e.unit_id, e.reported_on desc, e.id desc`)) as unknown as { rows: Record<string, unknown>[] };
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const entries = rows.rows.map((r) => ({
    id: Number(r.id),
    zoneId: String(r.zone_id),
    unitId: String(r.unit_id),
    // read as text: node-postgres would turn a date into local midnight, a day early east of UTC
    reportedOn: String(r.reported_on),
    reportedPeriod: r.reported_period === null || r.reported_period === undefined ? null : String(r.reported_period),
    correctsId: n(r.corrects_id),
    householdsAffected: n(r.households_affected),
    householdsCounted: n(r.households_counted),
    plansApproved: n(r.plans_approved),
    householdsPaid: n(r.households_paid),
    moneyPaidMillionVnd: n(r.money_paid_mvnd),
    areaRecoveredHa: n(r.area_recovered_ha),
    areaHandedOverHa: n(r.area_handed_over_ha),
    gravesMoved: n(r.graves_moved),
    householdsResettled: n(r.households_resettled),
    complaintsOpen: n(r.complaints_open),
  }));
  return withSuccessors(db, entries);
}

/** Counts of what was recorded since the start of `since` (Vietnam time), seed rows left out. */
export async function changedSince(db: Db, since: string, sinceInstant: Date) {
  const [facts, events, confirmed, ledger, submitted] = await Promise.all([
    db
      .selectDistinct({ zoneId: zoneFacts.zoneId })
      .from(zoneFacts)
      .where(and(gte(zoneFacts.recordedAt, sinceInstant), ne(zoneFacts.recordedBy, "seed")))
      .orderBy(asc(zoneFacts.zoneId)),
    db.select({ n: count() }).from(taskEvents).where(gte(taskEvents.on, since)),
    db
      .select({ n: count() })
      .from(taskEvents)
      .where(and(gte(taskEvents.on, since), eq(taskEvents.type, "confirm"))),
    db
      .select({ n: count() })
      .from(landClearanceEntries)
      .where(and(gte(landClearanceEntries.recordedAt, sinceInstant), ne(landClearanceEntries.recordedBy, "seed"))),
    db
      .select({ n: count() })
      .from(reportSubmissions)
      .where(and(gte(reportSubmissions.submittedAt, sinceInstant), isNull(reportSubmissions.replacesId))),
  ]);
  const zoneFigures = await db
    .select({ n: count() })
    .from(zoneFacts)
    .where(and(gte(zoneFacts.recordedAt, sinceInstant), ne(zoneFacts.recordedBy, "seed")));
  return {
    zoneFigures: zoneFigures[0]?.n ?? 0,
    zonesChanged: facts.map((f) => f.zoneId),
    taskUpdates: events[0]?.n ?? 0,
    completionsConfirmed: confirmed[0]?.n ?? 0,
    landClearanceEntries: ledger[0]?.n ?? 0,
    reportsSubmitted: submitted[0]?.n ?? 0,
  };
}

/**
 * For each active obligation the actor may follow, the period being collected now (the latest whose
 * data cut-off has ended by today) with how many reporters submitted on time, late, or not yet.
 * One reporter resolver for all: the registry is read once, the open tasks on zones once per date.
 */
async function currentSubmissions(db: Db, actor: Actor, today: string): Promise<DashboardSubmission[]> {
  const [all, resolver] = await Promise.all([readObligations(db, { activeOnly: true }), reporterResolver(db, today)]);
  const current = all
    .filter((o) => canSeePeriodSubmissions(actor, o))
    .flatMap((o) => {
      const p = obligationPeriods(o, addDays(today, -400), today)
        .filter((x) => x.cutoff.to < today)
        .at(-1);
      return p ? [{ o, p }] : [];
    });
  return Promise.all(
    current.map(async ({ o, p }): Promise<DashboardSubmission> => {
      const s = await loadPeriodSubmissions(db, o.id, p.period, today, resolver);
      return {
        obligationId: o.id,
        title: s.obligation.title,
        period: p.period,
        label: p.label,
        dueDate: p.dueDate,
        counts: Object.fromEntries(submissionStatuses.map((k) => [k, s.counts[k] ?? 0])) as Record<SubmissionStatus, number>,
        expected: s.reporters.filter((r) => r.expected).length,
        link: `/reporting/${encodeURIComponent(o.id)}/${encodeURIComponent(p.period)}`,
      };
    }),
  );
}
