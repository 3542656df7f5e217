/**
 * The periods of a reporting obligation: key ("2026-11", "2026-Q4", "2026-H2", "2026"), label
 * ("tháng 11/2026", "quý IV/2026", "6 tháng cuối năm 2026", "năm 2026"), the calendar range, the
 * data cut-off window (Decree 09/2019, LEGAL-NOTES §5.3) and the due date.
 *
 * The deadline rule is read against the cut-off: its end is the anchor.
 * - recurring-monthly "20" (before): the 20th (19th) of the month in which the day after the cut-off
 *   falls; "trước ngày 20 hằng tháng" with the 15th–14th window is due the 19th of the same month;
 * - recurring-quarterly null: the cut-off's last day; "15": as monthly;
 * - recurring-yearly "11-30" (before): that day of the year in which the day after the cut-off falls;
 * - working-days-after "N": N working days after the cut-off's last day (weekends, public holidays
 *   and Tết skipped, official make-up Saturdays counted).
 * A day-of-month rule that would fall on or before the cut-off's end moves to the next month (year).
 */
import { romanQuarter } from "../calendar/format-date";
import { addDays, type IsoDate, isoDate, parseIsoDate } from "../calendar/iso-date";
import { type DateRange, endOfMonth, type Quarter } from "../calendar/periods";
import { addWorkingDays, deadlineOn, vietnamCalendar, type WorkingCalendar } from "../calendar/working-calendar";
import { describeRule } from "../deadlines/describe-rule";
import { dayOfMonthDue } from "../deadlines/occurrences";
import type { CutoffRule, Obligation, ReportingFrequency } from "./obligation";

export interface ObligationPeriod {
  /** "2026-11", "2026-Q4", "2026-H2", "2026" */
  period: string;
  /** "tháng 11/2026", "quý IV/2026", "6 tháng đầu năm 2026", "năm 2026" */
  label: string;
  /** the calendar period */
  start: IsoDate;
  end: IsoDate;
  /** the data cut-off window */
  cutoff: DateRange;
  /** the working day the report is due (a weekend or holiday moves it to the next working day) */
  dueDate: IsoDate;
  /** the due date as the rule states it, when it fell on a day off and moved (BLDS 2015 điều 148) */
  dueDateMovedFrom: IsoDate | null;
}

type Slot = { year: number; n: number };
const pad2 = (n: number) => String(n).padStart(2, "0");
const perYear: Record<ReportingFrequency, number> = { month: 12, quarter: 4, "half-year": 2, year: 1 };
const monthsPer: Record<ReportingFrequency, number> = { month: 1, quarter: 3, "half-year": 6, year: 12 };

function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function periodKey(frequency: ReportingFrequency, slot: Slot): string {
  switch (frequency) {
    case "month":
      return `${slot.year}-${pad2(slot.n)}`;
    case "quarter":
      return `${slot.year}-Q${slot.n}`;
    case "half-year":
      return `${slot.year}-H${slot.n}`;
    case "year":
      return String(slot.year);
  }
}

/** The slot of a period key, or null when the key does not fit the frequency. */
export function parsePeriodKey(frequency: ReportingFrequency, key: string): Slot | null {
  const patterns: Record<ReportingFrequency, RegExp> = {
    month: /^(\d{4})-(0[1-9]|1[0-2])$/,
    quarter: /^(\d{4})-Q([1-4])$/,
    "half-year": /^(\d{4})-H([12])$/,
    year: /^(\d{4})$/,
  };
  const m = patterns[frequency].exec(key);
  if (!m) return null;
  return { year: Number(m[1]), n: frequency === "year" ? 1 : Number(m[2]) };
}

export function periodLabelVi(frequency: ReportingFrequency, slot: Slot): string {
  switch (frequency) {
    case "month":
      return `tháng ${slot.n}/${slot.year}`;
    case "quarter":
      return `quý ${romanQuarter(slot.n as Quarter)}/${slot.year}`;
    case "half-year":
      return `6 tháng ${slot.n === 1 ? "đầu" : "cuối"} năm ${slot.year}`;
    case "year":
      return `năm ${slot.year}`;
  }
}

