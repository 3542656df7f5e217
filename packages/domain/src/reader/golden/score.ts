import { foldVi } from "../../shared/vi-text";
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

/** A hand-labelled task of the development corpus (`golden/corpus/*.json`). */
export interface LabelledTask {
  lead: string[];
  coordinators: string[];
  deadline: FixtureRule;
}

export interface TaskScore {
  expected: number;
  proposed: number;
  /** Pairs with the same leads and the same deadline. */
  found: number;
  fields: Record<"lead" | "coordinators" | "deadline", [number, number]>;
  mismatches: string[];
}

/** Names compare without case, diacritics or punctuation: "Sở Tài chính" = "sở tài chính". */
const nameKey = (name: string) => foldVi(name).replace(/[^a-z0-9]+/g, " ").trim();
const sameNames = (a: string[], b: string[]) => sameSet(a.map(nameKey), b.map(nameKey));

/**
 * Scores proposed tasks against labelled ones by (leads, deadline): tasks are aligned on their
 * lead sets in document order; a pair counts as found when its deadline matches too. Field
 * accuracy is over the labelled tasks (a missed task misses every field).
 */
export function scoreTasks(expected: LabelledTask[], actual: ProposedTask[]): TaskScore {
  const norm = (tasks: { lead: string[] }[]) => tasks.map((t) => ({ ...t, lead: t.lead.map(nameKey) }));
  const pairs = alignTasks(norm(expected) as FixtureTask[], norm(actual) as ProposedTask[]);
  const fields: TaskScore["fields"] = { lead: [0, 0], coordinators: [0, 0], deadline: [0, 0] };
  const mismatches: string[] = [];
  let found = 0;
  expected.forEach((e, i) => {
    const j = pairs.find(([fi]) => fi === i)?.[1];
    const a = j === undefined ? undefined : actual[j];
    const checks = {
      lead: a !== undefined && sameNames(e.lead, a.lead),
      coordinators: a !== undefined && sameNames(e.coordinators, a.coordinators),
      deadline: a !== undefined && sameDeadline(e.deadline, a.deadline),
    };
    for (const [field, ok] of Object.entries(checks) as [keyof TaskScore["fields"], boolean][]) {
      fields[field][0] += ok ? 1 : 0;
      fields[field][1] += 1;
    }
    if (checks.lead && checks.deadline) found++;
    if (!a) mismatches.push(`task ${i + 1} ${JSON.stringify(e.lead)}: not found`);
    else {
      if (!checks.deadline) mismatches.push(`task ${i + 1} deadline: expected ${JSON.stringify(e.deadline)}, got ${JSON.stringify(a.deadline)}`);
      if (!checks.coordinators)
        mismatches.push(`task ${i + 1} coordinators: expected ${JSON.stringify(e.coordinators)}, got ${JSON.stringify(a.coordinators)}`);
    }
  });
  actual.forEach((a, j) => {
    if (!pairs.some(([, pj]) => pj === j)) mismatches.push(`invented task: ${JSON.stringify(a.lead)}`);
  });
  return { expected: expected.length, proposed: actual.length, found, fields, mismatches };
}

export function prf(found: number, proposed: number, expected: number): { precision: number; recall: number; f1: number } {
  const precision = proposed === 0 ? (expected === 0 ? 1 : 0) : found / proposed;
  const recall = expected === 0 ? 1 : found / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
