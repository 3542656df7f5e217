/**
 * A task may carry milestones, each with its own rule ("hoàn thành nhà máy xử lý nước thải Quý
 * III/2026, đưa vào hoạt động Quý IV/2026"), in the shape of the seed tasks:
 * `{ what, deadline: { kind, value } }`.
 */
import { z } from "zod";
import type { IsoDate } from "../calendar/iso-date";
import { type DeadlineRule, deadlineRuleSchema } from "./deadline-rule";
import { type DeadlineContext, dueDate } from "./due-date";

export const milestoneSchema = z.object({ what: z.string().trim().min(1), deadline: deadlineRuleSchema });
export type Milestone = z.infer<typeof milestoneSchema>;

export interface ScheduledMilestone {
  /** What is due; null for the task's own deadline. */
  what: string | null;
  rule: DeadlineRule;
  dueDate: IsoDate | null;
}

/**
 * The task's own deadline and its milestones with their due dates, earliest first; those without
 * a date (asap, continuous…) come last, in their given order.
 */
export function scheduleOf(
  task: { deadline: DeadlineRule; milestones?: readonly Milestone[] | null },
  context: DeadlineContext = {},
): ScheduledMilestone[] {
  const items: ScheduledMilestone[] = [
    { what: null, rule: task.deadline, dueDate: dueDate(task.deadline, context) },
    ...(task.milestones ?? []).map((m) => ({ what: m.what, rule: m.deadline, dueDate: dueDate(m.deadline, context) })),
  ];
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const [x, y] = [a.item.dueDate, b.item.dueDate];
      if (x === y) return a.index - b.index;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    })
    .map(({ item }) => item);
}

/** The first scheduled item due on or after `date`, if any. */
export function nextMilestone(schedule: readonly ScheduledMilestone[], date: IsoDate): ScheduledMilestone | undefined {
  return schedule.find((item) => item.dueDate !== null && item.dueDate >= date);
}

/** The last due date of the task and its milestones (when the whole assignment should be finished). */
export function finalDueDate(schedule: readonly ScheduledMilestone[]): IsoDate | null {
  const dates = schedule.flatMap((item) => (item.dueDate ? [item.dueDate] : []));
  return dates.sort().at(-1) ?? null;
}
