import {
  type Actor,
  addDays,
  assessmentLabel,
  assessTask,
  canSeeTask,
  describeRule,
  factsFromEvents,
  formatDateVi,
  groupBy,
  isDueSoon,
  pendingExtension,
  pendingSubmission,
  searchPattern,
  type TaskEvent,
  type TaskEventType,
  type TaskLine,
  type TaskStatus,
} from "@dondoc/domain";
import { and, asc, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, documents, taskAssignees, taskEvents, taskOccurrences, tasks } from "../../db/schema";
import { statusesAsOf, taskLinesAsOf, visibleTo } from "./occurrence-status";
import { ruleOf } from "./sync-occurrences";

export interface TaskQuery {
  asOf: string;
  taskIds?: string[];
  documentId?: string;
  agencyId?: string;
  zoneId?: string;
  /** the status as of `asOf` */
  status?: TaskStatus;
  /** "overdue": overdue as of `asOf`; "due-soon": open and due within `days` days (domain isDueSoon) */
  due?: "overdue" | "due-soon";
  days?: number;
  /** free text, accent-insensitive: the words of the subject or summary (the zones' search rule) */
  q?: string;
}

/** `inArray` over at most this many values per statement (the wire protocol allows 65,535 parameters). */
const CHUNK = 5_000;

async function inChunks<T, R>(values: readonly T[], load: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await load(values.slice(i, i + CHUNK))));
  return out;
}

/**
 * The filters of a task query as a condition over `o` (task_occurrences) and `t` (tasks), for
 * `statusesAsOf`: indexed look-ups (assignees by agency, tasks by document, zone, search key).
 */
