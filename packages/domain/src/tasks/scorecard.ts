/**
 * Agency scorecards (LEGAL-NOTES §5.2, after report 1270/BC-TCTTTg): tasks whose original due
 * date falls in the period, counted by status as of `now`.
 *   due (đến hạn) = done (on time or late) + not done and overdue
 *   completion rate = done ÷ due · on-time rate = done on time ÷ due · overdue rate = not done and overdue ÷ total
 * Cancelled tasks and tasks without a due date are left out; a rate is null when its
 * denominator is 0.
 */
import type { DateRange } from "../calendar/periods";
import type { Now } from "../calendar/vietnam-time";
import type { TaskFacts } from "./task-facts";
import { assessTask, type TaskStatus } from "./task-status";

export interface TaskTally {
  total: number;
  doneOnTime: number;
  doneLate: number;
  /** Not done, not overdue: in progress, extended, or awaiting an extension decision. */
  inProgress: number;
  overdue: number;
  /** Of all the above, those with an approved extension. */
  extended: number;
  /** Of `inProgress`, those awaiting an extension decision. */
  extensionRequested: number;
  due: number;
  completionRate: number | null;
  /** done on time ÷ due */
  onTimeRate: number | null;
  overdueRate: number | null;
}

export interface ScorecardTask {
  /** The lead agencies (chủ trì); the task counts once for each. */
  leadAgencies: readonly string[];
  facts: TaskFacts;
}

export interface AgencyScorecard extends TaskTally {
  agency: string;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** How many task lines (or report periods) have a status as of a date, with or without an approved extension. */
export interface StatusCount {
  status: TaskStatus;
  extended: boolean;
  count: number;
}

/** The tally of counted statuses (SQL over the occurrence read model, or `assessTask` one by one). Cancelled ones are left out. */
export function tallyStatuses(rows: readonly StatusCount[]): TaskTally {
  const tally = { total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, extended: 0, extensionRequested: 0 };
  for (const { status, extended, count } of rows) {
    if (status === "cancelled" || count <= 0) continue;
    tally.total += count;
    if (extended) tally.extended += count;
    switch (status) {
      case "done-on-time":
        tally.doneOnTime += count;
        break;
      case "done-late":
        tally.doneLate += count;
        break;
      case "overdue":
        tally.overdue += count;
        break;
      case "extension-requested":
        tally.extensionRequested += count;
        tally.inProgress += count;
        break;
      case "in-progress":
      case "extended":
      case "continuous":
        tally.inProgress += count;
        break;
    }
  }
  const done = tally.doneOnTime + tally.doneLate;
  const due = done + tally.overdue;
  return {
    ...tally,
    due,
    completionRate: ratio(done, due),
    onTimeRate: ratio(tally.doneOnTime, due),
    overdueRate: ratio(tally.overdue, tally.total),
  };
}

export function tallyTasks(tasks: readonly TaskFacts[], period: DateRange, now: Now): TaskTally {
  const rows: StatusCount[] = [];
  for (const facts of tasks) {
    if (facts.dueDate === null || facts.dueDate < period.from || facts.dueDate > period.to) continue;
    const a = assessTask(facts, now);
    rows.push({ status: a.status, extended: a.extended, count: 1 });
  }
  return tallyStatuses(rows);
}

/** One scorecard per lead agency, in the order agencies first appear. */
export function scorecard(tasks: readonly ScorecardTask[], period: DateRange, now: Now): AgencyScorecard[] {
  const byAgency = new Map<string, TaskFacts[]>();
  for (const task of tasks) {
    for (const agency of new Set(task.leadAgencies)) {
      const list = byAgency.get(agency) ?? [];
      list.push(task.facts);
      byAgency.set(agency, list);
    }
  }
  return [...byAgency].map(([agency, facts]) => ({ agency, ...tallyTasks(facts, period, now) }));
}

/**
 * One row of the scorecards page (GET /api/scorecards): a body's tasks and its report submissions as
 * separate tallies, each with its own rates, and its task lines overdue as of the date whatever
 * their due date (the dashboard's count of overdue tasks, per body).
 */
export interface AgencyScorecardRow {
  agency: string;
  agencyName: string;
  tasks: TaskTally;
  tasksOverdueNow: number;
  reports: TaskTally;
}

export interface ScorecardsResponse {
  asOf: string;
  period: DateRange;
  /** task lines overdue as of `asOf`, each once: the dashboard's overdue count for the same date */
  tasksOverdue: number;
  /** of those, the lines whose lead is not yet resolved to an agency (only its text is known): on no row */
  tasksOverdueWithoutBody: number;
  items: AgencyScorecardRow[];
  total: number;
}

export const emptyTally: TaskTally = tallyStatuses([]);
