import { type Actor, accountableBody, addDays, type BodyStatusCount, type DateRange, type TaskStatus, taskStatuses } from "@dondoc/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies } from "../../db/schema";
import { countsOn } from "./interval-counts";
import { seesEveryTask, statusesAsOf, taskLinesAsOf, visibleTo } from "./occurrence-status";
import { parseLineKey } from "./task-counts";

/** Task lines of one accountable body and status, and whether extended and originally due in the period asked. */
export interface BodyCount extends BodyStatusCount {
  extended: boolean;
  /** false when no period was asked for */
  inPeriod: boolean;
}

export interface TaskCounts {
  byStatus: Record<TaskStatus, number>;
  /** each line once under each accountable body of its leads (`countByLeadAgency`) */
  byBody: BodyCount[];
  /** overdue lines with no lead resolved to an agency */
  overdueWithoutBody: number;
}

/**
 * The accountable body of a lead (`accountableBody`, domain): the domain maps each agency of the
 * registry once; the registry's persons become (person → body) rows, every other agency is its own
 * body, and a lead not resolved to an agency counts under its text as written (body id null).
 * `join`, `id` and `name` give it as SQL over `y` (a line and its lead), `of` in code.
 */
async function leadBody(db: Db) {
  const registry = await db
    .select({ id: agencies.id, name: agencies.name, kind: agencies.kind, shortName: agencies.shortName, parentId: agencies.parentId })
    .from(agencies);
  const known = new Map(registry.map((a) => [a.id, a]));
  const movedTo = new Map(
    registry.flatMap((a) => {
      const body = accountableBody({ agencyId: a.id, name: a.name, text: a.name }, known);
      return body.id !== a.id ? [[a.id, { id: body.id, name: body.name }] as const] : [];
    }),
  );
  const moved = [...movedTo].map(([agencyId, body]) => sql`(${agencyId}, ${body.id}, ${body.name})`);
  const map = moved.length
    ? sql`(values ${sql.join(moved, sql`, `)}) as m(agency_id, body_id, body)`
    : sql`(select null::text as agency_id, null::text as body_id, null::text as body where false) m`;
  return {
    join: sql`left join agencies g on g.id = y.agency_id left join ${map} on m.agency_id = y.agency_id`,
    id: sql`coalesce(m.body_id, y.agency_id)`,
    name: sql`coalesce(m.body, g.name, y.text)`,
    of(lead: { agencyId: string | null; text: string }): { id: string | null; name: string } {
      if (lead.agencyId === null) return { id: null, name: lead.text };
      const body = movedTo.get(lead.agencyId);
      return body ?? { id: lead.agencyId, name: known.get(lead.agencyId)?.name ?? lead.text };
    },
  };
}

/**
 * The one grouping of task lines by lead agency: the rows of `y` (one per task line and lead, with
 * occurrence_id, status, due_date, effective_due_date and the lead's agency_id and text) counted once
 * under each accountable body of their leads, by (body, status, extended, originally due in `period`).
 * The dashboard, the scorecards and the reports all read it.
 */
async function countByLeadAgency(db: Db, y: SQL, o: { period?: DateRange; statuses?: TaskStatus[] }): Promise<SQL> {
  const body = await leadBody(db);
  const inPeriod = o.period ? sql`coalesce(y.due_date between ${o.period.from}::date and ${o.period.to}::date, false)` : sql`false`;
  const statuses = o.statuses
    ? sql`where y.status in (${sql.join(
        o.statuses.map((s) => sql`${s}`),
        sql`, `,
      )})`
    : sql``;
  return sql`select 'body' as kind, y.status, ${body.id} as body_id, ${body.name} as body,
      (y.effective_due_date is distinct from y.due_date) as extended, ${inPeriod} as in_period, count(distinct y.occurrence_id)::int as n
    from ${y} y ${body.join}
    ${statuses}
    group by 2, 3, 4, 5, 6`;
}

/**
 * Task lines as of `asOf` (those `where` keeps too, over `o` and `t`) counted in SQL: the statuses
 * are computed once (a materialized CTE), then counted by status, by accountable body (every status,
 * or only `bodyStatuses`), and the overdue ones without a resolved lead.
 */
