import {
  type Actor,
  addDays,
  canSeePeriodSubmissions,
  evaluateTarget,
  type LandClearanceEntry,
  lateMilestoneRows,
  ledgerPositions,
  ledgerTotals,
  obligationPeriods,
  planStanding,
  type SubmissionStatus,
  stageFigureLabel,
  submissionStatuses,
  type TaskStatus,
  targetVerdict,
  taskStatuses,
  type ZoneSummary,
} from "@dondoc/domain";
import { and, asc, count, eq, gte, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { landClearanceEntries, reportSubmissions, targets, taskEvents, zoneFacts } from "../../db/schema";
import { withSuccessors } from "../progress/land-clearance";
import { loadProgressAsOf } from "../progress/load-progress";
import { loadPeriodSubmissions } from "../reporting/load-period-submissions";
import { readObligations } from "../reporting/obligations";
import { loadMilestoneTasks, zoneProgressInputs } from "../reports/load-report-data";
import { countTaskLinesAsOf } from "../tasks/occurrence-status";
import { listAllZones } from "../zones/list-zones";
import { readPlanRows } from "../zones/plan-rows";
import { cachedByData } from "./dashboard-cache";

const round2 = (n: number) => Math.round(n * 100) / 100;
const sumHa = (zones: ZoneSummary[]) => round2(zones.reduce((s, z) => s + (z.areaHa ?? 0), 0));

/** The targets of 003 §III.2 on occupancy: the lines drawn on the occupancy chart. */
export const OCCUPANCY_TARGETS = [0.3, 0.5] as const;
/** how many clusters the occupancy chart shows (a national data set has 800) */
const OCCUPANCY_SHOWN = 30;

/**
 * The leaders' dashboard as of today: zones by stage with hectares, occupancy (computed from the
 * tenant projects, or the zone's leased land figure), late milestones, tasks by status and overdue
 * tasks by agency, land clearance per project, the plan's targets against actual, the report
 * submissions of the current period, and what changed since a chosen date. Every figure names the
 * list it comes from (`link`, a path of the web app). Computed once per minute at most for the
 * same data (dashboard-cache.ts): a national data set has 170,000 tasks.
 */
export async function dashboard(db: Db, actor: Actor, today: string, since: string) {
  const scope = actor.role === "admin" || actor.role === "leader" || actor.role === "office" ? "all" : `agency:${actor.agencyId ?? ""}`;
  // the figures of today, and what changed since the chosen date: another date re-reads only the changes
  const [core, changes] = await Promise.all([
    cachedByData(db, `dashboard|${scope}|${actor.role}|${today}`, () => computeDashboard(db, actor, today)),
    cachedByData(db, `dashboard-since|${since}`, () => changedSince(db, since, new Date(`${since}T00:00:00+07:00`))),
  ]);
  const { zoneNames, ...figures } = core;
  return {
    ...figures,
    since,
    changedSince: {
      ...changes,
      zonesChanged: changes.zonesChanged.slice(0, 50),
      zonesChangedCount: changes.zonesChanged.length,
      zones: changes.zonesChanged.slice(0, 20).map((id) => ({ id, name: zoneNames.get(id) ?? id, link: `/zones/${id}` })),
      tasksLink: "/tasks?tab=all",
    },
  };
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;

async function computeDashboard(db: Db, actor: Actor, today: string) {
  const [zones, progress, taskCounts, targetRows, clearance, submissions, plan] = await Promise.all([
    listAllZones(db, { sort: "name", order: "asc" }),
    loadProgressAsOf(db, today),
    countTaskLinesAsOf(db, actor, today),
    db.select().from(targets).orderBy(asc(targets.id)),
    latestLedgerEntries(db, today),
    currentSubmissions(db, actor, today),
    readPlanRows(db),
  ]);
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const clusters = zones.filter((z) => z.kind === "CCN");

  // the same figures as the reports and the portal: one row per plan row (an expansion is its own row)
  const standing = planStanding(clusters.map((z) => ({ ...z, plan: plan.filter((p) => p.zoneId === z.id) })));
  const byStage = standing.byStage.map((s) => ({ ...s, label: stageFigureLabel(s), link: `/zones?kind=CCN&stage=${s.stage}` }));

  // occupancy of each cluster: from its tenant projects when they are known, else its land figures
  const occupancy = clusters
    .map((z) => {
      const p = progress.get(z.id)?.occupancy;
      const value = p && p.basis !== "unknown" ? p.occupancy : z.occupancy;
      return {
        id: z.id,
        name: z.name,
        stage: z.stage,
        occupancy: value,
        leasedHa: p?.leasedHa ?? z.leasedLandHa,
        industrialLandHa: z.industrialLandHa,
        enterprises: p?.enterprises ?? null,
        basis: p?.basis ?? (z.occupancy === null ? "unknown" : "zone-figure"),
        link: `/zones/${z.id}`,
      };
    })
    .filter((z) => z.occupancy !== null)
    .sort((a, b) => (b.occupancy ?? 0) - (a.occupancy ?? 0) || a.name.localeCompare(b.name, "vi"));
  const zonesWithProgressOccupancy = zones.map((z) => {
    const p = progress.get(z.id)?.occupancy;
    return p && p.basis !== "unknown" ? { ...z, occupancy: p.occupancy } : z;
  });

  // the reports' list: reported milestones and the deadlines notices give a zone's investor (lateMilestoneRows)
  const late = lateMilestoneRows(zones, zoneProgressInputs(progress), await loadMilestoneTasks(db, today, zones));

  const ledgerByZone = new Map<string, LandClearanceEntry[]>();
  for (const e of clearance) ledgerByZone.set(e.zoneId, [...(ledgerByZone.get(e.zoneId) ?? []), e]);
  const areaOf = new Map(zones.map((z) => [z.id, z.areaHa]));

  return {
    asOf: today,
    zones: {
      clusters: clusters.length,
      areaHa: sumHa(clusters),
      /** the plan's total (003), expansions included: 1.156,77 ha for the 24 clusters of Lạng Sơn */
      planAreaHa: standing.totals.areaHa,
      planInvestmentMillionVnd: standing.totals.investmentMillionVnd,
      byStage,
      link: "/zones?kind=CCN",
      industrialZones: zones.filter((z) => z.kind !== "CCN").length,
      industrialZonesAreaHa: sumHa(zones.filter((z) => z.kind !== "CCN")),
    },
    // the fullest first; the rest are one link away (the zone list sorted by occupancy)
    occupancy: occupancy.slice(0, OCCUPANCY_SHOWN),
    occupancyCount: occupancy.length,
    occupancyLink: "/zones?kind=CCN&sort=occupancy&order=desc",
    occupancyTargets: [...OCCUPANCY_TARGETS],
    lateMilestones: {
      count: late.length,
      items: late.slice(0, 20).map((m) => ({
        zoneId: m.zoneId,
        zoneName: m.zoneName,
        projectId: m.projectId,
        milestone: m.milestone,
        label: m.label,
        plannedOn: m.plannedOn,
        daysLate: m.daysLate,
        link: `/zones/${m.zoneId}`,
      })),
    },
    tasks: {
      total: Object.values(taskCounts.byStatus).reduce((a, b) => a + b, 0),
      byStatus: taskCounts.byStatus,
      links: Object.fromEntries(taskStatuses.map((s) => [s, `/tasks?tab=all&status=${s}`])) as Record<TaskStatus, string>,
      link: "/tasks?tab=all",
    },
    overdueByAgency: taskCounts.overdueByLead
      .map((r) => ({ ...r, link: r.agencyId ? `/tasks?tab=overdue&agency=${encodeURIComponent(r.agencyId)}` : "/tasks?tab=overdue" }))
      .sort((a, b) => b.count - a.count || a.agency.localeCompare(b.agency, "vi")),
    landClearance: [...ledgerByZone.entries()]
      .map(([zoneId, entries]) => ({
        zoneId,
        name: zoneName.get(zoneId) ?? zoneId,
        areaHa: areaOf.get(zoneId) ?? null,
        totals: ledgerTotals(ledgerPositions(entries, today)),
        link: `/zones/${zoneId}`,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    targets: targetRows.map((t) => {
      const actual = evaluateTarget(t.metric, t.threshold, zonesWithProgressOccupancy);
      return {
        id: t.id,
        text: t.text,
        byYear: t.byYear,
        threshold: t.threshold,
        actual,
        // as the annual report judges it: a target "by 2030" is not due before the end of 2030
        verdict: targetVerdict(actual, t.byYear, today),
        zones: actual.zoneIds.map((id) => ({ id, name: zoneName.get(id) ?? id, link: `/zones/${id}` })),
      };
    }),
    submissions,
    /** for the names of the zones changed since a date (left out of the answer) */
    zoneNames: zoneName,
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
      e.id, e.zone_id, e.unit_id, e.reported_on::text as reported_on, e.corrects_id,
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
async function changedSince(db: Db, since: string, sinceInstant: Date) {
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
 */
async function currentSubmissions(db: Db, actor: Actor, today: string) {
  const obligations = (await readObligations(db, { activeOnly: true })).filter((o) => canSeePeriodSubmissions(actor, o));
  const out: {
    obligationId: string;
    title: string;
    period: string;
    label: string;
    dueDate: string;
    counts: Record<SubmissionStatus, number>;
    expected: number;
    link: string;
  }[] = [];
  for (const o of obligations) {
    const periods = obligationPeriods(o, addDays(today, -400), today).filter((p) => p.cutoff.to < today);
    const p = periods.at(-1);
    if (!p) continue;
    const s = await loadPeriodSubmissions(db, o.id, p.period, today);
    out.push({
      obligationId: o.id,
      title: s.obligation.title,
      period: p.period,
      label: p.label,
      dueDate: p.dueDate,
      counts: Object.fromEntries(submissionStatuses.map((k) => [k, s.counts[k] ?? 0])) as Record<SubmissionStatus, number>,
      expected: s.reporters.filter((r) => r.expected).length,
      link: `/reporting/${encodeURIComponent(o.id)}/${encodeURIComponent(p.period)}`,
    });
  }
  return out;
}
