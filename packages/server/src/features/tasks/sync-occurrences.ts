import { addDays, type DeadlineRule, deadlineRuleSchema, milestoneSchema, plannedOccurrences } from "@dondoc/domain";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client";
import { taskOccurrences, tasks } from "../../db/schema";
import { refreshTaskCounts } from "./task-counts";

/**
 * The one place that writes occurrences (`task_occurrences`). It is called by the writers that
 * create tasks (the reader's confirm, the seed), at start-up and by the daily job; reads never
 * write (a test tours every GET route and compares the row counts of every table).
 */

/** How far ahead of today occurrences exist (so that reminders can precede them): one horizon for every caller. */
export const OCCURRENCE_HORIZON_DAYS = 45;

type TaskRow = typeof tasks.$inferSelect;

export const ruleOf = (task: Pick<TaskRow, "deadline">): DeadlineRule => deadlineRuleSchema.parse(task.deadline);
const milestonesOf = (task: Pick<TaskRow, "milestones">) => z.array(milestoneSchema).parse(task.milestones);

/** The domain's planned occurrences of a stored task, due by `until`, as rows of `task_occurrences` (with the task's deadline kind). */
export const plannedOccurrencesOf = (task: TaskRow, until: string) => {
  const deadline = ruleOf(task);
  return plannedOccurrences(
    { deadline, assignedOn: task.assignedOn, eventDate: task.eventDate, milestones: milestonesOf(task) },
    until,
  ).map((p) => ({ ...p, deadlineKind: deadline.kind }));
};

const CHUNK = 5_000;

/**
 * Writes the occurrences of these tasks (all tasks when `taskIds` is left out) due by today + the
 * horizon that do not exist yet. Idempotent and safe for several instances (the unique key
 * task × period); returns how many it wrote.
 */
export async function syncOccurrences(outer: Db, today: string, taskIds?: readonly string[]): Promise<number> {
  return outer.transaction((db) => writeMissing(db, today, taskIds));
}

async function writeMissing(db: Db, today: string, taskIds?: readonly string[]): Promise<number> {
  const until = addDays(today, OCCURRENCE_HORIZON_DAYS);
  const taskRows: TaskRow[] = [];
  const existing: { taskId: string; period: string }[] = [];
  const columns = { taskId: taskOccurrences.taskId, period: taskOccurrences.period };
  if (taskIds) {
    for (let i = 0; i < taskIds.length; i += CHUNK) {
      const chunk = taskIds.slice(i, i + CHUNK);
      taskRows.push(...(await db.select().from(tasks).where(inArray(tasks.id, chunk))));
      existing.push(...(await db.select(columns).from(taskOccurrences).where(inArray(taskOccurrences.taskId, chunk))));
    }
  } else {
    taskRows.push(...(await db.select().from(tasks)));
    existing.push(...(await db.select(columns).from(taskOccurrences)));
  }
  const have = new Set(existing.map((o) => `${o.taskId}\u0000${o.period}`));
  const missing = taskRows.flatMap((t) =>
    plannedOccurrencesOf(t, until)
      .filter((p) => !have.has(`${t.id}\u0000${p.period}`))
      .map((p) => ({ ...p, taskId: t.id })),
  );
  for (let i = 0; i < missing.length; i += 1_000)
    await db
      .insert(taskOccurrences)
      .values(missing.slice(i, i + 1_000))
      .onConflictDoNothing();
  // a new occurrence is a new task line (and may reopen a task): the counts follow in the same transaction
  await refreshTaskCounts(db, [...new Set(missing.map((m) => m.taskId))]);
  return missing.length;
}
