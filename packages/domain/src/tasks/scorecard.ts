/**
 * Agency scorecards (LEGAL-NOTES §5.2, after report 1270/BC-TCTTTg): tasks whose original due
 * date falls in the period, counted by status as of `now`.
 *   due (đến hạn) = done (on time or late) + not done and overdue
 *   completion rate = done ÷ due · overdue rate = not done and overdue ÷ total
 * Cancelled tasks and tasks without a due date are left out; a rate is null when its
 * denominator is 0.
 */
import type { DateRange } from "../calendar/periods";
import type { Now } from "../calendar/vietnam-time";
import type { TaskFacts } from "./task-facts";
import { assessTask } from "./task-status";

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

export function tallyTasks(tasks: readonly TaskFacts[], period: DateRange, now: Now): TaskTally {
  const tally = { total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, extended: 0, extensionRequested: 0 };
  for (const facts of tasks) {
    if (facts.dueDate === null || facts.dueDate < period.from || facts.dueDate > period.to) continue;
    const assessment = assessTask(facts, now);
    if (assessment.status === "cancelled") continue;
    tally.total += 1;
    if (assessment.extended) tally.extended += 1;
    switch (assessment.status) {
      case "done-on-time":
        tally.doneOnTime += 1;
        break;
      case "done-late":
        tally.doneLate += 1;
        break;
      case "overdue":
        tally.overdue += 1;
        break;
      case "extension-requested":
        tally.extensionRequested += 1;
        tally.inProgress += 1;
        break;
      case "in-progress":
      case "extended":
      case "continuous":
        tally.inProgress += 1;
        break;
    }
  }
  const done = tally.doneOnTime + tally.doneLate;
  const due = done + tally.overdue;
  return { ...tally, due, completionRate: ratio(done, due), overdueRate: ratio(tally.overdue, tally.total) };
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
