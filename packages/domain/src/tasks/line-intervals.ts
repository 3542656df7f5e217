import { addDays, type IsoDate } from "../calendar/iso-date";
import type { DeadlineKind } from "../deadlines/deadline-rule";
import { factsFromEvents, type TaskEvent } from "./task-events";
import { assessTask, type TaskStatus } from "./task-status";

/**
 * A task line's status over time, as intervals of days: what the counts kept by the writers are made
 * of (the server adds one to a count on an interval's first day and takes it away on the day after
 * its last). The status on each day is `assessTask(factsFromEvents(events dated by then), day)`, the
 * one definition; it can change only on the days where one of its comparisons flips (an event's day,
 * a completion date, the day after a due date or an extension's new date, the line's first day), so
 * it is asked on those days only.
 */
export interface LineInterval {
  /** first day; null = since always */
  from: IsoDate | null;
  /** the day after the last; null = from then on */
  to: IsoDate | null;
  status: TaskStatus;
  /** judged against an extension's new date (which differs from the original due date) */
  extended: boolean;
}

export interface LineFacts {
  dueDate: IsoDate | null;
  deadlineKind: DeadlineKind;
  /** the first day the occurrence is a task line (the next period of a recurring task); null = always */
  lineFrom: IsoDate | null;
}

const EARLIEST = "0001-01-01";

export function lineIntervals(line: LineFacts, events: readonly TaskEvent[]): LineInterval[] {
  const days = new Set<IsoDate>();
  if (line.dueDate) days.add(addDays(line.dueDate, 1));
  if (line.lineFrom) days.add(line.lineFrom);
  for (const e of events) {
    days.add(e.on);
    if (e.completedOn) days.add(e.completedOn);
    if (e.newDueDate) days.add(addDays(e.newDueDate, 1));
  }
  const sorted = [...days].filter((d) => line.lineFrom === null || d >= line.lineFrom).sort();
  const starts: (IsoDate | null)[] = line.lineFrom === null ? [null, ...sorted] : sorted;
  const out: LineInterval[] = [];
  for (const from of starts) {
    const day = from ?? EARLIEST;
    const a = assessTask(
      factsFromEvents(
        line.dueDate,
        line.deadlineKind,
        events.filter((e) => e.on <= day),
      ),
      day,
    );
    const extended = a.effectiveDueDate !== a.originalDueDate;
    const last = out.at(-1);
    if (last && last.status === a.status && last.extended === extended) continue;
    if (last) last.to = from;
    out.push({ from, to: null, status: a.status, extended });
  }
  return out;
}

const CLOSED: readonly TaskStatus[] = ["done-on-time", "done-late", "cancelled"];

/**
 * The days a task is open (one of its lines neither done nor cancelled), from the day it was
 * assigned, as merged intervals: the union of its lines' open intervals.
 */
export function openIntervals(lines: readonly (readonly LineInterval[])[], assignedOn: IsoDate): { from: IsoDate; to: IsoDate | null }[] {
  const open = lines
    .flat()
    .filter((i) => !CLOSED.includes(i.status))
    .map((i) => ({ from: i.from === null || i.from < assignedOn ? assignedOn : i.from, to: i.to }))
    .filter((i) => i.to === null || i.to > i.from)
    .sort((a, b) => a.from.localeCompare(b.from));
  const merged: { from: IsoDate; to: IsoDate | null }[] = [];
  for (const i of open) {
    const last = merged.at(-1);
    if (last && (last.to === null || i.from <= last.to)) {
      if (last.to !== null && (i.to === null || i.to > last.to)) last.to = i.to;
    } else merged.push({ ...i });
  }
  return merged;
}
