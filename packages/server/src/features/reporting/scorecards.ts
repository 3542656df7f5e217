import {
  type Actor,
  type AgencyScorecardRow,
  accountableBodyId,
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
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { countTaskLinesAsOf, statusesAsOf, taskLinesAsOf, visibleTo } from "../tasks/occurrence-status";
import { readRegistry } from "./obligations";
import { submissionScorecardTasks } from "./submission-scorecard";

type Row = { body: string; status: TaskStatus; extended: boolean; n: number };

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
  const registry = await readRegistry(db);
  const known = new Map(registry.agencies.map((a) => [a.id, a]));
  const persons = registry.agencies.filter((a) => accountableBodyId(a.id, known) !== a.id);
  const bodyOf = persons.length
    ? sql`(values ${sql.join(
        persons.map((p) => sql`(${p.id}, ${accountableBodyId(p.id, known)})`),
        sql`, `,
      )}) as m(agency_id, body_id)`
    : sql`(select null::text as agency_id, null::text as body_id where false) m`;
  const lines = (extra: SQL) => statusesAsOf(asOf, sql`${taskLinesAsOf(asOf)} and ${visibleTo(actor)} and ${extra}`);
  // each task line once per body, even when a person and the body it leads are both named
  const byBody = (x: SQL) => sql`select coalesce(m.body_id, a.agency_id) as body, x.status,
      (x.effective_due_date is distinct from x.due_date) as extended, count(distinct x.occurrence_id)::int as n
    from ${x} x
    join task_assignees a on a.task_id = x.task_id and a.role = 'lead' and a.agency_id is not null
    left join ${bodyOf} on m.agency_id = a.agency_id
    group by 1, 2, 3`;
  const [inPeriod, allLines, unassigned, counts, reports] = await Promise.all([
    db.execute(byBody(lines(sql`o.due_date between ${period.from}::date and ${period.to}::date`))),
    db.execute(byBody(lines(sql`true`))),
    db.execute(sql`select count(*)::int as n from ${lines(sql`true`)} x where x.status = 'overdue' and not exists (
      select 1 from task_assignees a where a.task_id = x.task_id and a.role = 'lead' and a.agency_id is not null)`),
    countTaskLinesAsOf(db, actor, asOf),
    submissionScorecardTasks(db, actor, period, asOf),
  ]);
  const rowsOf = (r: unknown) => (r as { rows: Row[] }).rows.map((x) => ({ ...x, n: Number(x.n), extended: Boolean(x.extended) }));
  const taskCounts = new Map<string, StatusCount[]>();
  for (const r of rowsOf(inPeriod))
    taskCounts.set(r.body, [...(taskCounts.get(r.body) ?? []), { status: r.status, extended: r.extended, count: r.n }]);
  // every body with a task line (the page can show those without a task in the period), and its overdue ones whatever their due date
  const overdue = new Map<string, number>();
  for (const r of rowsOf(allLines)) overdue.set(r.body, (overdue.get(r.body) ?? 0) + (r.status === "overdue" ? r.n : 0));
  const reportCards = new Map(scorecard(reports.tasks, period, asOf).map(({ agency, ...tally }) => [agency, tally]));
  const bodies = new Set([...taskCounts.keys(), ...overdue.keys(), ...reportCards.keys()]);
  const items: AgencyScorecardRow[] = [...bodies]
    .map((agency) => ({
      agency,
      agencyName: registry.names.get(agency) ?? agency,
      tasks: tallyStatuses(taskCounts.get(agency) ?? []),
      tasksOverdueNow: overdue.get(agency) ?? 0,
      reports: reportCards.get(agency) ?? emptyTally,
    }))
    .sort((a, b) => compareVi(a.agencyName, b.agencyName));
  const tasksOverdueWithoutBody = Number((unassigned as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  return { asOf, period, tasksOverdue: counts.byStatus.overdue, tasksOverdueWithoutBody, items, total: items.length };
}
