import {
  type Actor,
  type AgencyScorecardRow,
  accountableBody,
  compareVi,
  type DateRange,
  emptyTally,
  type IsoDate,
  type ScorecardsResponse,
  type StatusCount,
  scorecard,
  type TaskStatus,
  tallyStatuses,
} from "@dondoc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { countTaskLinesAsOf, statusesAsOf, taskLinesAsOf, visibleTo } from "../tasks/occurrence-status";
import { reporterResolver } from "./obligations";
import { submissionScorecardTasks } from "./submission-scorecard";

type Row = { body: string | null; status: TaskStatus; extended: boolean; in_period: boolean; n: number };

/**
 * The bodies' scorecards for `period` as of `asOf`: tasks (task lines whose original due date is in
 * the period, by lead body) and report submissions (each period of an obligation a body had to
 * report) as separate tallies, and each body's task lines overdue as of `asOf` whatever their due
 * date. Task statuses are counted in SQL over the occurrence read model (`statusesAsOf`, the same
 * SQL as the dashboard), so any past date costs the same as today, and `tasksOverdue` is the
 * dashboard's own count (`countTaskLinesAsOf`). A task given to a person counts under the body the
 * person leads (`accountableBodyId`): the mapping is computed by the domain and joined in SQL.
 */
export async function agencyScorecards(db: Db, actor: Actor, period: DateRange, asOf: IsoDate): Promise<ScorecardsResponse> {
  const resolver = await reporterResolver(db, asOf);
  const registry = resolver.registry;
  const known = new Map(registry.agencies.map((a) => [a.id, a]));
  // a person's body (e.g. "Lãnh đạo UBND tỉnh" for a Vice-Chairman), by person id
  const personBody = new Map(
    registry.agencies.flatMap((a) => {
      const body = accountableBody({ agencyId: a.id, name: a.name, text: a.name }, known);
      return body.id !== null && body.id !== a.id ? [[a.id, body] as const] : [];
    }),
  );
  const bodyName = new Map([...personBody.values()].map((b) => [b.id, b.name]));
  const bodyOf = personBody.size
    ? sql`(values ${sql.join(
        [...personBody].map(([person, body]) => sql`(${person}, ${body.id})`),
        sql`, `,
      )}) as m(agency_id, body_id)`
    : sql`(select null::text as agency_id, null::text as body_id where false) m`;
  const lines = statusesAsOf(asOf, sql`${taskLinesAsOf(asOf)} and ${visibleTo(actor)}`);
  // each task line once per body (even when a person and the body it leads are both named); a line
  // whose lead is not resolved to an agency has body null
  const grouped = sql`select coalesce(m.body_id, a.agency_id) as body, x.status,
      (x.effective_due_date is distinct from x.due_date) as extended,
      (x.due_date between ${period.from}::date and ${period.to}::date) as in_period,
      count(distinct x.occurrence_id)::int as n
    from ${lines} x
    left join task_assignees a on a.task_id = x.task_id and a.role = 'lead' and a.agency_id is not null
    left join ${bodyOf} on m.agency_id = a.agency_id
    group by 1, 2, 3, 4`;
  const [result, counts, reports] = await Promise.all([
    db.execute(grouped),
    countTaskLinesAsOf(db, actor, asOf),
    submissionScorecardTasks(db, actor, period, asOf, resolver),
  ]);
  const rows = (result as unknown as { rows: Row[] }).rows.map((x) => ({
    ...x,
    n: Number(x.n),
    extended: Boolean(x.extended),
    inPeriod: Boolean(x.in_period),
  }));
  const taskCounts = new Map<string, StatusCount[]>();
  // every body with a task line (the page can show those without a task in the period), and its overdue ones whatever their due date
  const overdue = new Map<string, number>();
  let tasksOverdueWithoutBody = 0;
  for (const r of rows) {
    if (r.body === null) {
      if (r.status === "overdue") tasksOverdueWithoutBody += r.n;
      continue;
    }
    if (r.inPeriod) taskCounts.set(r.body, [...(taskCounts.get(r.body) ?? []), { status: r.status, extended: r.extended, count: r.n }]);
    overdue.set(r.body, (overdue.get(r.body) ?? 0) + (r.status === "overdue" ? r.n : 0));
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
  return { asOf, period, tasksOverdue: counts.byStatus.overdue, tasksOverdueWithoutBody, items, total: items.length };
}
