import type { DocumentProposal, ProposedTask } from "../types";

/**
 * Compares a proposal with a golden fixture (`shared/fixtures/seed-tasks/*.json`), field by field.
 * Tasks are aligned in document order on their lead sets (longest common subsequence), so one
 * missed or invented task does not shift every comparison after it.
 */

export interface FixtureRule {
  kind: string;
  value: string | null;
  inferred?: string;
}

export interface FixtureTask {
  lead: string[];
  coordinators: string[];
  subject: string;
  deadlineText: string | null;
  deadline: FixtureRule;
}

export interface FixtureMeeting {
  date: string;
  time?: string;
  place?: string;
  chair?: string;
}

export interface Fixture {
  docType: string;
  number: string | null;
  issuedOn: string | null;
  issuer: string;
  signer: string;
  meetings: FixtureMeeting[];
  tasks: FixtureTask[];
}

export interface Score {
  /** field → [matched, total] */
  fields: Record<string, [number, number]>;
  /** "task 4 deadline: expected {…}, got {…}" */
  mismatches: string[];
  precision: number;
  recall: number;
}

const HEADER_FIELDS = ["docType", "number", "issuedOn", "issuer", "signer"] as const;
const TASK_FIELDS = ["lead", "coordinators", "subject", "deadline", "deadlineText"] as const;
type TaskField = (typeof TASK_FIELDS)[number];

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** kind and value must match; the reader may add `before`; `inferred` must match when the fixture has it. */
export function sameDeadline(expected: FixtureRule, actual: ProposedTask["deadline"]): boolean {
  if (expected.kind !== actual.kind || expected.value !== actual.value) return false;
  return expected.inferred === undefined || expected.inferred === actual.inferred;
}

function fieldMatches(field: TaskField, expected: FixtureTask, actual: ProposedTask): boolean {
  switch (field) {
    case "lead":
      return sameSet(expected.lead, actual.lead);
    case "coordinators":
      return sameSet(expected.coordinators, actual.coordinators);
    case "subject":
      return expected.subject === actual.subject;
    case "deadline":
      return sameDeadline(expected.deadline, actual.deadline);
    case "deadlineText":
      return expected.deadlineText === actual.deadlineText;
  }
}

/** Pairs of (fixture index, proposal index) with equal lead sets, in order. */
export function alignTasks(expected: FixtureTask[], actual: ProposedTask[]): [number, number][] {
  const n = expected.length;
  const m = actual.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as number[];
      const same = sameSet(expected[i]?.lead ?? [], actual[j]?.lead ?? []);
      row[j] = same ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (sameSet(expected[i]?.lead ?? [], actual[j]?.lead ?? [])) pairs.push([i++, j++]);
    else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

export function scoreProposal(proposal: DocumentProposal, fixture: Fixture): Score {
  const fields: Record<string, [number, number]> = {};
  const mismatches: string[] = [];
  const count = (field: string, ok: boolean, detail: () => string) => {
    const [matched, total] = fields[field] ?? [0, 0];
    fields[field] = [matched + (ok ? 1 : 0), total + 1];
    if (!ok) mismatches.push(detail());
  };
  for (const field of HEADER_FIELDS) {
    count(
      field,
      proposal[field] === fixture[field],
      () => `${field}: expected ${JSON.stringify(fixture[field])}, got ${JSON.stringify(proposal[field])}`,
    );
  }
  fixture.meetings.forEach((expected, i) => {
    const actual = proposal.meetings[i];
    for (const field of ["date", "time", "place", "chair"] as const) {
      if (expected[field] === undefined) continue;
      count(
        `meeting.${field}`,
        actual?.[field] === expected[field],
        () => `meeting ${i + 1} ${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(actual?.[field])}`,
      );
    }
  });
  const pairs = alignTasks(fixture.tasks, proposal.tasks);
  fixture.tasks.forEach((expected, i) => {
    const j = pairs.find(([fi]) => fi === i)?.[1];
    const actual = j === undefined ? undefined : proposal.tasks[j];
    for (const field of TASK_FIELDS) {
      const ok = actual !== undefined && fieldMatches(field, expected, actual);
      count(`task.${field}`, ok, () =>
        actual
          ? `task ${i + 1} ${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(actual[field])}`
          : `task ${i + 1} ${field}: not found`,
      );
    }
  });
  proposal.tasks.forEach((_, j) => {
    if (!pairs.some(([, pj]) => pj === j)) mismatches.push(`invented task: ${JSON.stringify(proposal.tasks[j]?.lead)}`);
  });
  const found = pairs.filter(([i, j]) => {
    const e = fixture.tasks[i];
    const a = proposal.tasks[j];
    return e && a && sameDeadline(e.deadline, a.deadline);
  }).length;
  return {
    fields,
    mismatches,
    precision: proposal.tasks.length === 0 ? 0 : found / proposal.tasks.length,
    recall: fixture.tasks.length === 0 ? 1 : found / fixture.tasks.length,
  };
}

export function accuracy(score: Score): number {
  const [matched, total] = Object.values(score.fields).reduce(([m, t], [fm, ft]) => [m + fm, t + ft], [0, 0]);
  return total === 0 ? 1 : matched / total;
}
