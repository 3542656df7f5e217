import type { Actor, TaskStatus } from "@dondoc/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";

/**
 * Statuses as of a day in SQL over the read model (`occurrence_spans`): the domain's `assessTask`
 * written once more in SQL, for counting and filtering at national size. The domain stays the
 * definition: `occurrence-status.property.test.ts` draws random timelines and dates and checks that
 * this answer equals `assessTask(factsFromEvents(...), asOf)` for each, on both engines.
 *
 * `statusesAsOf(asOf)` is a subquery (one row per occurrence) to join or count in other queries.
 */
export function statusesAsOf(asOf: string, where: SQL = sql`true`): SQL {
  const d = sql`${asOf}::date`;
  return sql`(
    select f.occurrence_id, f.task_id, f.occurrence_kind, f.period, f.due_date, f.effective_due_date,
      f.pending_submission, f.pending_extension,
      case
        when f.cancelled_on is not null and f.cancelled_on <= ${d} then 'cancelled'
        when f.completed_on is not null and f.completed_on <= ${d} then
          case when f.effective_due_date is null or f.completed_on <= f.effective_due_date then 'done-on-time' else 'done-late' end
        when f.effective_due_date is null then case when f.deadline_kind = 'asap' then 'in-progress' else 'continuous' end
        when f.decision = 'requested' and f.due_date is not null and f.extension_requested_on <= f.due_date then 'extension-requested'
        when ${d} <= f.effective_due_date then case when f.decision = 'approved' then 'extended' else 'in-progress' end
        else 'overdue'
      end as status,
      case
        when f.cancelled_on is not null and f.cancelled_on <= ${d} then 0
        when f.completed_on is not null and f.completed_on <= ${d} then greatest(0, coalesce(f.completed_on - f.effective_due_date, 0))
        when f.effective_due_date is null then 0
        when f.decision = 'requested' and f.due_date is not null and f.extension_requested_on <= f.due_date then 0
        else greatest(0, ${d} - f.effective_due_date)
      end as days_late
    from (
      select e.*, case when e.decision = 'approved' then e.extension_new_due_date else e.due_date end as effective_due_date
      from (
        select o.id as occurrence_id, o.task_id, o.kind as occurrence_kind, o.period, o.due_date, o.deadline_kind,
          s.completed_on, s.cancelled_on, s.extension_requested_on, s.extension_new_due_date,
          coalesce(s.pending_submission, false) as pending_submission,
          coalesce(s.pending_extension, false) as pending_extension,
          case
            when s.extension_requested_on is null or s.extension_requested_on > ${d} then null
            when s.extension_status = 'requested' or (s.extension_decided_on is not null and s.extension_decided_on > ${d}) then 'requested'
            else s.extension_status
          end as decision
        from task_occurrences o
        -- only for conditions over t: every occurrence has its task, and PostgreSQL drops this
        -- join when the condition does not name t (the deadline kind is on the occurrence)
        left join tasks t on t.id = o.task_id
        left join ${spanOn(asOf)}
        where ${where}
      ) e
    ) f
  )`;
}

/** The span of occurrence `o` valid on `asOf`, to left-join as `s` (none before its first event). */
export function spanOn(asOf: string): SQL {
  const d = sql`${asOf}::date`;
  return sql`occurrence_spans s on s.occurrence_id = o.id and s.valid_from <= ${d} and (s.valid_to is null or s.valid_to > ${d})`;
}

export interface OccurrenceStatusRow {
  occurrenceId: number;
  taskId: string;
  dueDate: string | null;
  effectiveDueDate: string | null;
  status: TaskStatus;
  daysLate: number;
  pendingSubmission: boolean;
  pendingExtension: boolean;
}

const dateText = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
};

/** Every occurrence (or those `where` keeps, over `o` = task_occurrences and `t` = tasks) with its status as of `asOf`. */
export async function occurrenceStatusesAsOf(db: Db, asOf: string, where?: SQL): Promise<OccurrenceStatusRow[]> {
  const r = await db.execute(
    sql`select occurrence_id, task_id, due_date::text as due_date, effective_due_date::text as effective_due_date, status, days_late, pending_submission, pending_extension from ${statusesAsOf(asOf, where)} x order by occurrence_id`,
  );
  return (r as unknown as { rows: Record<string, unknown>[] }).rows.map((row) => ({
    occurrenceId: Number(row.occurrence_id),
    taskId: String(row.task_id),
    dueDate: dateText(row.due_date),
    effectiveDueDate: dateText(row.effective_due_date),
    status: row.status as TaskStatus,
    daysLate: Number(row.days_late),
    pendingSubmission: Boolean(row.pending_submission),
    pendingExtension: Boolean(row.pending_extension),
  }));
}

/**
 * The task lines of `listTaskLines` as of `asOf`, as a condition over `o` (task_occurrences) and
 * `t` (tasks): every occurrence but the periods of a recurring task due after `asOf`, except the next
 * one (the first of each task's later periods, found once for all tasks under a partial index).
 */
export function taskLinesAsOf(asOf: string): SQL {
  const d = sql`${asOf}::date`;
  return sql`(o.kind <> 'period' or o.due_date is null or o.due_date <= ${d} or o.id in (
    select min(n.id) from task_occurrences n where n.kind = 'period' and n.due_date > ${d} group by n.task_id))`;
}

/** Whether an actor sees every task (domain `canSeeTask`). */
export const seesEveryTask = (actor: Actor) => actor.role === "admin" || actor.role === "leader" || actor.role === "office";

/** The tasks an actor may see (domain `canSeeTask`), as a condition over `o`. */
export function visibleTo(actor: Actor): SQL {
  if (seesEveryTask(actor)) return sql`true`;
  if (actor.role === "public" || actor.agencyId === null) return sql`false`;
  return sql`o.task_id in (select a.task_id from task_assignees a where a.agency_id = ${actor.agencyId})`;
}
