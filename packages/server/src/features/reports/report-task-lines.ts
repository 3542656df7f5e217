import {
  type Actor,
  type CountedTaskLines,
  endOfVietnamDay,
  isInReportScope,
  OVERDUE_LISTED,
  type ReportScope,
  type TaskLine,
} from "@dondoc/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { countTaskLinesAsOf } from "../tasks/count-task-lines";
import { listTaskLines } from "../tasks/list-tasks";
import { statusesAsOf, taskLinesAsOf } from "../tasks/occurrence-status";

const system: Actor = { id: "report", name: "Báo cáo", role: "admin", agencyId: null, registryKinds: [] };

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * The task lines in full as of `asOf` of the tasks `where` keeps (a condition over `t`, tasks);
 * with `recordedBy`, only tasks recorded by the end of that day (a report ignores tasks recorded later).
 */
export async function loadTaskLinesOf(db: Db, asOf: string, where: SQL, o: { recordedBy?: string } = {}): Promise<TaskLine[]> {
  const recorded = o.recordedBy ? sql`t.created_at < ${endOfVietnamDay(o.recordedBy).toISOString()}::timestamptz` : sql`true`;
  const r = await db.execute(sql`select t.id from tasks t where ${recorded} and ${where}`);
  const ids = (r as unknown as { rows: { id: string }[] }).rows.map((row) => String(row.id));
  return ids.length ? listTaskLines(db, system, { asOf, taskIds: ids }) : [];
}

/** Tasks on a zone led by one of these agencies (zones' infrastructure investors): the tasks that may be a zone's milestone (`taskMilestones`). */
export function milestoneTasksWhere(investors: readonly string[]): SQL {
  if (investors.length === 0) return sql`false`;
  return sql`cardinality(t.zone_ids) > 0 and t.id in (select a.task_id from task_assignees a where a.role = 'lead' and a.agency_id in (${list(investors)}))`;
}

/** A meeting's preparation (a task of the meeting's own notice), over `t`: the lines that may lapse (`lapseOf`). */
const preparation = sql`exists (select 1 from meetings m where m.id = t.meeting_id and m.notice_document_id = t.document_id)`;

/**
 * The domain's `isInReportScope` as a condition over `o` (task_occurrences) and `t` (tasks), so that a
 * report counts its lines in SQL; `report-task-lines.test.ts` holds the report counted this way equal
 * to the one counted line by line.
 */
function inReportScope(scope: ReportScope): SQL {
  const about: SQL[] = [];
  // `= any` of a long array is hashed; `&&` would compare every zone of the task with every zone of the report
  if (scope.zoneIds.size)
    about.push(sql`exists (select 1 from unnest(t.zone_ids) z where z = any(array[${list([...scope.zoneIds])}]::text[]))`);
  if (scope.documentIds.size) about.push(sql`t.document_id in (${list([...scope.documentIds])})`);
  const due = sql`${scope.dueDate}::date`;
  const later = sql`o.kind = 'period' and o.due_date is not null and o.due_date > ${due}`;
  const ownDuty = scope.ownDutyTaskIds.size
    ? sql`(t.id in (${list([...scope.ownDutyTaskIds])}) and o.kind = 'period' and o.due_date is not null and o.due_date >= ${due})`
    : sql`false`;
  return sql`(${about.length ? sql.join(about, sql` or `) : sql`false`}) and not (${later}) and not ${ownDuty}`;
}

/**
 * A consolidated report's task lines as of `asOf`: counted in SQL over the read model (by status,
 * and by accountable body and status), and loaded in full only where the report prints them or the
 * domain must judge them: the longest overdue lines (the report's OVERDUE_LISTED, and the lines tied
 * with the last), the zones' milestone tasks (`investors` lead them), and the meetings' preparations,
 * which may have lapsed and are left out of the counts for the domain to count (`lapseOf`).
 */
export async function loadReportTaskLines(
  db: Db,
  asOf: string,
  scope: ReportScope,
  investors: readonly string[],
): Promise<{ tasks: TaskLine[]; counted: CountedTaskLines }> {
  const recorded = sql`t.created_at < ${endOfVietnamDay(asOf).toISOString()}::timestamptz`;
  const counted = sql`${inReportScope(scope)} and ${recorded} and not ${preparation}`;
  const lines = statusesAsOf(asOf, sql`${taskLinesAsOf(asOf)} and ${counted}`);
  const [counts, longest, others] = await Promise.all([
    countTaskLinesAsOf(db, system, asOf, { where: counted }),
    db.execute(sql`with x as materialized (select occurrence_id, task_id, effective_due_date from ${lines} l where l.status = 'overdue')
      select occurrence_id, task_id from x
      where x.effective_due_date <= coalesce(
        (select effective_due_date from x order by effective_due_date offset ${OVERDUE_LISTED - 1} limit 1), 'infinity'::date)`),
    db.execute(sql`select t.id, ${preparation} as preparation from tasks t
      where ${recorded} and (${preparation} or ${milestoneTasksWhere(investors)})`),
  ]);
  const overdueRows = (longest as unknown as { rows: { occurrence_id: number; task_id: string }[] }).rows;
  const otherRows = (others as unknown as { rows: { id: string; preparation: boolean }[] }).rows;
  const wanted = new Set(overdueRows.map((r) => Number(r.occurrence_id)));
  const preparations = new Set(otherRows.filter((r) => r.preparation).map((r) => String(r.id)));
  const milestones = new Set(otherRows.filter((r) => !r.preparation).map((r) => String(r.id)));
  // one load of the lines in full: the longest overdue, every line of the milestone tasks and of the preparations
  const ids = [...new Set([...overdueRows.map((r) => String(r.task_id)), ...preparations, ...milestones])];
  const full = ids.length ? (await listTaskLines(db, system, { asOf, taskIds: ids })).filter((l) => isInReportScope(l, scope)) : [];
  const listed = full.filter((l) => !preparations.has(l.taskId) && (wanted.has(l.occurrenceId) || milestones.has(l.taskId)));
  return {
    tasks: full.filter((l) => preparations.has(l.taskId)),
    counted: { byStatus: counts.byStatus, byBody: counts.byBody, listed },
  };
}
