import { type Actor, allowedTaskEvents, type TaskEventType, type TaskLine } from "@dondoc/domain";

type Line = Pick<TaskLine, "status" | "leads" | "coordinators" | "pendingSubmission" | "pendingExtension" | "effectiveDueDate">;

/** The buttons of one occurrence: the domain's `allowedTaskEvents`, which the server also checks. */
export function taskActions(actor: Actor, line: Line): TaskEventType[] {
  const assignment = { leads: line.leads.map((p) => p.agencyId), coordinators: line.coordinators.map((p) => p.agencyId) };
  return allowedTaskEvents(actor, assignment, line);
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
