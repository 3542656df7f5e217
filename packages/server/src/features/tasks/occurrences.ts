import {
  addDays,
  type DeadlineRule,
  deadlineRuleSchema,
  describeRule,
  dueDate,
  isRecurring,
  milestoneSchema,
  occurrences,
} from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { taskOccurrences, tasks } from "../../db/schema";

/** How far ahead the occurrences of recurring tasks are created (so reminders can precede them). */
export const OCCURRENCE_HORIZON_DAYS = 45;

type TaskRow = typeof tasks.$inferSelect;

export const ruleOf = (task: Pick<TaskRow, "deadline">): DeadlineRule => deadlineRuleSchema.parse(task.deadline);
export const milestonesOf = (task: Pick<TaskRow, "milestones">) => z.array(milestoneSchema).parse(task.milestones);

/**
 * The occurrences a task has by `until`: the task itself (or one per period of a recurring rule,
 * from the day it was assigned) and one per milestone. Pure: the database keeps what this says.
 */
export function plannedOccurrences(task: TaskRow, until: string) {
  const rule = ruleOf(task);
  const list: { kind: "once" | "period" | "milestone"; period: string; label: string; dueDate: string | null }[] = [];
  if (isRecurring(rule)) {
    const from = task.assignedOn ?? until;
    for (const o of occurrences(rule, from, until)) list.push({ kind: "period", period: o.period, label: o.label, dueDate: o.dueDate });
  } else {
    list.push({ kind: "once", period: "once", label: describeRule(rule), dueDate: dueDate(rule, { eventDate: task.eventDate }) });
  }
  milestonesOf(task).forEach((m, i) => {
    list.push({
      kind: "milestone",
      period: `milestone-${i + 1}`,
      label: `${m.what} (${describeRule(m.deadline)})`,
      dueDate: dueDate(m.deadline),
    });
  });
  return list;
}

/** Writes the occurrences due by `until` that do not exist yet; idempotent, safe for several instances. */
export async function ensureOccurrences(db: Db, task: TaskRow, until: string): Promise<void> {
  const planned = plannedOccurrences(task, until);
  if (planned.length === 0) return;
  await db
    .insert(taskOccurrences)
    .values(planned.map((p) => ({ ...p, taskId: task.id })))
    .onConflictDoNothing();
}

export async function ensureAllOccurrences(db: Db, today: string): Promise<void> {
  const until = addDays(today, OCCURRENCE_HORIZON_DAYS);
  for (const task of await db.select().from(tasks)) await ensureOccurrences(db, task, until);
}

export async function occurrencesOfTask(db: Db, taskId: string) {
  return db.select().from(taskOccurrences).where(eq(taskOccurrences.taskId, taskId)).orderBy(taskOccurrences.id);
}
