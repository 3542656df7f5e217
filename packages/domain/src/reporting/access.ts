import type { Actor } from "../access/scopes";

/** Who sees every reporter's submission for a period: the recipient agency, the office, leaders, admins. */
export function canSeePeriodSubmissions(actor: Actor, obligation: { recipientAgencyId: string }): boolean {
  if (actor.role === "admin" || actor.role === "leader" || actor.role === "office") return true;
  return actor.agencyId !== null && actor.agencyId === obligation.recipientAgencyId;
}

/** Who submits for a period: an officer of an expected reporter agency (agencies and investors). */
export function canSubmitReport(actor: Actor, expectedReporters: readonly string[]): boolean {
  if (actor.role !== "agency" && actor.role !== "investor") return false;
  return actor.agencyId !== null && expectedReporters.includes(actor.agencyId);
}

/** Whose rows a scorecard of submissions holds: everyone's for the office, leaders, admins; else one's own. */
export function submissionsVisibleTo(actor: Actor, reporterAgencyId: string): boolean {
  if (actor.role === "admin" || actor.role === "leader" || actor.role === "office") return true;
  return actor.agencyId !== null && actor.agencyId === reporterAgencyId;
}
