/**
 * The status of a task, computed from its facts and `now` (LEGAL-NOTES §5.2). A task is overdue
 * from the day after its due date (end of day, Asia/Ho_Chi_Minh): due 2025-07-14, overdue from
 * 2025-07-15. An approved extension moves the date the task is judged against, but the original
 * due date is kept and the result is flagged `extended`.
 */
import { daysBetween, type IsoDate } from "../calendar/iso-date";
import { civilDateOf, type Now } from "../calendar/vietnam-time";
import type { ExtensionStatus, TaskFacts } from "./task-facts";

export const taskStatuses = [
  "in-progress",
  "overdue",
  "done-on-time",
  "done-late",
  "continuous",
  "extension-requested",
  "extended",
  "cancelled",
] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export interface TaskAssessment {
  status: TaskStatus;
  /** The deadline kept for statistics. */
  originalDueDate: IsoDate | null;
  /** The deadline the task is judged against: the new one when an extension was approved. */
  effectiveDueDate: IsoDate | null;
  /** An approved extension applies. */
  extended: boolean;
  /** Days past the effective due date: at completion when done, else as of `now`; 0 if not late. */
  daysLate: number;
}

function decisionAsOf(extension: NonNullable<TaskFacts["extension"]>, today: IsoDate): ExtensionStatus {
  if (extension.status === "requested") return "requested";
  return extension.decidedOn && extension.decidedOn > today ? "requested" : extension.status;
}

export function assessTask(facts: TaskFacts, now: Now): TaskAssessment {
  const today = civilDateOf(now);
  const original = facts.dueDate;
  const extension = facts.extension && facts.extension.requestedOn <= today ? facts.extension : null;
  const decision = extension ? decisionAsOf(extension, today) : null;
  const extended = extension !== null && decision === "approved";
  const effective = extended && extension ? extension.newDueDate : original;
  const result = (status: TaskStatus, lateUntil: IsoDate | null = null): TaskAssessment => ({
    status,
    originalDueDate: original,
    effectiveDueDate: effective,
    extended,
    daysLate: lateUntil && effective ? Math.max(0, daysBetween(effective, lateUntil)) : 0,
  });

  if (facts.cancelled && (!facts.cancelledOn || facts.cancelledOn <= today)) return result("cancelled");

  const completedOn = facts.completedOn && facts.completedOn <= today ? facts.completedOn : null;
  if (completedOn) {
    if (effective === null || completedOn <= effective) return result("done-on-time");
    return result("done-late", completedOn);
  }
  if (effective === null) return result(facts.kind === "asap" ? "in-progress" : "continuous");
  // an extension requested in time shields the task until the office decides
  if (decision === "requested" && extension && original !== null && extension.requestedOn <= original) {
    return result("extension-requested");
  }
  if (today <= effective) return result(extended ? "extended" : "in-progress");
  return result("overdue", today);
}

export function taskStatus(facts: TaskFacts, now: Now): TaskStatus {
  return assessTask(facts, now).status;
}

export function isDone(status: TaskStatus): boolean {
  return status === "done-on-time" || status === "done-late";
}
