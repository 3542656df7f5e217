import type { TaskLine } from "@dondoc/domain";

/** The day a line is due on the calendar: its effective due date (after an approved extension), else none. */
export function calendarDay(line: Pick<TaskLine, "effectiveDueDate">): string | null {
  return line.effectiveDueDate;
}

/** Lines by due day ("2026-09-30" → lines), cancelled ones left out; each day's lines in list order. */
export function bucketByDay(lines: readonly TaskLine[]): Map<string, TaskLine[]> {
  const days = new Map<string, TaskLine[]>();
  for (const line of lines) {
    const day = calendarDay(line);
    if (!day || line.status === "cancelled") continue;
    const bucket = days.get(day);
    if (bucket) bucket.push(line);
    else days.set(day, [line]);
  }
  return days;
}

export interface MonthCount {
  total: number;
  overdue: number;
}

/** For the year view: per month ("2026-09") how many lines fall due, and how many of them are overdue. */
export function countByMonth(days: ReadonlyMap<string, readonly TaskLine[]>): Map<string, MonthCount> {
  const months = new Map<string, MonthCount>();
  for (const [day, lines] of days) {
    const month = day.slice(0, 7);
    const count = months.get(month) ?? { total: 0, overdue: 0 };
    count.total += lines.length;
    count.overdue += lines.filter((l) => l.status === "overdue").length;
    months.set(month, count);
  }
  return months;
}
