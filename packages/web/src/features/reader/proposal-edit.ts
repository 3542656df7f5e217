import { type DeadlineKind, type DeadlineRule, deadlineRuleSchema, reader } from "@dondoc/domain";

type Proposal = reader.ReviewedProposal;
type Task = reader.ReviewedTask;
export type AssigneeRole = "lead" | "coordinators";
const resolvedKey = { lead: "leadResolved", coordinators: "coordinatorsResolved" } as const;

/** Edits of the reviewed proposal, as pure functions: each returns a new proposal and leaves the old one as it was. */

export function setHeader(p: Proposal, patch: Partial<Omit<Proposal, "tasks" | "meetings">>): Proposal {
  return { ...p, ...patch };
}

export function setTask(p: Proposal, index: number, patch: Partial<Task>): Proposal {
  return { ...p, tasks: p.tasks.map((t, i) => (i === index ? { ...t, ...patch } : t)) };
}

export function removeTask(p: Proposal, index: number): Proposal {
  return { ...p, tasks: p.tasks.filter((_, i) => i !== index) };
}

export function setMeeting(p: Proposal, index: number, patch: Partial<reader.ProposedMeeting>): Proposal {
  return { ...p, meetings: p.meetings.map((m, i) => (i === index ? { ...m, ...patch } : m)) };
}

export function removeMeeting(p: Proposal, index: number): Proposal {
  return { ...p, meetings: p.meetings.filter((_, i) => i !== index) };
}

/** Resolves (or un-resolves, with null) the j-th lead or coordinator of a task to a registry agency; the written name stays. */
export function resolveAssignee(
  p: Proposal,
  index: number,
  role: AssigneeRole,
  j: number,
  agency: { id: string; name: string } | null,
): Proposal {
  const task = p.tasks[index];
  if (!task) return p;
  const text = task[role][j];
  if (text === undefined) return p;
  const resolved = [...task[resolvedKey[role]]];
  while (resolved.length < task[role].length) resolved.push(null);
  resolved[j] = agency ? { text, agencyId: agency.id, name: agency.name } : null;
  return setTask(p, index, { [resolvedKey[role]]: resolved });
}

/** Adds an agency the reader missed, already resolved. */
export function addAssignee(p: Proposal, index: number, role: AssigneeRole, agency: { id: string; name: string }): Proposal {
  const task = p.tasks[index];
  if (!task) return p;
  const resolved = [...task[resolvedKey[role]]];
  while (resolved.length < task[role].length) resolved.push(null);
  return setTask(p, index, {
    [role]: [...task[role], agency.name],
    [resolvedKey[role]]: [...resolved, { text: agency.name, agencyId: agency.id, name: agency.name }],
  });
}

export function removeAssignee(p: Proposal, index: number, role: AssigneeRole, j: number): Proposal {
  const task = p.tasks[index];
  if (!task) return p;
  return setTask(p, index, {
    [role]: task[role].filter((_, k) => k !== j),
    [resolvedKey[role]]: task[resolvedKey[role]].filter((_, k) => k !== j),
  });
}

/** How many names of the proposal the reviewer still has to resolve or keep outside the registry. */
export function unresolvedCount(p: Proposal): number {
  return p.tasks.reduce((n, t) => n + reader.undecidedNames(t).length, 0);
}

/** Keeps (or no longer keeps) a written name of a task as "ngoài danh mục": recorded as written, without an agency. */
export function keepOutside(p: Proposal, index: number, name: string, keep: boolean): Proposal {
  const task = p.tasks[index];
  if (!task) return p;
  const others = (task.outsideRegistry ?? []).filter((n) => n !== name);
  return setTask(p, index, { outsideRegistry: keep ? [...others, name] : others });
}

/**
 * A rule of another kind, keeping what can be kept: 30/09/2026 becomes "2026-09", "2026-Q3" or "2026";
 * kinds without a value get null; anything else starts empty and must be filled in.
 */
export function changeDeadlineKind(rule: DeadlineRule, kind: DeadlineKind): DeadlineRule {
  const value = typeof rule.value === "string" ? rule.value : "";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
  const month = date?.slice(0, 7) ?? (/^\d{4}-\d{2}$/.test(value) ? value : null);
  const year = month?.slice(0, 4) ?? (/^\d{4}/.test(value) ? value.slice(0, 4) : null);
  const next = (v: string | null) => ({ kind, value: v }) as DeadlineRule;
  switch (kind) {
    case "date":
      return next(date ?? "");
    case "month":
      return next(month ?? "");
    case "quarter":
      return next(month ? `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}` : /^\d{4}-Q[1-4]$/.test(value) ? value : "");
    case "year":
      return next(year ?? "");
    case "recurring-yearly":
      return next(date ? date.slice(5) : "");
    case "recurring-quarterly":
    case "asap":
    case "continuous":
    case "none":
      return next(null);
    case "recurring-weekly":
    case "recurring-monthly":
    case "working-days-after":
      return next("");
    default: {
      const unknown: never = kind;
      throw new Error(`unknown deadline kind ${String(unknown)}`);
    }
  }
}

/** Is the rule complete and valid (the domain's schema: a real date, a quarter "2026-Q3", a day 1–31…)? */
export function ruleIsValid(rule: DeadlineRule): boolean {
  return deadlineRuleSchema.safeParse(rule).success;
}

export interface Problem {
  /** which field: the header's docType, title, issuer, or a task's summary or deadline */
  field: "docType" | "title" | "issuer" | "summary" | "deadline" | "undecided";
  /** the task's index, for task fields */
  task?: number;
  /** the written name still undecided (resolve it or keep it "ngoài danh mục") */
  name?: string;
}

/** What keeps the proposal from being confirmed (the server checks the same): the header's required fields, each task's text and deadline, every name resolved or kept outside the registry. */
export function proposalProblems(p: Proposal): Problem[] {
  const problems: Problem[] = [];
  for (const field of ["docType", "title", "issuer"] as const) if (!p[field]?.trim()) problems.push({ field });
  p.tasks.forEach((t, i) => {
    if (!t.summary.trim()) problems.push({ field: "summary", task: i });
    if (!ruleIsValid(t.deadline)) problems.push({ field: "deadline", task: i });
    for (const name of reader.undecidedNames(t)) problems.push({ field: "undecided", task: i, name });
  });
  return problems;
}
