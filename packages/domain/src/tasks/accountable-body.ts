/**
 * The body a task assignee answers for: a person (a Vice-Chairman given a task by name) counts under
 * the body that person leads or sits in (`parentId`: "ubnd-tinh" for the provincial leaders), every
 * other agency under itself. Scorecards and the reporters of an obligation count bodies, never persons.
 */
export interface AssigneeAgency {
  id: string;
  kind: string;
  parentId: string | null;
}

export function accountableBodyId(agencyId: string, agencies: ReadonlyMap<string, AssigneeAgency>): string {
  const a = agencies.get(agencyId);
  return a && a.kind === "person" && a.parentId ? a.parentId : agencyId;
}
