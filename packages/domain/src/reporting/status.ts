import type { IsoDate } from "../calendar/iso-date";
import { civilDateOf, type Now } from "../calendar/vietnam-time";
import type { DeadlineKind } from "../deadlines/deadline-rule";
import type { TaskFacts } from "../tasks/task-facts";
import { assessTask } from "../tasks/task-status";

/**
 * Where a reporter stands for one period, as of a date: submitted on time (on or before the due
 * date), submitted late, not yet due, or overdue (nothing submitted and the due date has passed).
 * A submission dated after `asOf` does not count yet, so a past date's answer never changes.
 * The verdict is the one of the first submission; later ones replace the text, not the date.
 */
export const submissionStatuses = ["on-time", "late", "not-due", "overdue"] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

export const submissionStatusLabels: Record<SubmissionStatus, { vi: string; en: string }> = {
  "on-time": { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Trễ hạn", en: "Late" },
  "not-due": { vi: "Chưa đến hạn", en: "Not yet due" },
  overdue: { vi: "Chưa nộp – quá hạn", en: "Not submitted – overdue" },
};

/** The same facts a task's status and the agency scorecard are computed from. */
export function submissionFacts(dueDate: IsoDate, submittedOn: IsoDate | null, kind: DeadlineKind = "recurring-monthly"): TaskFacts {
  return { dueDate, kind, completedOn: submittedOn, cancelled: false, extension: null };
}

export function submissionStatus(dueDate: IsoDate, submittedOn: IsoDate | null, asOf: Now): SubmissionStatus {
  const a = assessTask(submissionFacts(dueDate, submittedOn), asOf);
  switch (a.status) {
    case "done-on-time":
      return "on-time";
    case "done-late":
      return "late";
    case "overdue":
      return "overdue";
    default:
      return "not-due";
  }
}

/** Days until the due date (negative: days overdue), from `asOf`. */
export function daysToDue(dueDate: IsoDate, asOf: Now): number {
  const today = civilDateOf(asOf);
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
