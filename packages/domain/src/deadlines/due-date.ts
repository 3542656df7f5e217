/**
 * The due date of a deadline rule: the last civil day (Asia/Ho_Chi_Minh) on which the task is on
 * time. `before: true` ("trước …") makes it the day before the named day or period begins:
 * "trước ngày 30/11" → 29/11, "trước tháng 7/2025" → 30/06/2025.
 */
import { addDays, type IsoDate, isoDate } from "../calendar/iso-date";
import { endOfMonth, type Quarter, quarterEnd, quarterStart } from "../calendar/periods";
import { addWorkingDays, vietnamCalendar, type WorkingCalendar } from "../calendar/working-calendar";
import type { DeadlineRule } from "./deadline-rule";
import { nextOccurrence } from "./occurrences";

export interface DeadlineContext {
  /** Working-day calendar for "N ngày làm việc"; the national one by default. */
  calendar?: WorkingCalendar;
  /** The event a working-days-after rule counts from (approval, receipt…); no date without it. */
  eventDate?: IsoDate | null;
  /** For recurring rules: the due date of the first occurrence due on or after this date. */
  asOf?: IsoDate | null;
}

/** The due date of a period [start, end]: its end, or the day before its start when `before`. */
function periodDue(start: IsoDate, end: IsoDate, before: boolean | undefined): IsoDate {
  return before ? addDays(start, -1) : end;
}

/**
 * The due date of `rule`, or null when it has none: asap, continuous, none, a working-days rule
 * whose event has not happened, a recurring rule without `asOf`.
 */
export function dueDate(rule: DeadlineRule, context: DeadlineContext = {}): IsoDate | null {
  switch (rule.kind) {
    case "date":
      return periodDue(rule.value, rule.value, rule.before);
    case "month": {
      const [year, month] = rule.value.split("-").map(Number) as [number, number];
      return periodDue(isoDate(year, month, 1), endOfMonth(year, month), rule.before);
    }
    case "quarter": {
      const year = Number(rule.value.slice(0, 4));
      const quarter = Number(rule.value.slice(6)) as Quarter;
      return periodDue(quarterStart(year, quarter), quarterEnd(year, quarter), rule.before);
    }
    case "year": {
      const year = Number(rule.value);
      return periodDue(isoDate(year, 1, 1), isoDate(year, 12, 31), rule.before);
    }
    case "working-days-after":
      if (!context.eventDate) return null;
      return addWorkingDays(context.eventDate, Number(rule.value), context.calendar ?? vietnamCalendar);
    case "recurring-weekly":
    case "recurring-monthly":
    case "recurring-quarterly":
    case "recurring-yearly":
      return context.asOf ? nextOccurrence(rule, context.asOf).dueDate : null;
    case "asap":
    case "continuous":
    case "none":
      return null;
  }
}