function filterOf(actor: Actor, q: TaskQuery): SQL {
  const where: SQL[] = [taskLinesAsOf(q.asOf), visibleTo(actor)];
  if (q.taskIds && q.taskIds.length <= CHUNK)
    where.push(
      q.taskIds.length
        ? sql`o.task_id in (${sql.join(
            q.taskIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  if (q.documentId) where.push(sql`t.document_id = ${q.documentId}`);
  if (q.zoneId) where.push(sql`t.zone_ids @> array[${q.zoneId}]::text[]`);
  if (q.agencyId) where.push(sql`o.task_id in (select a.task_id from task_assignees a where a.agency_id = ${q.agencyId})`);
  if (q.q?.trim()) where.push(sql`t.text_search like ${searchPattern(q.q)}`);
  return sql.join(where, sql` and `);
}

/** The task lines a query keeps, found in SQL over the read model: occurrence ids and their tasks. */
async function selectLines(db: Db, actor: Actor, q: TaskQuery): Promise<{ occurrenceId: number; taskId: string }[]> {
  const statusWhere: SQL[] = [sql`true`];
  if (q.status) statusWhere.push(sql`x.status = ${q.status}`);
  if (q.due === "overdue") statusWhere.push(sql`x.status = 'overdue'`);
  if (q.due === "due-soon")
    // a superset of the domain's isDueSoon, which the lines are checked with afterwards
    statusWhere.push(sql`x.status in ('in-progress', 'extended') and x.effective_due_date <= ${addDays(q.asOf, q.days ?? 7)}::date`);
  const r = await db.execute(
    sql`select x.occurrence_id, x.task_id from ${statusesAsOf(q.asOf, filterOf(actor, q))} x where ${sql.join(statusWhere, sql` and `)}`,
  );
  const wanted = q.taskIds && q.taskIds.length > CHUNK ? new Set(q.taskIds) : null;
  return (r as unknown as { rows: { occurrence_id: number; task_id: string }[] }).rows
    .map((row) => ({ occurrenceId: Number(row.occurrence_id), taskId: String(row.task_id) }))
    .filter((row) => !wanted || wanted.has(row.taskId));
}

/**
 * The task lines the actor may see that the query keeps, with their status as of `asOf` (events
 * dated later are ignored). A recurring task gives one line per period due by `asOf`, plus the
 * next one. Which lines: SQL over the read model (`occurrence-status.ts`), so a past date costs
 * what today costs; each line's status and facts: the domain (`assessTask`) over its events.
 * Reads only: occurrences are written by `sync-occurrences.ts`.
 */
export async function listTaskLines(db: Db, actor: Actor, q: TaskQuery): Promise<TaskLine[]> {
  const selected = await selectLines(db, actor, q);
  if (selected.length === 0) return [];
  const keep = new Set(selected.map((s) => s.occurrenceId));
  const taskSet = new Set(selected.map((s) => s.taskId));
  const ids = [...taskSet];
  // many lines: read whole tables and keep the rows of these tasks, rather than list 170,000 ids in statements
  const all = ids.length > CHUNK;
  const [taskRows, occurrenceRows] = await Promise.all([
    all
      ? db
          .select()
          .from(tasks)
          .then((rows) => rows.filter((t) => taskSet.has(t.id)))
      : inChunks(ids, (chunk) => db.select().from(tasks).where(inArray(tasks.id, chunk))),
    all
      ? db
          .select()
          .from(taskOccurrences)
          .orderBy(asc(taskOccurrences.id))
          .then((rows) => rows.filter((o) => taskSet.has(o.taskId)))
      : inChunks(ids, (chunk) => db.select().from(taskOccurrences).where(inArray(taskOccurrences.taskId, chunk))).then((rows) =>
          rows.sort((a, b) => a.id - b.id),
        ),
  ]);
  const eventColumns = {
    id: taskEvents.id,
    occurrenceId: taskEvents.occurrenceId,
    type: taskEvents.type,
    on: taskEvents.on,
    completedOn: taskEvents.completedOn,
    newDueDate: taskEvents.newDueDate,
    text: taskEvents.text,
    percent: taskEvents.percent,
  };
  const lineOccurrences = occurrenceRows.filter((o) => keep.has(o.id));
  const docIds = [...new Set(taskRows.map((t) => t.documentId))];
  const [assignees, docs, agencyRows, eventRows] = await Promise.all([
    all
      ? db
          .select()
          .from(taskAssignees)
          .orderBy(asc(taskAssignees.role), asc(taskAssignees.position))
          .then((rows) => rows.filter((a) => taskSet.has(a.taskId)))
      : inChunks(ids, (chunk) =>
          db
            .select()
            .from(taskAssignees)
            .where(inArray(taskAssignees.taskId, chunk))
            .orderBy(asc(taskAssignees.role), asc(taskAssignees.position)),
        ),
    all
      ? db.select({ id: documents.id, type: documents.type, number: documents.number, issuedOn: documents.issuedOn }).from(documents)
      : inChunks(docIds, (chunk) =>
          db
            .select({ id: documents.id, type: documents.type, number: documents.number, issuedOn: documents.issuedOn })
            .from(documents)
            .where(inArray(documents.id, chunk)),
        ),
    db.select({ id: agencies.id, name: agencies.name }).from(agencies),
    all
      ? db.select(eventColumns).from(taskEvents).where(lte(taskEvents.on, q.asOf))
      : inChunks(
          lineOccurrences.map((o) => o.id),
          (chunk) =>
            db
              .select(eventColumns)
              .from(taskEvents)
              .where(and(inArray(taskEvents.occurrenceId, chunk), lte(taskEvents.on, q.asOf))),
        ),
  ]);
  eventRows.sort((a, b) => a.id - b.id);
  // events of other tasks' occurrences, read with the whole table, are simply never looked up
  const assigneesOf = groupBy(assignees, (a) => a.taskId);
  const occurrencesOfTask = groupBy(occurrenceRows, (o) => o.taskId);
  const eventsOf = groupBy(eventRows, (e) => e.occurrenceId);
  const agencyName = new Map(agencyRows.map((a) => [a.id, a.name]));
  const docLabel = new Map(
    docs.map((d) => [d.id, `${d.type} ${d.number ?? "(chưa số)"}${d.issuedOn ? ` ngày ${formatDateVi(d.issuedOn)}` : ""}`]),
  );

  const lines: TaskLine[] = [];
  for (const task of taskRows) {
    const people = (assigneesOf.get(task.id) ?? []).map((a) => ({ ...a, name: a.agencyId ? (agencyName.get(a.agencyId) ?? null) : null }));
    const leads = people.filter((a) => a.role === "lead").map(({ text, agencyId, name }) => ({ text, agencyId, name }));
    const coordinators = people.filter((a) => a.role === "coordinator").map(({ text, agencyId, name }) => ({ text, agencyId, name }));
    if (!canSeeTask(actor, { leads: leads.map((l) => l.agencyId), coordinators: coordinators.map((c) => c.agencyId) })) continue;
    const rule = ruleOf(task);
    const mine = occurrencesOfTask.get(task.id) ?? [];
    for (const occ of mine) {
      if (!keep.has(occ.id)) continue;
      const events: (TaskEvent & { text: string | null; percent: number | null })[] = (eventsOf.get(occ.id) ?? [])
        .filter((e) => e.on <= q.asOf)
        .map((e) => ({
          type: e.type as TaskEventType,
          on: e.on,
          completedOn: e.completedOn,
          newDueDate: e.newDueDate,
          text: e.text,
          percent: e.percent,
        }));
      const facts = factsFromEvents(occ.dueDate, rule.kind, events);
      const assessment = assessTask(facts, q.asOf);
      const progress = [...events].reverse().find((e) => e.type === "progress" || e.type === "submit");
      lines.push({
        taskId: task.id,
        occurrenceId: occ.id,
        document: { id: task.documentId, label: docLabel.get(task.documentId) ?? task.documentId },
        meetingId: task.meetingId,
        ordinal: task.ordinal,
        subject: task.subject,
        summary: task.summary,
        deadlineText: task.deadlineText,
        rule,
        ruleLabel: describeRule(rule),
        occurrence: { kind: occ.kind, period: occ.period, label: occ.label, dueDate: occ.dueDate },
        leads,
        coordinators,
        zoneIds: task.zoneIds,
        ...assessment,
        statusLabel: assessmentLabel(assessment),
        pendingSubmission: pendingSubmission(events),
        pendingExtension: pendingExtension(events),
        lastProgress: progress ? { percent: progress.percent, text: progress.text, on: progress.on } : null,
        facts,
      });
    }
  }
  // the domain has the last word on each line kept by the SQL (the property test holds them equal)
  return lines.filter(
    (l) =>
      (!q.status || l.status === q.status) &&
      (q.due !== "overdue" || l.status === "overdue") &&
      (q.due !== "due-soon" || isDueSoon(l, q.asOf, q.days ?? 7)),
  );
}
