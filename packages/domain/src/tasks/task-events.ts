import type { IsoDate } from "../calendar/iso-date";
import type { DeadlineKind } from "../deadlines/deadline-rule";
import type { TaskFacts } from "./task-facts";

/**
 * What happens to a task (or one occurrence of it) is an append-only list of events; its facts,
 * and so its status, are derived from them (never stored).
 */
export const taskEventTypes = [
  "progress", // an agency reports progress (text, percent, attachments)
  "submit", // the lead agency says it is done, with the date of its output document
  "confirm", // the office confirms completion
  "return", // the office returns it: not done yet
  "extension-request",
  "extension-approve",
  "extension-reject",
  "cancel",
] as const;
export type TaskEventType = (typeof taskEventTypes)[number];

export interface TaskEvent {
  type: TaskEventType;
  /** civil date (Asia/Ho_Chi_Minh) the event happened */
  on: IsoDate;
  /** submit: the date of the output document that completes the task */
  completedOn?: IsoDate | null;
  /** extension-request: the date asked for */
  newDueDate?: IsoDate | null;
}

export const taskEventLabels: Record<TaskEventType, string> = {
  progress: "Báo cáo tiến độ",
  submit: "Báo cáo hoàn thành",
  confirm: "Văn phòng xác nhận hoàn thành",
  return: "Văn phòng trả lại (chưa hoàn thành)",
  "extension-request": "Đề nghị gia hạn",
  "extension-approve": "Đồng ý gia hạn",
  "extension-reject": "Không đồng ý gia hạn",
  cancel: "Hủy nhiệm vụ",
};

/**
 * The facts of an occurrence from its events, in order. Completion counts only once confirmed by
 * the office, dated by the submitted output document; a return cancels the pending submission.
 * The latest extension request is the one that counts, with its decision if any.
 */
export function factsFromEvents(dueDate: IsoDate | null, kind: DeadlineKind, events: readonly TaskEvent[]): TaskFacts {
  let submitted: IsoDate | null = null;
  let completedOn: IsoDate | null = null;
  let extension = null as TaskFacts["extension"];
  let cancelledOn: IsoDate | null = null;
  for (const e of events) {
    switch (e.type) {
      case "submit":
        submitted = e.completedOn ?? e.on;
        break;
      case "confirm":
        if (submitted) completedOn = submitted;
        break;
      case "return":
        submitted = null;
        completedOn = null;
        break;
      case "extension-request":
        if (e.newDueDate) extension = { requestedOn: e.on, status: "requested", newDueDate: e.newDueDate, decidedOn: null };
        break;
      case "extension-approve":
      case "extension-reject":
        if (extension) extension = { ...extension, status: e.type === "extension-approve" ? "approved" : "rejected", decidedOn: e.on };
        break;
      case "cancel":
        cancelledOn = e.on;
        break;
      case "progress":
        break;
      default: {
        const unknownType: never = e.type;
        throw new Error(`unknown task event ${String(unknownType)}`);
      }
    }
  }
  return { dueDate, kind, completedOn, cancelled: cancelledOn !== null, cancelledOn, extension };
}

/** Is a submission waiting for the office? */
export function pendingSubmission(events: readonly TaskEvent[]): boolean {
  let pending = false;
  for (const e of events) {
    if (e.type === "submit") pending = true;
    if (e.type === "confirm" || e.type === "return") pending = false;
  }
  return pending;
}

/** Is an extension request waiting for a decision? */
export function pendingExtension(events: readonly TaskEvent[]): boolean {
  let pending = false;
  for (const e of events) {
    if (e.type === "extension-request") pending = true;
    if (e.type === "extension-approve" || e.type === "extension-reject") pending = false;
  }
  return pending;
}
