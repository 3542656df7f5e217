import type { Actor } from "../access/scopes";
import { canManageTasks, canReportOnTask, type TaskAssignment } from "../access/task-scopes";
import type { TaskEventType } from "./task-events";
import { isDone, type TaskStatus } from "./task-status";

/** What is known of an occurrence today, as a task line or the read model gives it. */
export interface OccurrenceState {
  status: TaskStatus;
  pendingSubmission: boolean;
  pendingExtension: boolean;
  effectiveDueDate: string | null;
}

/**
 * What the actor may record on one occurrence now, in the order the buttons show: the lead agency
 * reports, submits and asks for more time; the office confirms or returns a submission, decides a
 * request and cancels. Nothing on a cancelled occurrence; nothing but a decision on a done one. The
 * web's buttons and the server's check (record-task-event.ts) both call this.
 */
export function allowedTaskEvents(actor: Actor, assignment: TaskAssignment, occurrence: OccurrenceState): TaskEventType[] {
  if (occurrence.status === "cancelled") return [];
  const done = isDone(occurrence.status);
  const actions: TaskEventType[] = [];
  if (!done) {
    if (canReportOnTask(actor, assignment, "progress")) actions.push("progress");
    if (!occurrence.pendingSubmission && canReportOnTask(actor, assignment, "submit")) actions.push("submit");
    if (!occurrence.pendingExtension && occurrence.effectiveDueDate !== null && canReportOnTask(actor, assignment, "extension"))
      actions.push("extension-request");
  }
  if (canManageTasks(actor)) {
    if (occurrence.pendingSubmission) actions.push("confirm", "return");
    if (occurrence.pendingExtension) actions.push("extension-approve", "extension-reject");
    if (!done) actions.push("cancel");
  }
  return actions;
}
