import type { Actor } from "./scopes";

/** Whom a task is assigned to, as the access rules need it. */
export interface TaskAssignment {
  leads: (string | null)[];
  coordinators: (string | null)[];
}

/** Leaders, the office and admins see every task; others the tasks their agency leads or coordinates. */
export function canSeeTask(actor: Actor, task: TaskAssignment): boolean {
  if (actor.role === "admin" || actor.role === "leader" || actor.role === "office") return true;
  if (actor.role === "public" || actor.agencyId === null) return false;
  return task.leads.includes(actor.agencyId) || task.coordinators.includes(actor.agencyId);
}

/**
 * Progress may be reported by the lead and coordinating agencies; completion is submitted and an
 * extension asked for by a lead agency only. The office confirms (canManageTasks).
 */
export function canReportOnTask(actor: Actor, task: TaskAssignment, what: "progress" | "submit" | "extension"): boolean {
  if (actor.role === "admin") return true;
  if ((actor.role !== "agency" && actor.role !== "investor") || actor.agencyId === null) return false;
  if (task.leads.includes(actor.agencyId)) return true;
  return what === "progress" && task.coordinators.includes(actor.agencyId);
}

export function canManageTasks(actor: Actor): boolean {
  return actor.role === "admin" || actor.role === "office";
}
