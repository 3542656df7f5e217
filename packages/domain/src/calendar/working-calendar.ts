import { type Holiday, isWeekend, type MakeUpWorkday } from "./holiday-rules";
import { type HolidayTable, vietnamHolidayTable } from "./holiday-table";
import { buildHolidayYear, type HolidayYear } from "./holidays";
import { addDays, type IsoDate, parseIsoDate } from "./iso-date";

/** The working-day calendar of Vietnamese state agencies: Monday–Friday, less days off, plus make-up days. */
export interface WorkingCalendar {
  year(year: number): HolidayYear;
}

/** A calendar built from a holiday table (the national one by default); years are computed once. */
export function createWorkingCalendar(table: HolidayTable = vietnamHolidayTable): WorkingCalendar {
  const years = new Map<number, HolidayYear>();
  return {
    year(year) {
      const cached = years.get(year);
      if (cached) return cached;
      const built = buildHolidayYear(year, table);
      years.set(year, built);
      return built;
    },
  };
}

/** The national calendar (Labour Code 2019 and the Government's decisions in holiday-table.ts). */
export const vietnamCalendar: WorkingCalendar = createWorkingCalendar();

export function holidaysOf(year: number, calendar: WorkingCalendar = vietnamCalendar): readonly Holiday[] {
  return calendar.year(year).holidays;
}

export function makeUpWorkdaysOf(year: number, calendar: WorkingCalendar = vietnamCalendar): readonly MakeUpWorkday[] {
  return calendar.year(year).makeUpWorkdays;
}

/** The holiday, compensating or swapped day off on `date`, if any. */
export function dayOffOn(date: IsoDate, calendar: WorkingCalendar = vietnamCalendar): Holiday | undefined {
  return holidaysOf(parseIsoDate(date).year, calendar).find((h) => h.date === date);
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar = vietnamCalendar): boolean {
  const { year } = parseIsoDate(date);
  const data = calendar.year(year);
  if (data.makeUpWorkdays.some((d) => d.date === date)) return true;
  if (isWeekend(date)) return false;
  return !data.holidays.some((h) => h.date === date);
}

/**
 * Moves `n` working days from `date`, not counting `date` itself (Civil Code 2015 art. 147: a
 * period "kể từ ngày" starts the next day). n > 0 forwards, n < 0 backwards, n = 0 returns `date`.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar = vietnamCalendar): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Số ngày làm việc phải là số nguyên: ${n}`);
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(n); left > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/** `date` itself when it is a working day, else the next working day. */
export function workingDayOnOrAfter(date: IsoDate, calendar: WorkingCalendar = vietnamCalendar): IsoDate {
  return isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);
}

/** Working days in the interval (from, to]: 0 when `to` ≤ `from`. */
export function countWorkingDays(from: IsoDate, to: IsoDate, calendar: WorkingCalendar = vietnamCalendar): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (isWorkingDay(d, calendar)) count += 1;
  }
  return count;
}

/**
 * A deadline that falls on a weekend, a public holiday or a Tết day moves to the next working day
 * (Bộ luật Dân sự 2015, điều 148 khoản 5: the period ends at the end of the next working day).
 * The one rule for every deadline the product computes; `movedFrom` is the date as stated, when it moved.
 */
export function deadlineOn(stated: IsoDate, calendar: WorkingCalendar = vietnamCalendar): { due: IsoDate; movedFrom: IsoDate | null } {
  const due = workingDayOnOrAfter(stated, calendar);
  return { due, movedFrom: due === stated ? null : stated };
}
