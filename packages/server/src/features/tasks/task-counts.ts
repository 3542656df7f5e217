import { type DeadlineKind, type LineInterval, lineIntervals, openIntervals, type TaskEvent, type TaskEventType } from "@dondoc/domain";
import { asc, inArray } from "drizzle-orm";
import { today as clockToday } from "../../clock";
import type { Db } from "../../db/client";
import { taskAssignees, taskEvents, taskOccurrences, tasks } from "../../db/schema";
import { type CountInterval, rebuildIntervalCounts, replaceIntervals } from "./interval-counts";

/**
 * The two measures the writers keep (`interval-counts.ts`), from each task's occurrences, events and
 * assignees:
 * - "lines": each task line's status over time (`lineIntervals`, domain), keyed by status, extended
 *   and the task's leads as written (agency id and text: the accountable body is resolved when read,
 *   so a change of the registry needs no rebuild), in the bucket of its original due month;
 * - "open-zone-tasks": the days a task on zones is open (`openIntervals`), keyed by its zones and its
 *   lead and coordinating agencies: what the expected reporters are resolved from.
 */

export interface LineKey {
  status: LineInterval["status"];
  extended: boolean;
  leads: { agencyId: string | null; text: string }[];
}
export const lineKey = (k: LineKey) => JSON.stringify([k.status, k.extended, k.leads.map((l) => [l.agencyId, l.text])]);
export function parseLineKey(key: string): LineKey {
  const [status, extended, leads] = JSON.parse(key) as [LineKey["status"], boolean, [string | null, string][]];
  return { status, extended, leads: leads.map(([agencyId, text]) => ({ agencyId, text })) };
}

export interface ZoneTaskKey {
  zoneIds: string[];
  leads: string[];
  coordinators: string[];
}
const zoneTaskKey = (k: ZoneTaskKey) => JSON.stringify([k.zoneIds, k.leads, k.coordinators]);
export function parseZoneTaskKey(key: string): ZoneTaskKey {
  const [zoneIds, leads, coordinators] = JSON.parse(key) as [string[], string[], string[]];
  return { zoneIds, leads, coordinators };
}

/** The month bucket of a due date ("" for none), the "lines" measure's filter. */
export const dueMonthBucket = (due: string | null) => (due ? due.slice(0, 7) : "");

const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort();

type TaskRow = { id: string; assignedOn: string; zoneIds: string[] };
type OccurrenceRow = { id: number; taskId: string; kind: string; dueDate: string | null; deadlineKind: string };