/** First and last month of a slot, as (year, month). */
function monthsOf(frequency: ReportingFrequency, slot: Slot) {
  const first = (slot.n - 1) * monthsPer[frequency] + 1;
  return { first: { year: slot.year, month: first }, last: { year: slot.year, month: first + monthsPer[frequency] - 1 } };
}

function calendarRangeOf(frequency: ReportingFrequency, slot: Slot): DateRange {
  const { first, last } = monthsOf(frequency, slot);
  return { from: isoDate(first.year, first.month, 1), to: endOfMonth(last.year, last.month) };
}

export function cutoffRangeOf(frequency: ReportingFrequency, cutoff: CutoffRule, slot: Slot): DateRange {
  if (cutoff.kind === "calendar-period") return calendarRangeOf(frequency, slot);
  const back = cutoff.monthsEarlier ?? 0;
  const { first, last } = monthsOf(frequency, slot);
  const from = addMonths(first.year, first.month, -1 - back);
  const to = addMonths(last.year, last.month, -back);
  return { from: isoDate(from.year, from.month, 15), to: isoDate(to.year, to.month, 14) };
}

function slotOfMonth(frequency: ReportingFrequency, year: number, month: number): Slot {
  return { year, n: Math.floor((month - 1) / monthsPer[frequency]) + 1 };
}

function nextSlot(frequency: ReportingFrequency, slot: Slot): Slot {
  return slot.n < perYear[frequency] ? { year: slot.year, n: slot.n + 1 } : { year: slot.year + 1, n: 1 };
}

/** The period whose data cut-off window holds `date`. */
export function slotContaining(frequency: ReportingFrequency, cutoff: CutoffRule, date: IsoDate): Slot {
  const { year, month, day } = parseIsoDate(date);
  if (cutoff.kind === "calendar-period") return slotOfMonth(frequency, year, month);
  const shifted = addMonths(year, month, (day >= 15 ? 1 : 0) + (cutoff.monthsEarlier ?? 0));
  return slotOfMonth(frequency, shifted.year, shifted.month);
}

type DueInput = Pick<Obligation, "deadline">;

/** The due date of a period whose cut-off ends on `cutoffEnd` (see the header). */
export function dueDateAfterCutoff(obligation: DueInput, cutoffEnd: IsoDate, calendar: WorkingCalendar = vietnamCalendar): IsoDate {
  const rule = obligation.deadline;
  const before = rule.before === true;
  const next = parseIsoDate(addDays(cutoffEnd, 1));
  const monthly = (day: number) => {
    let due = dayOfMonthDue(next.year, next.month, day, before);
    for (let k = 1; due <= cutoffEnd && k <= 12; k++) {
      const m = addMonths(next.year, next.month, k);
      due = dayOfMonthDue(m.year, m.month, day, before);
    }
    return due;
  };
  switch (rule.kind) {
    case "recurring-monthly":
      return monthly(Number(rule.value));
    case "recurring-quarterly":
      return rule.value === null ? (before ? addDays(cutoffEnd, -1) : cutoffEnd) : monthly(Number(rule.value));
    case "recurring-yearly": {
      const [mm, dd] = rule.value.split("-").map(Number) as [number, number];
      const due = dayOfMonthDue(next.year, mm, dd, before);
      return due > cutoffEnd ? due : dayOfMonthDue(next.year + 1, mm, dd, before);
    }
    case "working-days-after":
      return addWorkingDays(cutoffEnd, Number(rule.value), calendar);
    default:
      throw new RangeError(`deadline kind ${rule.kind} is not a reporting deadline`);
  }
}

type PeriodInput = Pick<Obligation, "frequency" | "cutoff" | "deadline">;

