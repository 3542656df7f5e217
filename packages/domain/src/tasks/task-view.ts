import { addDays } from "../calendar/iso-date";
import type { DeadlineRule } from "../deadlines/deadline-rule";
import type { TaskFacts } from "./task-facts";
import type { TaskStatus } from "./task-status";

/** One line of a task list: a task, or one occurrence of a recurring task or milestone, with its status as of a date. */
export interface TaskLine {
  taskId: string;
  occurrenceId: number;
  document: { id: string; label: string };
  /** the meeting the task came from (its conclusion) or is preparing for (its notice) */
  meetingId: string | null;
  ordinal: number;
  subject: string;
  summary: string;
  deadlineText: string | null;
  rule: DeadlineRule;
  ruleLabel: string;
  occurrence: { kind: "once" | "period" | "milestone"; period: string; label: string; dueDate: string | null };
  leads: { text: string; agencyId: string | null; name: string | null }[];
  coordinators: { text: string; agencyId: string | null; name: string | null }[];
  zoneIds: string[];
  status: TaskStatus;
  statusLabel: string;
  originalDueDate: string | null;
  effectiveDueDate: string | null;
  extended: boolean;
  daysLate: number;
  pendingSubmission: boolean;
  pendingExtension: boolean;
  lastProgress: { percent: number | null; text: string | null; on: string } | null;
  /** the facts the status was computed from (as of the list's date) */
  facts: TaskFacts;
}

/** Open and due within `days` days of `asOf` (the inbox's "sắp đến hạn"): not done, not overdue, with a date. */
export function isDueSoon(line: Pick<TaskLine, "status" | "effectiveDueDate">, asOf: string, days: number): boolean {
  if (line.status !== "in-progress" && line.status !== "extended") return false;
  return line.effectiveDueDate !== null && line.effectiveDueDate <= addDays(asOf, days);
}