async function intervalsOf(db: Db, taskRows: readonly TaskRow[]): Promise<{ lines: CountInterval[]; zoneTasks: CountInterval[] }> {
  const ids = taskRows.map((t) => t.id);
  const [occurrences, assignees] = await Promise.all([
    db
      .select({
        id: taskOccurrences.id,
        taskId: taskOccurrences.taskId,
        kind: taskOccurrences.kind,
        dueDate: taskOccurrences.dueDate,
        deadlineKind: taskOccurrences.deadlineKind,
      })
      .from(taskOccurrences)
      .where(inArray(taskOccurrences.taskId, ids))
      .orderBy(asc(taskOccurrences.id)),
    db
      .select({ taskId: taskAssignees.taskId, role: taskAssignees.role, agencyId: taskAssignees.agencyId, text: taskAssignees.text })
      .from(taskAssignees)
      .where(inArray(taskAssignees.taskId, ids)),
  ]);
  const events = new Map<number, TaskEvent[]>();
  const occurrenceIds = occurrences.map((o) => o.id);
  for (let i = 0; i < occurrenceIds.length; i += 5_000)
    for (const e of await db
      .select({
        occurrenceId: taskEvents.occurrenceId,
        type: taskEvents.type,
        on: taskEvents.on,
        completedOn: taskEvents.completedOn,
        newDueDate: taskEvents.newDueDate,
      })
      .from(taskEvents)
      .where(inArray(taskEvents.occurrenceId, occurrenceIds.slice(i, i + 5_000)))
      .orderBy(asc(taskEvents.id))) {
      const list = events.get(e.occurrenceId) ?? [];
      list.push({ type: e.type as TaskEventType, on: e.on, completedOn: e.completedOn, newDueDate: e.newDueDate });
      events.set(e.occurrenceId, list);
    }
  const byTask = <T extends { taskId: string }>(rows: readonly T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.taskId, [...(m.get(r.taskId) ?? []), r]);
    return m;
  };
  const occurrencesOf = byTask(occurrences);
  const assigneesOf = byTask(assignees);
  const lines: CountInterval[] = [];
  const zoneTasks: CountInterval[] = [];
  for (const t of taskRows) {
    const mine = assigneesOf.get(t.id) ?? [];
    const leads = mine
      .filter((a) => a.role === "lead")
      .map((a) => ({ agencyId: a.agencyId, text: a.text }))
      .sort((a, b) => {
        const [x, y] = [JSON.stringify([a.agencyId, a.text]), JSON.stringify([b.agencyId, b.text])];
        return x < y ? -1 : x > y ? 1 : 0;
      });
    const perLine: LineInterval[][] = [];
    let latestEarlierDue: string | null = null;
    for (const o of occurrencesOf.get(t.id) ?? []) {
      perLine.push(lineIntervalsOf(o, latestEarlierDue, events.get(o.id) ?? []));
      if (o.kind === "period" && o.dueDate !== null && (latestEarlierDue === null || o.dueDate > latestEarlierDue))
        latestEarlierDue = o.dueDate;
      for (const i of perLine.at(-1) ?? [])
        lines.push({
          taskId: t.id,
          key: lineKey({ status: i.status, extended: i.extended, leads }),
          bucket: dueMonthBucket(o.dueDate),
          from: i.from,
          to: i.to,
        });
    }
    const agencies = mine.filter((a) => a.agencyId !== null);
    if (t.zoneIds.length > 0 && agencies.length > 0) {
      const key = zoneTaskKey({
        zoneIds: sortedUnique(t.zoneIds),
        leads: sortedUnique(agencies.filter((a) => a.role === "lead").map((a) => a.agencyId as string)),
        coordinators: sortedUnique(agencies.filter((a) => a.role !== "lead").map((a) => a.agencyId as string)),
      });
      for (const i of openIntervals(perLine, t.assignedOn)) zoneTasks.push({ taskId: t.id, key, bucket: "", from: i.from, to: i.to });
    }
  }
  return { lines, zoneTasks };
}

/**
 * A line's intervals: a period of a recurring task is a task line from the day the periods before
 * it (by id) are all due, the next period being the first still to come (`taskLinesAsOf`), or from
 * its own due date; every other occurrence is always one.
 */
function lineIntervalsOf(o: OccurrenceRow, latestEarlierDue: string | null, events: TaskEvent[]): LineInterval[] {
  const lineFrom =
    o.kind !== "period" || o.dueDate === null || latestEarlierDue === null
      ? null
      : latestEarlierDue < o.dueDate
        ? latestEarlierDue
        : o.dueDate;
  return lineIntervals({ dueDate: o.dueDate, deadlineKind: o.deadlineKind as DeadlineKind, lineFrom }, events);
}

const taskColumns = { id: tasks.id, assignedOn: tasks.assignedOn, zoneIds: tasks.zoneIds };

/** Recomputes both measures for these tasks; call it in the transaction that changed them. */
export async function refreshTaskCounts(db: Db, taskIds: readonly string[]): Promise<void> {
  const unique = [...new Set(taskIds)];
  const today = clockToday();
  for (let i = 0; i < unique.length; i += 2_000) {
    const chunk = unique.slice(i, i + 2_000);
    const rows = await db.select(taskColumns).from(tasks).where(inArray(tasks.id, chunk));
    const { lines, zoneTasks } = await intervalsOf(db, rows);
    await replaceIntervals(db, "lines", chunk, lines, today);
    await replaceIntervals(db, "open-zone-tasks", chunk, zoneTasks, today);
  }
}

/** Derives both measures again from every task (the read model's rebuild). */
export async function rebuildTaskCounts(db: Db): Promise<{ lines: number; zoneTasks: number }> {
  const all = await db.select(taskColumns).from(tasks).orderBy(asc(tasks.id));
  const lines: CountInterval[][] = [];
  const zoneTasks: CountInterval[][] = [];
  for (let i = 0; i < all.length; i += 5_000) {
    const part = await intervalsOf(db, all.slice(i, i + 5_000));
    lines.push(part.lines);
    zoneTasks.push(part.zoneTasks);
  }
  const today = clockToday();
  return {
    lines: await rebuildIntervalCounts(db, "lines", lines, today),
    zoneTasks: await rebuildIntervalCounts(db, "open-zone-tasks", zoneTasks, today),
  };
}
