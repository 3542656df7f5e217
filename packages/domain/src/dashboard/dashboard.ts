import type { IsoDate } from "../calendar/iso-date";
import { type LandClearanceEntry, type LandClearanceFigures, ledgerPositions, ledgerTotals } from "../progress/land-clearance";
import { zoneOccupancyShown } from "../progress/occupancy-shown";
import type { SubmissionStatus } from "../reporting/status";
import { lateMilestoneRows, type MilestoneTask, type ZoneProgressInput } from "../reports/report-progress";
import { groupBy } from "../shared/group-by";
import { type BodyStatusCount, LEADERSHIP } from "../tasks/accountable-body";
import { type TaskStatus, taskStatuses } from "../tasks/task-status";
import { type PlanRow, planStanding, stageFigureLabel } from "../zones/plan-standing";
import { evaluateTarget, type TargetActual, targetVerdict } from "../zones/targets";
import type { ZoneSummary } from "../zones/zone-view";

/**
 * The leaders' dashboard (GET /api/dashboard), split like the reports: the server loads the data
 * (`features/dashboard/load-dashboard-data.ts`), this computes the figures, and `Dashboard` is the
 * one response type, imported by the web.
 */

/** The targets of 003 §III.2 on occupancy: the lines drawn on the occupancy chart. */
export const OCCUPANCY_TARGETS = [0.3, 0.5] as const;
/** how many clusters the occupancy chart shows (a national data set has 800) */
const OCCUPANCY_SHOWN = 30;

export interface DashboardSubmission {
  obligationId: string;
  title: string;
  period: string;
  label: string;
  dueDate: IsoDate;
  counts: Record<SubmissionStatus, number>;
  expected: number;
  link: string;
}

export interface DashboardData {
  today: IsoDate;
  zones: readonly ZoneSummary[];
  plan: readonly PlanRow[];
  /** each zone's progress as of today as the reports read it: milestones and occupancy (progress module) */
  progress: ReadonlyMap<string, ZoneProgressInput>;
  /** the tasks of zones' investors (with the milestones, the one late-milestone list, `lateMilestoneRows`) */
  milestoneTasks: readonly MilestoneTask[];
  /** task lines as of today by status, and by accountable body and status (`BodyStatusCount`, counted in SQL) */
  taskCounts: { byStatus: Record<TaskStatus, number>; byBody: readonly BodyStatusCount[] };
  targets: readonly { id: string; text: string; metric: string; threshold: number | null; byYear: number | null }[];
  /** the ledger entries that count today (the latest per project and commune) */
  clearance: readonly LandClearanceEntry[];
  submissions: DashboardSubmission[];
}

