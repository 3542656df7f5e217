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
  const tasks: ScorecardTask[] = [];
  for (const o of obligations) {
    // a period is due after its cut-off ends: any period due in the range has its window start at most ~13 months before
    const from = addDays(range.from, -400);
    const to = range.to < asOf ? range.to : asOf;
    for (const p of obligationPeriods(o, from, to)) {
      if (p.dueDate < range.from || p.dueDate > range.to || p.cutoff.from > asOf) continue;
      for (const { agencyId } of await reporters.expected(o, p)) {
        if (!submissionsVisibleTo(actor, agencyId)) continue;
        const s = states.get(stateKey(o.id, p.period, agencyId));
        tasks.push({ leadAgencies: [agencyId], facts: submissionFacts(p.dueDate, s?.first.submittedOn ?? null, o.deadline.kind) });
      }
    }
  }
  return tasks;
}
