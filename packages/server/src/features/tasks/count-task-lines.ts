import { type Actor, accountableBody, type BodyStatusCount, type DateRange, type TaskStatus, taskStatuses } from "@dondoc/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies } from "../../db/schema";
import { statusesAsOf, taskLinesAsOf, visibleTo } from "./occurrence-status";

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
 * The accountable body of a lead (`accountableBody`, domain) as SQL over `a` (task_assignees):
 * `body_id` and `body` columns. The domain maps each agency of the registry once; the registry's
 * persons become (person → body) rows joined here, every other agency is its own body, and a lead not
 * resolved to an agency counts under its text as written (body id null). Over `y` (a line and its lead).
 */
async function leadBody(db: Db): Promise<{ join: SQL; id: SQL; name: SQL }> {
  const registry = await db
    .select({ id: agencies.id, name: agencies.name, kind: agencies.kind, shortName: agencies.shortName, parentId: agencies.parentId })
    .from(agencies);
  const known = new Map(registry.map((a) => [a.id, a]));
  const moved = registry.flatMap((a) => {
    const body = accountableBody({ agencyId: a.id, name: a.name, text: a.name }, known);
    return body.id !== a.id ? [sql`(${a.id}, ${body.id}, ${body.name})`] : [];
  });
  const map = moved.length
    ? sql`(values ${sql.join(moved, sql`, `)}) as m(agency_id, body_id, body)`
    : sql`(select null::text as agency_id, null::text as body_id, null::text as body where false) m`;
  return {
    join: sql`left join agencies g on g.id = y.agency_id left join ${map} on m.agency_id = y.agency_id`,
    id: sql`coalesce(m.body_id, y.agency_id)`,
    name: sql`coalesce(m.body, g.name, y.text)`,
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
  const inPeriod = o.period ? sql`(y.due_date between ${o.period.from}::date and ${o.period.to}::date)` : sql`false`;
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