function dueOf(stated: IsoDate, calendar: WorkingCalendar) {
  const { due, movedFrom } = deadlineOn(stated, calendar);
  return { dueDate: due, dueDateMovedFrom: movedFrom };
}

function periodOfSlot(obligation: PeriodInput, slot: Slot, calendar: WorkingCalendar): ObligationPeriod {
  const range = calendarRangeOf(obligation.frequency, slot);
  const cutoff = cutoffRangeOf(obligation.frequency, obligation.cutoff, slot);
  return {
    period: periodKey(obligation.frequency, slot),
    label: periodLabelVi(obligation.frequency, slot),
    start: range.from,
    end: range.to,
    cutoff,
    ...dueOf(dueDateAfterCutoff(obligation, cutoff.to, calendar), calendar),
  };
}

/** One period by its key, or null when the key does not fit the obligation's frequency. */
export function obligationPeriod(
  obligation: PeriodInput,
  key: string,
  calendar: WorkingCalendar = vietnamCalendar,
): ObligationPeriod | null {
  const slot = parsePeriodKey(obligation.frequency, key);
  return slot ? periodOfSlot(obligation, slot, calendar) : null;
}

/** The period whose cut-off window holds `date` (the one being reported on that day). */
export function periodContaining(obligation: PeriodInput, date: IsoDate, calendar: WorkingCalendar = vietnamCalendar): ObligationPeriod {
  return periodOfSlot(obligation, slotContaining(obligation.frequency, obligation.cutoff, date), calendar);
}

/**
 * The periods whose cut-off window overlaps [from, to], in order, leaving out those whose window
 * ended before the obligation starts.
 */
export function obligationPeriods(
  obligation: PeriodInput & Pick<Obligation, "startsOn">,
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar = vietnamCalendar,
): ObligationPeriod[] {
  if (from > to) return [];
  const result: ObligationPeriod[] = [];
  let slot = slotContaining(obligation.frequency, obligation.cutoff, from);
  for (let i = 0; i < 1000; i++) {
    const p = periodOfSlot(obligation, slot, calendar);
    if (p.cutoff.from > to) break;
    if (p.cutoff.to >= obligation.startsOn) result.push(p);
    slot = nextSlot(obligation.frequency, slot);
  }
  return result;
}

/** Whether a period exists for the obligation (right key and not before it starts). */
export function isObligationPeriod(obligation: PeriodInput & Pick<Obligation, "startsOn">, key: string): boolean {
  const p = obligationPeriod(obligation, key);
  return p !== null && p.cutoff.to >= obligation.startsOn;
}

/**
 * The deadline of an obligation in words. A day-of-month rule of a half-yearly or quarterly
 * obligation names its days of the year ("Trước ngày 20/6 và 20/12 hằng năm", Circular 14/2024),
 * not "Hằng tháng, trước ngày 20"; other rules read as `describeRule` words them.
 */
export function obligationDeadlineText(obligation: Pick<Obligation, "frequency" | "cutoff" | "deadline">): string {
  const rule = obligation.deadline;
  const dayOfMonth = rule.kind === "recurring-monthly" || (rule.kind === "recurring-quarterly" && rule.value !== null);
  if (obligation.frequency === "month" || obligation.frequency === "year" || !dayOfMonth) return describeRule(rule);
  const stated = { ...obligation, deadline: { ...rule, before: false } };
  const days = Array.from({ length: perYear[obligation.frequency] }, (_, i) => {
    const cutoff = cutoffRangeOf(obligation.frequency, obligation.cutoff, { year: 2026, n: i + 1 });
    const { day, month } = parseIsoDate(dueDateAfterCutoff(stated, cutoff.to));
    return { month, text: `${day}/${month}` };
  })
    .sort((a, b) => a.month - b.month)
    .map((d) => d.text);
  const list = days.length > 1 ? `${days.slice(0, -1).join(", ")} và ${days.at(-1)}` : (days[0] ?? "");
  return `${rule.before ? "Trước ngày" : "Ngày"} ${list} hằng năm`;
}
