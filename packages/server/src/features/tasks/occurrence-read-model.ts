import { occurrenceSpans as spansOf, type TaskEvent, type TaskEventType } from "@dondoc/domain";
import { asc, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { occurrenceSpans, taskEvents, taskOccurrences } from "../../db/schema";
import { rebuildTaskCounts, refreshTaskCounts } from "./task-counts";

/**
 * The read model of occurrences (`occurrence_spans`, and the counts derived from it with the tasks'
 * assignees, `task-counts.ts`), derived from `task_events` only: written in the transaction of each
 * event (`refreshOccurrenceSpans`) and rebuilt from every event by `rebuildOccurrenceSpans` (CLI
 * `rebuild-read-model`), so it is never a second truth.
 */

const CHUNK = 5_000;

type EventRow = { occurrenceId: number; type: string; on: string; completedOn: string | null; newDueDate: string | null };

function rowsOf(occurrenceId: number, events: EventRow[]) {
  const timeline: TaskEvent[] = events.map((e) => ({
    type: e.type as TaskEventType,
    on: e.on,
    completedOn: e.completedOn,
    newDueDate: e.newDueDate,
  }));
  return spansOf(timeline).map((s) => ({ occurrenceId, ...s }));
}

const eventColumns = {
  occurrenceId: taskEvents.occurrenceId,
  type: taskEvents.type,
  on: taskEvents.on,
  completedOn: taskEvents.completedOn,
  newDueDate: taskEvents.newDueDate,
};

async function writeSpans(db: Db, events: EventRow[]): Promise<number> {
  const byOccurrence = new Map<number, EventRow[]>();
  for (const e of events) {
    const list = byOccurrence.get(e.occurrenceId);
    if (list) list.push(e);
    else byOccurrence.set(e.occurrenceId, [e]);
  }
  const rows = [...byOccurrence].flatMap(([id, list]) => rowsOf(id, list));
  for (let i = 0; i < rows.length; i += 1_000) await db.insert(occurrenceSpans).values(rows.slice(i, i + 1_000));
  return rows.length;
}

/** Recomputes the spans of these occurrences from their events; call it inside the event's transaction. */
export async function refreshOccurrenceSpans(db: Db, occurrenceIds: readonly number[]): Promise<void> {
  for (let i = 0; i < occurrenceIds.length; i += CHUNK) {
    const chunk = occurrenceIds.slice(i, i + CHUNK);
    await db.delete(occurrenceSpans).where(inArray(occurrenceSpans.occurrenceId, chunk));
    const events = await db
      .select(eventColumns)
      .from(taskEvents)
      .where(inArray(taskEvents.occurrenceId, chunk))
      .orderBy(asc(taskEvents.id));
    await writeSpans(db, events);
  }
  const owners = new Set<string>();
  for (let i = 0; i < occurrenceIds.length; i += CHUNK)
    for (const o of await db
      .select({ taskId: taskOccurrences.taskId })
      .from(taskOccurrences)
      .where(inArray(taskOccurrences.id, occurrenceIds.slice(i, i + CHUNK))))
      owners.add(o.taskId);
  await refreshTaskCounts(db, [...owners]);
}

/** Drops the whole read model and derives it again from every event, in one transaction. */
export async function rebuildOccurrenceSpans(db: Db): Promise<{ spans: number; events: number }> {
  return db.transaction(async (tx) => {
    await tx.delete(occurrenceSpans);
    const events = await tx.select(eventColumns).from(taskEvents).orderBy(asc(taskEvents.id));
    const spans = await writeSpans(tx, events);
    const counts = await rebuildTaskCounts(tx);
    return { spans, events: events.length, lineIntervals: counts.lines, zoneTaskIntervals: counts.zoneTasks };
  });
}

/** A database migrated before the read model (or its counts) existed: derive it once. */
export async function ensureReadModel(db: Db): Promise<void> {
  const r = await db.execute(
    sql`select exists(select 1 from task_events) as events, exists(select 1 from occurrence_spans) as spans,
      exists(select 1 from task_occurrences) as occurrences, exists(select 1 from count_base_days) as counts`,
  );
  const row = (r as unknown as { rows: { events: boolean; spans: boolean; occurrences: boolean; counts: boolean }[] }).rows[0];
  if ((row?.events && !row.spans) || (row?.occurrences && !row.counts)) await rebuildOccurrenceSpans(db);
}
