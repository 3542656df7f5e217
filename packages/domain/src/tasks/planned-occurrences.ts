import type { IsoDate } from "../calendar/iso-date";
import type { DeadlineRule } from "../deadlines/deadline-rule";
import { describeRule } from "../deadlines/describe-rule";
import { dueDate } from "../deadlines/due-date";
import type { Milestone } from "../deadlines/milestones";
import { isRecurring, occurrences } from "../deadlines/occurrences";

export interface PlannableTask {
  deadline: DeadlineRule;
  /** the date the task was given: a recurring rule has one occurrence per period from then */
  assignedOn: IsoDate | null;
  /** for "N working days after" rules */
  eventDate: IsoDate | null;
  milestones: readonly Milestone[];
}

export interface PlannedOccurrence {
  kind: "once" | "period" | "milestone";
  /** unique per task: "once", the period's key ("2026-11"), "milestone-N" */
  period: string;
  label: string;
  dueDate: IsoDate | null;
}

/**
 * The occurrences a task has by `until`: the task itself (or one per period of a recurring rule,
 * from the day it was assigned) and one per milestone. The database keeps what this says
 * (server `sync-occurrences.ts`).
 */
export function plannedOccurrences(task: PlannableTask, until: IsoDate): PlannedOccurrence[] {
  const rule = task.deadline;
  const list: PlannedOccurrence[] = [];
  if (isRecurring(rule)) {
    const from = task.assignedOn ?? until;
    for (const o of occurrences(rule, from, until)) list.push({ kind: "period", period: o.period, label: o.label, dueDate: o.dueDate });
  } else {
    list.push({ kind: "once", period: "once", label: describeRule(rule), dueDate: dueDate(rule, { eventDate: task.eventDate }) });
  }
  task.milestones.forEach((m, i) => {
    list.push({
      kind: "milestone",
      period: `milestone-${i + 1}`,
      label: `${m.what} (${describeRule(m.deadline)})`,
      dueDate: dueDate(m.deadline),
    });
  });
  return list;
}
