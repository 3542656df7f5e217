import type { UserRow } from "../../api/users-api";

export type UserState = "active" | "disabled" | "locked" | "must-change-password";

/** What an admin needs to know about an account at a glance; an account may be locked and still owe a password change. */
export function userStates(user: Pick<UserRow, "disabled" | "lockedUntil" | "mustChangePassword">, now: Date): UserState[] {
  const states: UserState[] = [];
  if (user.disabled) states.push("disabled");
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now.getTime()) states.push("locked");
  if (user.mustChangePassword) states.push("must-change-password");
  return states.length > 0 ? states : ["active"];
}

/** Agency officers and investors act for one agency (their tasks, their zones); the others may have one. */
export function roleNeedsAgency(role: string | undefined): boolean {
  return role === "agency" || role === "investor";
}
