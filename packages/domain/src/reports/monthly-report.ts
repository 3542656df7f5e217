import { addDays, type IsoDate } from "../calendar/iso-date";
import { endOfMonth } from "../calendar/periods";
import type { LandClearanceEntry } from "../progress/land-clearance";
import { accountableBodies, type BodyAgency, type BodyStatusCount } from "../tasks/accountable-body";
import { lapseOf, type MeetingRef } from "../tasks/lapsed";
import type { TaskStatus } from "../tasks/task-status";
import type { TaskLine } from "../tasks/task-view";
import { type PlanRow, type PlanStanding, planStanding, type StageFigure, type StandingRow } from "../zones/plan-standing";
import type { ZoneSummary } from "../zones/zone-view";
import {
  type LandClearanceProgress,
  type LateMilestoneRow,
  landClearanceProgress,
  lateMilestoneRows,
  type OccupancyRow,
  occupancyRows,
  type ReportSubmission,
  type SubmissionSummary,
  submissionSummary,
  type ZoneProgressInput,
} from "./report-progress";

/**
 * The figures of Sở Công Thương's monthly consolidated report, computed from the registry and the
 * tasks as they stood at the end of the report's period (`asOf`): the same inputs give the same
 * report, whatever was entered later.
 */
export interface ReportZone extends ZoneSummary {
  /** the plan's rows of this zone (Na Dương 1: its 20 ha established row and its 30 ha expansion row) */
  plan: PlanRow[];
}

/**
 * The report's task lines counted by the server (in SQL at national size): by status, and by accountable
 * body and status (each line once under each body, `BodyStatusCount`), with the few of them the report
 * prints in full. None of them may have lapsed: the lines that may (meetings' preparations) are `tasks`.
 */
export interface CountedTaskLines {
  byStatus: Partial<Record<TaskStatus, number>>;
  byBody: readonly BodyStatusCount[];
  /** the counted lines the report may print: the longest overdue (at least OVERDUE_LISTED, ties included) and the zones' milestone tasks */
  listed: readonly TaskLine[];
}

export interface MonthlyReportInput {
  /** "2026-11" */
  period: string;
  zones: ReportZone[];
  /** task lines in full, counted here (every line, or those `counted` leaves out) */
  tasks: TaskLine[];
  /** the lines counted by the server, not repeated in `tasks` */
  counted?: CountedTaskLines;
  /** the report's date when earlier than the period's end (a report of the current month) */
  asOf?: IsoDate;
  /** milestones and occupancy per zone on the report's date */
  progress?: ReadonlyMap<string, ZoneProgressInput>;
  /** land clearance entries recorded by the report's date, and by the previous report's date */
  landClearance?: { current: LandClearanceEntry[]; previous: LandClearanceEntry[]; previousAsOf: IsoDate };
  /** the period's expected reporters and what they sent; null when collecting is not set up */
  submissions?: ReportSubmission[] | null;
  /** the registry's agencies, so that a task given to a person counts under the body they lead (`accountableBody`) */
  agencies?: ReadonlyMap<string, BodyAgency>;
  /** the meetings, so that a preparation task of a meeting held lapses (`lapseOf`) instead of staying overdue */
  meetings?: ReadonlyMap<string, MeetingRef>;
}

/** How many overdue tasks a report lists one by one. */
export const OVERDUE_LISTED = 100;

/** The overdue tasks a report lists (longest overdue first) and how many it leaves to the task list. */
export function listedOverdue(tasks: TaskLine[]): { overdue: TaskLine[]; overdueNotListed: number } {
  const all = tasks
    .filter((t) => t.status === "overdue")
    .sort((a, b) => (a.effectiveDueDate ?? "").localeCompare(b.effectiveDueDate ?? "") || a.taskId.localeCompare(b.taskId));
  return { overdue: all.slice(0, OVERDUE_LISTED), overdueNotListed: Math.max(0, all.length - OVERDUE_LISTED) };
}

export interface MonthlyReport {
  period: string;
  periodLabel: string;
  asOf: IsoDate;
  /** clusters by stage, area and investment, from the plan's rows (`planStanding`) */
  byStage: StageFigure[];
  /** one row per plan row: a cluster, or a cluster's expansion */
  clusters: StandingRow[];
  clusterTotals: PlanStanding["totals"];
  otherZones: ReportZone[];
  tasksByAgency: { agency: string; total: number; doneOnTime: number; doneLate: number; inProgress: number; overdue: number }[];
  /** the longest overdue first, at most OVERDUE_LISTED: a report to the committee is read, not searched */
  overdue: TaskLine[];
  /** overdue tasks beyond the list (the full list is the task list's Excel export) */
  overdueNotListed: number;
  /** open tasks that can no longer be done, with why ("cuộc họp đã diễn ra"): not counted as overdue */
  lapsed: (TaskLine & { lapseReason: string })[];
  taskTotals: { total: number; doneOnTime: number; doneLate: number; inProgress: number; overdue: number; continuous: number };
  occupancy: OccupancyRow[];
  lateMilestones: LateMilestoneRow[];
  landClearance: LandClearanceProgress;
  submissions: SubmissionSummary | null;
}

