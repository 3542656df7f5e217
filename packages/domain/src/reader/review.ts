import { z } from "zod";
import type { DeadlineRule } from "../deadlines/deadline-rule";
import { foldVi } from "../shared/vi-text";
import { documentProposalSchema, type ProposedTask, proposedTaskSchema } from "./types";

/**
 * Review rules shared by the web (what it shows and asks) and the server (what it refuses): a name
 * the registry does not know must be resolved or kept explicitly "ngoài danh mục"; the one summary
 * asked before confirming; when two documents carry mostly the same tasks.
 */

/** A proposed task as reviewed: `outsideRegistry` lists the written names the reviewer keeps outside the registry. */
export const reviewedTaskSchema = proposedTaskSchema.extend({ outsideRegistry: z.array(z.string().max(500)).max(50).optional() });
export type ReviewedTask = z.infer<typeof reviewedTaskSchema>;
export const reviewedProposalSchema = documentProposalSchema.extend({ tasks: z.array(reviewedTaskSchema) });
export type ReviewedProposal = z.infer<typeof reviewedProposalSchema>;

type Names = Pick<ReviewedTask, "lead" | "coordinators" | "leadResolved" | "coordinatorsResolved" | "outsideRegistry">;

/** The written names of a task that are neither resolved to an agency nor kept outside the registry. */
export function undecidedNames(task: Names): string[] {
  const outside = new Set(task.outsideRegistry ?? []);
  return [
    ...task.lead.filter((name, j) => !task.leadResolved[j] && !outside.has(name)),
    ...task.coordinators.filter((name, j) => !task.coordinatorsResolved[j] && !outside.has(name)),
  ];
}

/** What confirming will create: N tasks, M distinct agencies, K names kept outside the registry. */
export function reviewSummary(p: { tasks: Names[] }): { tasks: number; agencies: number; outside: number } {
  const agencies = new Set<string>();
  let outside = 0;
  for (const t of p.tasks) {
    for (const r of [...t.leadResolved, ...t.coordinatorsResolved]) if (r) agencies.add(r.agencyId);
    const kept = new Set(t.outsideRegistry ?? []);
    const unresolved = [...t.lead.filter((_, j) => !t.leadResolved[j]), ...t.coordinators.filter((_, j) => !t.coordinatorsResolved[j])];
    outside += unresolved.filter((n) => kept.has(n)).length;
  }
  return { tasks: p.tasks.length, agencies: agencies.size, outside };
}

/** A task by what the benchmark matches on: its leads (agency, else the name as written) and its deadline. */
export function taskMatchKey(leads: { agencyId: string | null; text: string }[], deadline: DeadlineRule): string {
  const who = leads.map((l) => l.agencyId ?? `~${foldVi(l.text)}`).sort();
  return `${who.join("+")}|${deadline.kind}:${deadline.value ?? ""}`;
}

export function proposedTaskKey(task: Pick<ProposedTask, "lead" | "leadResolved" | "deadline">): string {
  return taskMatchKey(
    task.lead.map((text, j) => ({ text, agencyId: task.leadResolved[j]?.agencyId ?? null })),
    task.deadline,
  );
}

/** Two documents carry "most of the same tasks" when at least 60 % of the new one's (and at least 3) are found in the other. */
export function mostlySameTasks(proposed: string[], recorded: string[]): boolean {
  if (proposed.length < 3 || recorded.length === 0) return false;
  const left = new Map<string, number>();
  for (const k of recorded) left.set(k, (left.get(k) ?? 0) + 1);
  let shared = 0;
  for (const k of proposed) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      shared++;
      left.set(k, n - 1);
    }
  }
  return shared >= 3 && shared / proposed.length >= 0.6;
}

/** Why an uploaded document repeats one already recorded. */
export type DuplicateReason = "number" | "text" | "tasks";
/** A document already recorded that the uploaded one repeats, and why (server answer, web warning). */
export interface DuplicateDocument {
  documentId: string;
  type: string;
  number: string | null;
  issuedOn: string | null;
  title: string;
  reasons: DuplicateReason[];
}
