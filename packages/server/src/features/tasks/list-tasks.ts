import {
  type Actor,
  addDays,
  assessmentLabel,
  assessTask,
  canSeeTask,
  describeRule,
  factsFromEvents,
  formatDateVi,
  pendingExtension,
  pendingSubmission,
  type TaskEvent,
  type TaskEventType,
  type TaskLine,
} from "@dondoc/domain";
import { and, asc, inArray, lte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, documents, taskAssignees, taskEvents, taskOccurrences, tasks } from "../../db/schema";
import { OCCURRENCE_HORIZON_DAYS, plannedOccurrences, ruleOf } from "./occurrences";

export interface TaskQuery {
  asOf: string;
  taskIds?: string[];
  documentId?: string;
  agencyId?: string;
  zoneId?: string;
}

/** `inArray` over at most this many values per statement (the wire protocol allows 65,535 parameters). */
const CHUNK = 5_000;

async function inChunks<T, R>(values: readonly T[], load: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await load(values.slice(i, i + CHUNK))));
  return out;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

type TaskRow = typeof tasks.$inferSelect;
type OccurrenceRow = typeof taskOccurrences.$inferSelect;

/**
 * The occurrences of these tasks, after writing those due by `until` that do not exist yet (what
 * `ensureOccurrences` does for one task, in a few multi-row statements for all of them).
 */
async function occurrencesOf(db: Db, taskRows: TaskRow[], all: boolean, until: string): Promise<OccurrenceRow[]> {
  const ids = taskRows.map((t) => t.id);
  const mine = new Set(ids);
  const load = () =>
    all
      ? db
          .select()
          .from(taskOccurrences)
          .orderBy(asc(taskOccurrences.id))
          .then((rows) => rows.filter((o) => mine.has(o.taskId)))
      : inChunks(ids, (chunk) => db.select().from(taskOccurrences).where(inArray(taskOccurrences.taskId, chunk))).then((rows) =>
          rows.sort((a, b) => a.id - b.id),
        );
  const existing = await load();
  const have = new Set(existing.map((o) => `${o.taskId}\u0000${o.period}`));
  const missing = taskRows.flatMap((t) =>
    plannedOccurrences(t, until)
      .filter((p) => !have.has(`${t.id}\u0000${p.period}`))
      .map((p) => ({ ...p, taskId: t.id })),
  );
  if (missing.length === 0) return existing;
  for (let i = 0; i < missing.length; i += 1_000)
    await db
      .insert(taskOccurrences)
      .values(missing.slice(i, i + 1_000))
      .onConflictDoNothing();
  return load();
}

/**
 * Every task line the actor may see, with its status as of `asOf` (events dated later are ignored).
 * A recurring task gives one line per period due by `asOf`, plus the next one.
 */
export async function listTaskLines(db: Db, actor: Actor, q: TaskQuery): Promise<TaskLine[]> {
  const wanted = q.taskIds ? new Set(q.taskIds) : null;
  const taskRows = await (q.taskIds && q.taskIds.length <= CHUNK
    ? inChunks(q.taskIds, (chunk) => db.select().from(tasks).where(inArray(tasks.id, chunk)))
    : db.select().from(tasks)
  ).then((rows) =>
    rows.filter(
      (t) =>
        (!wanted || wanted.has(t.id)) && (!q.documentId || t.documentId === q.documentId) && (!q.zoneId || t.zoneIds.includes(q.zoneId)),
    ),
  );
  if (taskRows.length === 0) return [];
  // many tasks: read whole tables and keep the rows of these tasks, rather than list 170,000 ids in statements
  const all = taskRows.length > CHUNK;
  const ids = taskRows.map((t) => t.id);
  const taskSet = new Set(ids);
  const occurrenceRows = await occurrencesOf(db, taskRows, all, addDays(q.asOf, OCCURRENCE_HORIZON_DAYS));
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
    db.select({ id: documents.id, type: documents.type, number: documents.number, issuedOn: documents.issuedOn }).from(documents),
    db.select({ id: agencies.id, name: agencies.name }).from(agencies),
    occurrenceRows.length === 0
      ? []
      : all
        ? db.select(eventColumns).from(taskEvents).where(lte(taskEvents.on, q.asOf))
        : inChunks(
            occurrenceRows.map((o) => o.id),
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
    if (q.agencyId && !leads.some((l) => l.agencyId === q.agencyId) && !coordinators.some((c) => c.agencyId === q.agencyId)) continue;
    const rule = ruleOf(task);
    const mine = occurrencesOfTask.get(task.id) ?? [];
    const nextPeriod = mine.find((o) => o.kind === "period" && o.dueDate !== null && o.dueDate > q.asOf);
    for (const occ of mine) {
      if (occ.kind === "period" && occ !== nextPeriod && (occ.dueDate ?? "") > q.asOf) continue;
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
  return lines;
}
