import {
  type Actor,
  type AgencyScorecardRow,
  compareVi,
  type DateRange,
  emptyTally,
  type IsoDate,
  type ScorecardsResponse,
  type StatusCount,
  scorecard,
  tallyStatuses,
} from "@dondoc/domain";
import type { Db } from "../../db/client";
import { countTaskLinesAsOf } from "../tasks/count-task-lines";
import { reporterResolver } from "./obligations";
import { submissionScorecardTasks } from "./submission-scorecard";

/**
 * The bodies' scorecards for `period` as of `asOf`: tasks (task lines whose original due date is in
 * the period, by lead body) and report submissions (each period of an obligation a body had to
 * report) as separate tallies, and each body's task lines overdue as of `asOf` whatever their due
 * date. Task lines are counted in SQL over the occurrence read model by the dashboard's and the
 * reports' own count (`countTaskLinesAsOf`, one statement), so any past date costs the same as today
 * and `tasksOverdue` is the dashboard's number; a task given to a person counts under the body the
 * person leads (its one grouping by accountable body).
 */
export async function agencyScorecards(db: Db, actor: Actor, period: DateRange, asOf: IsoDate): Promise<ScorecardsResponse> {
  const resolver = await reporterResolver(db, asOf);
  const registry = resolver.registry;
  const [counts, reports] = await Promise.all([
    countTaskLinesAsOf(db, actor, asOf, { period }),
    submissionScorecardTasks(db, actor, period, asOf, resolver),
  ]);
  const bodyName = new Map(counts.byBody.flatMap((r) => (r.bodyId === null ? [] : [[r.bodyId, r.body] as const])));
  const taskCounts = new Map<string, StatusCount[]>();
  // every body with a task line (the page can show those without a task in the period), and its overdue ones whatever their due date
  const overdue = new Map<string, number>();
  for (const r of counts.byBody) {
    // a lead not resolved to an agency has no scorecard: its overdue lines are stated apart
    if (r.bodyId === null) continue;
    const body = r.bodyId;
    if (r.inPeriod) taskCounts.set(body, [...(taskCounts.get(body) ?? []), { status: r.status, extended: r.extended, count: r.count }]);
    overdue.set(body, (overdue.get(body) ?? 0) + (r.status === "overdue" ? r.count : 0));
  }
  const reportCards = new Map(scorecard(reports, period, asOf).map(({ agency, ...tally }) => [agency, tally]));
  const bodies = new Set([...taskCounts.keys(), ...overdue.keys(), ...reportCards.keys()]);
  const items: AgencyScorecardRow[] = [...bodies]
    .map((agency) => ({
      agency,
      agencyName: registry.names.get(agency) ?? bodyName.get(agency) ?? agency,
      tasks: tallyStatuses(taskCounts.get(agency) ?? []),
      tasksOverdueNow: overdue.get(agency) ?? 0,
      reports: reportCards.get(agency) ?? emptyTally,
    }))
    .sort((a, b) => compareVi(a.agencyName, b.agencyName));
  return {
    asOf,
    period,
    tasksOverdue: counts.byStatus.overdue,
    tasksOverdueWithoutBody: counts.overdueWithoutBody,
    items,
    total: items.length,
  };
}
