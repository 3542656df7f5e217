import { accountableBody, type BodyAgency, compareVi, type TaskLine } from "@dondoc/domain";

export interface AgencyGroup {
  /** the accountable body's id (an agency, or "lanh-dao:ubnd-tinh"), or null for leads the office has not resolved yet ("UBND các xã có dự án") */
  agencyId: string | null;
  name: string;
  lines: TaskLine[];
  /** the most days late in the group */
  maxDaysLate: number;
}

/**
 * The overdue board: each line under every accountable body of its leads (a task led by two agencies
 * is late for both; a task given to a person is late for the body the person leads, as on the
 * dashboard, in the reports and the scorecards: domain `accountableBody`, with the registry
 * `agencies`), unresolved leads together at the end. Groups with more late tasks come first; inside
 * a group, the latest task first.
 */
export function groupByLeadAgency(lines: readonly TaskLine[], agencies: ReadonlyMap<string, BodyAgency> = new Map()): AgencyGroup[] {
  const groups = new Map<string, AgencyGroup>();
  const UNRESOLVED = "\u0000unresolved";
  for (const line of lines) {
    const seen = new Set<string>();
    const leads = line.leads.length > 0 ? line.leads : [{ text: "", agencyId: null, name: null }];
    for (const lead of leads) {
      const body = lead.agencyId ? accountableBody(lead, agencies) : null;
      const key = body?.id ?? UNRESOLVED;
      if (seen.has(key)) continue;
      seen.add(key);
      let group = groups.get(key);
      if (!group) {
        group = { agencyId: body?.id ?? null, name: body?.name ?? "", lines: [], maxDaysLate: 0 };
        groups.set(key, group);
      }
      group.lines.push(line);
      group.maxDaysLate = Math.max(group.maxDaysLate, line.daysLate);
    }
  }
  for (const group of groups.values()) group.lines.sort((a, b) => b.daysLate - a.daysLate || a.occurrenceId - b.occurrenceId);
  return [...groups.values()].sort((a, b) => {
    if ((a.agencyId === null) !== (b.agencyId === null)) return a.agencyId === null ? 1 : -1;
    return b.lines.length - a.lines.length || b.maxDaysLate - a.maxDaysLate || compareVi(a.name, b.name);
  });
}