/** What changed since a date, counted by the server. */
export interface DashboardChanges {
  zoneFigures: number;
  zonesChanged: string[];
  taskUpdates: number;
  completionsConfirmed: number;
  landClearanceEntries: number;
  reportsSubmitted: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const sumHa = (zones: readonly ZoneSummary[]) => round2(zones.reduce((s, z) => s + (z.areaHa ?? 0), 0));

export function dashboardFigures(data: DashboardData) {
  const { zones, progress, taskCounts, today } = data;
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const clusters = zones.filter((z) => z.kind === "CCN");

  // the same figures as the reports and the portal: one row per plan row (an expansion is its own row)
  const standing = planStanding(clusters.map((z) => ({ ...z, plan: data.plan.filter((p) => p.zoneId === z.id) })));
  const byStage = standing.byStage.map((s) => ({ ...s, label: stageFigureLabel(s), link: `/zones?kind=CCN&stage=${s.stage}` }));

  // the reports' rule (`zoneOccupancyShown`): the progress module's occupancy, else the registry's figures
  const shownOf = (z: ZoneSummary) => zoneOccupancyShown(z, progress.get(z.id)?.occupancy);
  const occupancy = clusters
    .map((z) => {
      const o = shownOf(z);
      return {
        id: z.id,
        name: z.name,
        stage: z.stage,
        occupancy: o.occupancy,
        leasedHa: o.leasedHa,
        industrialLandHa: o.industrialLandHa,
        enterprises: o.enterprises,
        basis: o.basis,
        link: `/zones/${z.id}`,
      };
    })
    .filter((z) => z.occupancy !== null)
    .sort((a, b) => (b.occupancy ?? 0) - (a.occupancy ?? 0) || a.name.localeCompare(b.name, "vi"));
  const zonesWithOccupancy = zones.map((z) => ({ ...z, occupancy: shownOf(z).occupancy }));

  // the reports' list: reported milestones and the deadlines notices give a zone's investor
  const late = lateMilestoneRows(zones, progress, data.milestoneTasks);

  const ledgerByZone = groupBy(data.clearance, (e) => e.zoneId);
  const areaOf = new Map(zones.map((z) => [z.id, z.areaHa]));

  return {
    asOf: today,
    zones: {
      clusters: clusters.length,
      areaHa: sumHa(clusters),
      /** the plan's total (003), expansions included: 1.156,77 ha for the 24 clusters of Lạng Sơn */
      planAreaHa: standing.totals.areaHa as number | null,
      planInvestmentMillionVnd: standing.totals.investmentMillionVnd as number | null,
      byStage,
      link: "/zones?kind=CCN",
      industrialZones: zones.filter((z) => z.kind !== "CCN").length,
      industrialZonesAreaHa: sumHa(zones.filter((z) => z.kind !== "CCN")),
    },
    // the fullest first; the rest are one link away (the zone list sorted by occupancy)
    occupancy: occupancy.slice(0, OCCUPANCY_SHOWN),
    occupancyCount: occupancy.length,
    occupancyLink: "/zones?kind=CCN&sort=occupancy&order=desc",
    occupancyTargets: [...OCCUPANCY_TARGETS] as number[],
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
    overdueByAgency: overdueByBody(taskCounts.byBody)
      .map((r) => ({
        ...r,
        // a committee's leadership is no registry agency: its bar opens the whole overdue list
        link:
          r.agencyId && !r.agencyId.startsWith(LEADERSHIP)
            ? `/tasks?tab=overdue&agency=${encodeURIComponent(r.agencyId)}`
            : "/tasks?tab=overdue",
      }))
      .sort((a, b) => b.count - a.count || a.agency.localeCompare(b.agency, "vi")),
    landClearance: [...ledgerByZone.entries()]
      .map(([zoneId, entries]) => {
        const positions = ledgerPositions(entries, today);
        // the figures' own date: the latest report that counts, or the period an undated source gives ("2024")
        const latest = positions
          .filter((p) => !p.superseded)
          .sort((a, b) => (a.reportedOn ?? "").localeCompare(b.reportedOn ?? ""))
          .at(-1);
        return {
          zoneId,
          name: zoneName.get(zoneId) ?? zoneId,
          areaHa: areaOf.get(zoneId) ?? null,
          totals: ledgerTotals(positions) as LandClearanceFigures,
          reportedOn: latest?.reportedPeriod ? null : (latest?.reportedOn ?? null),
          reportedPeriod: latest?.reportedPeriod ?? null,
          link: `/zones/${zoneId}`,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    targets: data.targets.map((t) => {
      const actual: TargetActual = evaluateTarget(t.metric, t.threshold, zonesWithOccupancy);
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
    submissions: data.submissions,
  };
}

export type DashboardFigures = ReturnType<typeof dashboardFigures>;

/** The answer of GET /api/dashboard: the figures of today and what changed since a date. */
export function dashboardAnswer(
  figures: DashboardFigures,
  since: IsoDate,
  changes: DashboardChanges,
  zoneNames: ReadonlyMap<string, string>,
) {
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

/** GET /api/dashboard: every figure names the list behind it (`link`, a path of the web app). */
export type Dashboard = ReturnType<typeof dashboardAnswer>;

/** Overdue lines per accountable body (a person's under the body they lead, an unresolved lead under its text). */
function overdueByBody(rows: readonly BodyStatusCount[]): { agencyId: string | null; agency: string; count: number }[] {
  const out = new Map<string, { agencyId: string | null; agency: string; count: number }>();
  for (const r of rows) {
    if (r.status !== "overdue") continue;
    const key = r.bodyId ?? `text:${r.body}`;
    const row = out.get(key) ?? { agencyId: r.bodyId, agency: r.body, count: 0 };
    row.count += r.count;
    out.set(key, row);
  }
  return [...out.values()];
}
