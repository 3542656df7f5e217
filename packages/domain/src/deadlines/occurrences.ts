/**
 * Recurring rules produce one occurrence per period (ISO week, month, quarter, year), each with
 * its own due date. "Trước ngày 20 hằng tháng" is due the 19th of every month; "định kỳ hằng năm
 * trước ngày 30/11" is due 29/11 every year.
 */
import { monthLabelVi, quarterLabelVi, weekLabelVi, yearLabelVi } from "../calendar/format-date";
import { addDays, daysInMonth, type IsoDate, isoDate, parseIsoDate } from "../calendar/iso-date";
import { isoWeekOf, monthRange, quarterEnd, quarterOfMonth, quarterRange, startOfIsoWeek, yearRange } from "../calendar/periods";
import type { DeadlineRule } from "./deadline-rule";

export type RecurringRule = Extract<
  DeadlineRule,
  { kind: "recurring-weekly" | "recurring-monthly" | "recurring-quarterly" | "recurring-yearly" }
>;

export interface Occurrence {
  /** Machine key of the period: "2026-W05", "2026-03", "2026-Q1", "2026". */
  period: string;
  /** Vietnamese label: "Tuần 5/2026 (…)", "Tháng 3/2026", "Quý I/2026", "Năm 2026". */
  label: string;
  start: IsoDate;
  end: IsoDate;
  dueDate: IsoDate;
}

export function isRecurring(rule: DeadlineRule): rule is RecurringRule {
  return rule.kind.startsWith("recurring-");
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * Day `day` of a month, or the day before it when `before`. A day the month lacks ("31" in April,
 * "29/02" in 2027) means its last day, with or without `before`.
 */
export function dayOfMonthDue(year: number, month: number, day: number, before = false): IsoDate {
  const last = daysInMonth(year, month);
  if (day > last) return isoDate(year, month, last);
  const date = isoDate(year, month, day);
  return before ? addDays(date, -1) : date;
}

/** The occurrence whose period holds `date`. */
export function occurrenceContaining(rule: RecurringRule, date: IsoDate): Occurrence {
  const { year, month } = parseIsoDate(date);
  const before = rule.before === true;
  switch (rule.kind) {
    case "recurring-weekly": {
      const start = startOfIsoWeek(date);
      const week = isoWeekOf(date);
      const due = addDays(start, Number(rule.value) - 1);
      return {
        period: `${week.year}-W${pad2(week.week)}`,
        label: weekLabelVi(week.year, week.week, start),
        start,
        end: addDays(start, 6),
        dueDate: before ? addDays(due, -1) : due,
      };
    }
    case "recurring-monthly":
      return {
        period: `${year}-${pad2(month)}`,
        label: monthLabelVi(year, month),
        ...rangeOf(monthRange(year, month)),
        dueDate: dayOfMonthDue(year, month, Number(rule.value), before),
      };
    case "recurring-quarterly": {
      const quarter = quarterOfMonth(month);
      const end = quarterEnd(year, quarter);
      let dueDate: IsoDate;
      if (rule.value === null) {
        dueDate = before ? addDays(end, -1) : end;
      } else {
        const next = parseIsoDate(addDays(end, 1)); // first month of the following quarter
        dueDate = dayOfMonthDue(next.year, next.month, Number(rule.value), before);
      }
      return {
        period: `${year}-Q${quarter}`,
        label: quarterLabelVi(year, quarter),
        ...rangeOf(quarterRange(year, quarter)),
        dueDate,
      };
    }
    case "recurring-yearly": {
      const [mm, dd] = rule.value.split("-").map(Number);
      return {
        period: String(year),
        label: yearLabelVi(year),
        ...rangeOf(yearRange(year)),
        dueDate: dayOfMonthDue(year, mm ?? 12, dd ?? 31, before),
      };
    }
  }
}

const rangeOf = (range: { from: IsoDate; to: IsoDate }) => ({ start: range.from, end: range.to });

/** One occurrence per period that overlaps [from, to], in order; [] for a rule that does not recur. */
export function occurrences(rule: DeadlineRule, from: IsoDate, to: IsoDate): Occurrence[] {
  if (!isRecurring(rule) || from > to) return [];
  const result: Occurrence[] = [];
  for (let occ = occurrenceContaining(rule, from); occ.start <= to; occ = occurrenceContaining(rule, addDays(occ.end, 1))) {
    result.push(occ);
  }
  return result;
}

/** The first occurrence due on or after `date` (a quarter's report may fall due in the next quarter). */
export function nextOccurrence(rule: RecurringRule, date: IsoDate): Occurrence {
  const current = occurrenceContaining(rule, date);
  let occ = occurrenceContaining(rule, addDays(current.start, -1));
  while (occ.dueDate < date) occ = occurrenceContaining(rule, addDays(occ.end, 1));
  return occ;
}