export async function countTaskLinesAsOf(
  db: Db,
  actor: Actor,
  asOf: string,
  o: { where?: SQL; period?: DateRange; bodyStatuses?: TaskStatus[] } = {},
): Promise<TaskCounts> {
  if (seesEveryTask(actor) && !o.where && (!o.period || wholeMonths(o.period))) return countTaskLinesKept(db, asOf, o);
  const lines = statusesAsOf(asOf, sql`${taskLinesAsOf(asOf)} and ${visibleTo(actor)} and ${o.where ?? sql`true`}`);
  // the lines joined to their leads once (a hash join over every lead), read by the grouping and by
  // the count of overdue lines with no resolved lead
  const byBody = await countByLeadAgency(db, sql`y`, { period: o.period, statuses: o.bodyStatuses });
  const r =
    await db.execute(sql`with x as materialized (select occurrence_id, task_id, status, due_date, effective_due_date from ${lines} l),
    y as materialized (select x.occurrence_id, x.status, x.due_date, x.effective_due_date, a.agency_id, a.text
      from x join task_assignees a on a.task_id = x.task_id and a.role = 'lead'
      ${
        o.bodyStatuses
          ? sql`where x.status in (${sql.join(
              [...new Set([...o.bodyStatuses, "overdue"])].map((st) => sql`${st}`),
              sql`, `,
            )})`
          : sql``
      })
    select 'status' as kind, status, null as body_id, null as body, false as extended, false as in_period, count(*)::int as n from x group by status
    union all
    ${byBody}
    union all
    select 'without-body', 'overdue', null, null, false, false,
      ((select count(*) from x where x.status = 'overdue') - count(distinct y.occurrence_id))::int
      from y where y.status = 'overdue' and y.agency_id is not null`);
  const rows = (
    r as unknown as {
      rows: {
        kind: string;
        status: TaskStatus;
        body_id: string | null;
        body: string | null;
        extended: boolean;
        in_period: boolean;
        n: number;
      }[];
    }
  ).rows;
  const byStatus = Object.fromEntries(taskStatuses.map((s) => [s, 0])) as Record<TaskStatus, number>;
  for (const row of rows) if (row.kind === "status") byStatus[row.status] = Number(row.n);
  return {
    byStatus,
    byBody: rows
      .filter((row) => row.kind === "body")
      .map((row) => ({
        bodyId: row.body_id,
        body: String(row.body),
        status: row.status,
        extended: Boolean(row.extended),
        inPeriod: Boolean(row.in_period),
        count: Number(row.n),
      })),
    overdueWithoutBody: Number(rows.find((row) => row.kind === "without-body")?.n ?? 0),
  };
}

/** Whether a period starts on a month's first day and ends on a month's last (the counts' buckets). */
const wholeMonths = (p: DateRange) => p.from.endsWith("-01") && addDays(p.to, 1).endsWith("-01") && p.from <= p.to;

/**
 * `countTaskLinesAsOf` for every task line from the counts the writers keep (the "lines" measure,
 * `task-counts.ts`): the same answer without scanning the lines (the property test
 * `task-counts.property.test.ts` compares both), for the actors who see every task, no other
 * condition and a period of whole months.
 */
async function countTaskLinesKept(db: Db, asOf: string, o: { period?: DateRange; bodyStatuses?: TaskStatus[] }): Promise<TaskCounts> {
  const [counts, body] = await Promise.all([
    countsOn(db, "lines", asOf, o.period ? { from: o.period.from.slice(0, 7), to: o.period.to.slice(0, 7) } : undefined),
    leadBody(db),
  ]);
  const byStatus = Object.fromEntries(taskStatuses.map((s) => [s, 0])) as Record<TaskStatus, number>;
  const grouped = new Map<string, BodyCount>();
  let overdueWithoutBody = 0;
  for (const [key, c] of counts) {
    const k = parseLineKey(key);
    byStatus[k.status] += c.n;
    if (k.status === "overdue" && k.leads.every((l) => l.agencyId === null)) overdueWithoutBody += c.n;
    if (o.bodyStatuses && !o.bodyStatuses.includes(k.status)) continue;
    const bodies = new Map(k.leads.map((l) => body.of(l)).map((b) => [JSON.stringify([b.id, b.name]), b]));
    for (const [bodyKey, b] of bodies)
      for (const [inPeriod, n] of [
        [true, c.inBuckets],
        [false, c.n - c.inBuckets],
      ] as const) {
        if (n === 0) continue;
        const g = `${bodyKey}\u0000${k.status}\u0000${k.extended}\u0000${inPeriod}`;
        const row = grouped.get(g) ?? { bodyId: b.id, body: b.name, status: k.status, extended: k.extended, inPeriod, count: 0 };
        row.count += n;
        grouped.set(g, row);
      }
  }
  return { byStatus, byBody: [...grouped.values()], overdueWithoutBody };
}
