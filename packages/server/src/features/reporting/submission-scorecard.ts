import {
  type Actor,
  addDays,
  type DateRange,
  type IsoDate,
  obligationPeriods,
  type ScorecardTask,
  submissionFacts,
  submissionsVisibleTo,
} from "@dondoc/domain";
import type { Db } from "../../db/client";
import { type ReporterResolver, readObligations, readSubmissionStates, stateKey } from "./obligations";

/**
 * Each (obligation, period, reporter) whose due date falls in `range`, as the scorecard counts a
 * task: due on the period's due date, done on the first submission's date (recorded by the end of
 * `asOf`). An agency that never submits shows these as overdue. Only periods that had begun by
 * `asOf` (their cut-off window opened); agencies see their own rows, the office, leaders and admins
 * every row.
 */
export async function submissionScorecardTasks(
  db: Db,
  actor: Actor,
  range: DateRange,
  asOf: IsoDate,
  reporters: ReporterResolver,
): Promise<ScorecardTask[]> {
  const [obligations, states] = await Promise.all([readObligations(db, { activeOnly: true }), readSubmissionStates(db, asOf)]);
  const periods = obligations.flatMap((o) => {
    // a period is due after its cut-off ends: any period due in the range has its window start at most ~13 months before
    const to = range.to < asOf ? range.to : asOf;
    return obligationPeriods(o, addDays(range.from, -400), to)
      .filter((p) => p.dueDate >= range.from && p.dueDate <= range.to && p.cutoff.from <= asOf)
      .map((p) => ({ o, p }));
  });
  // the reporters of every period at once: the open tasks of distinct dates are read concurrently
  const expected = await Promise.all(periods.map(({ o, p }) => reporters.expected(o, p)));
  const tasks: ScorecardTask[] = [];
  for (const [i, { o, p }] of periods.entries()) {
    for (const { agencyId } of expected[i] ?? []) {
      if (!submissionsVisibleTo(actor, agencyId)) continue;
      const s = states.get(stateKey(o.id, p.period, agencyId));
      tasks.push({ leadAgencies: [agencyId], facts: submissionFacts(p.dueDate, s?.first.submittedOn ?? null, o.deadline.kind) });
    }
  }
  return tasks;
}
