import { type Actor, canManageTasks, canReportOnTask, isDone, type TaskEventType, type TaskLine } from "@dondoc/domain";

type Line = Pick<TaskLine, "status" | "leads" | "coordinators" | "pendingSubmission" | "pendingExtension" | "effectiveDueDate">;

/**
 * What the account may record on one occurrence now, in the order the buttons show: the lead
 * agency reports, submits and asks for more time; the office confirms or returns a submission,
 * decides a request and cancels. The server applies the same rules (record-task-event.ts).
 */
export function taskActions(actor: Actor, line: Line): TaskEventType[] {
  if (line.status === "cancelled") return [];
  const done = isDone(line.status);
  const assignment = { leads: line.leads.map((p) => p.agencyId), coordinators: line.coordinators.map((p) => p.agencyId) };
  const actions: TaskEventType[] = [];
  if (!done) {
    if (canReportOnTask(actor, assignment, "progress")) actions.push("progress");
    if (!line.pendingSubmission && canReportOnTask(actor, assignment, "submit")) actions.push("submit");
    if (!line.pendingExtension && line.effectiveDueDate !== null && canReportOnTask(actor, assignment, "extension"))
      actions.push("extension-request");
  }
  if (canManageTasks(actor)) {
    if (line.pendingSubmission) actions.push("confirm", "return");
    if (line.pendingExtension) actions.push("extension-approve", "extension-reject");
    if (!done) actions.push("cancel");
  }
  return actions;
}

/** The fields each kind of entry asks for. */
export function eventFields(type: TaskEventType): {
  text: "required" | "optional";
  percent: boolean;
  completedOn: boolean;
  newDueDate: boolean;
  files: boolean;
} {
  switch (type) {
    case "progress":
      return { text: "required", percent: true, completedOn: false, newDueDate: false, files: true };
    case "submit":
      return { text: "optional", percent: false, completedOn: true, newDueDate: false, files: true };
    case "extension-request":
      return { text: "required", percent: false, completedOn: false, newDueDate: true, files: true };
    case "return":
      return { text: "required", percent: false, completedOn: false, newDueDate: false, files: false };
    case "confirm":
    case "extension-approve":
    case "extension-reject":
    case "cancel":
      return { text: "optional", percent: false, completedOn: false, newDueDate: false, files: false };
    default: {
      const unknown: never = type;
      throw new Error(`unknown event ${String(unknown)}`);
    }
  }
}