type ReportBucket = keyof Omit<MonthlyReport["taskTotals"], "total">;

/** The column a line's status is counted in: an extension asked for or granted, or a cancelled line, counts as in progress. */
function reportBucket(status: TaskStatus): ReportBucket {
  return status === "done-on-time"
    ? "doneOnTime"
    : status === "done-late"
      ? "doneLate"
      : status === "overdue"
        ? "overdue"
        : status === "continuous"
          ? "continuous"
          : "inProgress";
}

/** The end of the month before `period` ("2026-11" → 2026-10-31), the previous report's date. */
export const previousPeriodEnd = (period: string): IsoDate => addDays(`${period}-01`, -1);

export function monthlyReport(input: MonthlyReportInput): MonthlyReport {
  const [y, m] = input.period.split("-");
  const end = endOfMonth(Number(y), Number(m));
  const asOf = input.asOf && input.asOf < end ? input.asOf : end;
  return {
    period: input.period,
    periodLabel: `tháng ${Number(m)}/${y}`,
    ...consolidate({ ...input, asOf, previousAsOf: input.landClearance?.previousAsOf ?? previousPeriodEnd(input.period) }),
  };
}

/** The figures every consolidated report shares (monthly and annual): zones by stage, tasks by agency, progress, submissions. */
export function consolidate(
  input: Omit<MonthlyReportInput, "period" | "asOf"> & { asOf: IsoDate; previousAsOf: IsoDate },
): Omit<MonthlyReport, "period" | "periodLabel"> {
  const standing = planStanding(input.zones);

  const lapsed: MonthlyReport["lapsed"] = [];
  const tasks: TaskLine[] = [];
  for (const t of input.tasks) {
    const reason = lapseOf(t, input.meetings ?? new Map(), input.asOf);
    if (reason) lapsed.push({ ...t, lapseReason: reason });
    else tasks.push(t);
  }
  const agencies = new Map<string, MonthlyReport["tasksByAgency"][number]>();
  const totals = { total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, continuous: 0 };
  const add = (body: string, bucket: ReportBucket, count: number) => {
    if (bucket === "continuous") return;
    const row = agencies.get(body) ?? { agency: body, total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0 };
    row.total += count;
    row[bucket] += count;
    agencies.set(body, row);
  };
  for (const [status, count] of Object.entries(input.counted?.byStatus ?? {}) as [TaskStatus, number][]) {
    totals.total += count;
    totals[reportBucket(status)] += count;
  }
  for (const r of input.counted?.byBody ?? []) add(r.body, reportBucket(r.status), r.count);
  for (const t of tasks) {
    const bucket = reportBucket(t.status);
    totals.total++;
    totals[bucket]++;
    for (const body of accountableBodies(t.leads, input.agencies ?? new Map())) add(body.name, bucket, 1);
  }
  // the lines in full: the uncounted ones that have not lapsed, and those the server picked to print,
  // in one order whatever the order they were loaded in (rows tied in a list keep it)
  const full = [...tasks, ...(input.counted?.listed ?? [])].sort((a, b) => a.occurrenceId - b.occurrenceId);
  const { overdue } = listedOverdue(full);
  const progress = input.progress ?? new Map<string, ZoneProgressInput>();
  return {
    asOf: input.asOf,
    byStage: standing.byStage,
    clusters: standing.rows,
    clusterTotals: standing.totals,
    otherZones: input.zones.filter((z) => z.kind !== "CCN"),
    tasksByAgency: [...agencies.values()].sort((a, b) => b.overdue - a.overdue || a.agency.localeCompare(b.agency, "vi")),
    overdue,
    overdueNotListed: totals.overdue - overdue.length,
    lapsed,
    taskTotals: totals,
    occupancy: occupancyRows(input.zones, progress),
    lateMilestones: lateMilestoneRows(input.zones, progress, full),
    landClearance: landClearanceProgress(
      input.zones,
      input.landClearance?.current ?? [],
      input.landClearance?.previous ?? [],
      input.asOf,
      input.previousAsOf,
    ),
    submissions: input.submissions ? submissionSummary(input.submissions) : null,
  };
}
