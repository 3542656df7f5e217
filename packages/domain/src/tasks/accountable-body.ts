import type { TaskStatus } from "./task-status";

/**
 * The body a task's lead is counted under in reports and scorecards. A task a notice gives a named
 * person (004: "Giao đồng chí Đoàn Thanh Sơn, Phó Chủ tịch UBND tỉnh") is the duty of the body the
 * person leads or belongs to, never a row of its own: a member of a people's committee's leadership
 * counts under "Lãnh đạo UBND tỉnh", the head of the provincial office under the office.
 */
export interface BodyAgency {
  id: string;
  name: string;
  kind: string;
  shortName?: string | null;
  parentId: string | null;
}

export interface AccountableBody {
  /** the agency's id, or "lanh-dao:<committee id>" for a committee's leadership; null for an unresolved text */
  id: string | null;
  name: string;
}

/** The id prefix of a committee's leadership, a body that is not a registry agency ("lanh-dao:ubnd-tinh"). */
export const LEADERSHIP = "lanh-dao:";

export function accountableBody(
  lead: { agencyId: string | null; name: string | null; text: string },
  agencies: ReadonlyMap<string, BodyAgency>,
): AccountableBody {
  const agency = lead.agencyId ? agencies.get(lead.agencyId) : undefined;
  if (!agency) return { id: lead.agencyId, name: lead.name ?? lead.text };
  if (agency.kind !== "person") return { id: agency.id, name: agency.name };
  const parent = agency.parentId ? agencies.get(agency.parentId) : undefined;
  if (!parent) return { id: agency.id, name: agency.name };
  if (parent.kind === "people-committee") return { id: `${LEADERSHIP}${parent.id}`, name: `Lãnh đạo ${parent.shortName ?? parent.name}` };
  return { id: parent.id, name: parent.name };
}

/** The bodies a task counts under: each lead's body, once (a person and the body they lead count once). */
export function accountableBodies(
  leads: readonly { agencyId: string | null; name: string | null; text: string }[],
  agencies: ReadonlyMap<string, BodyAgency>,
): AccountableBody[] {
  const seen = new Map<string, AccountableBody>();
  for (const l of leads) {
    const body = accountableBody(l, agencies);
    seen.set(body.id ?? `text:${body.name}`, body);
  }
  return [...seen.values()];
}

/** The id of the body a registry agency counts under (`accountableBody`): itself, or its leadership's body for a person. */
export function accountableBodyId(agencyId: string, agencies: ReadonlyMap<string, BodyAgency>): string {
  return accountableBody({ agencyId, name: null, text: agencyId }, agencies).id ?? agencyId;
}

/**
 * Task lines counted under one accountable body with one status: each line once under each body of
 * `accountableBodies` (an unresolved lead under its text as written, `bodyId` null). The server counts
 * these in SQL with the mapping above; the dashboard, the reports and the scorecards read the same rows.
 */
export interface BodyStatusCount {
  bodyId: string | null;
  body: string;
  status: TaskStatus;
  count: number;
}
