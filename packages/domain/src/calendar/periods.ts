import { addDays, daysInMonth, type IsoDate, isoDate, isoWeekday, parseIsoDate, toDayNumber } from "./iso-date";

export type Quarter = 1 | 2 | 3 | 4;

/** An inclusive range of civil dates. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

export function quarterOfMonth(month: number): Quarter {
  return (Math.floor((month - 1) / 3) + 1) as Quarter;
}

export function quarterOf(date: IsoDate): { year: number; quarter: Quarter } {
  const { year, month } = parseIsoDate(date);
  return { year, quarter: quarterOfMonth(month) };
}

export function quarterStart(year: number, quarter: Quarter): IsoDate {
  return isoDate(year, quarter * 3 - 2, 1);
}

/** 31/3, 30/6, 30/9 or 31/12. */
export function quarterEnd(year: number, quarter: Quarter): IsoDate {
  return endOfMonth(year, quarter * 3);
}

export function isQuarterEnd(date: IsoDate): boolean {
  const { year, quarter } = quarterOf(date);
  return quarterEnd(year, quarter) === date;
}

export function monthRange(year: number, month: number): DateRange {
  return { from: isoDate(year, month, 1), to: endOfMonth(year, month) };
}

export function quarterRange(year: number, quarter: Quarter): DateRange {
  return { from: quarterStart(year, quarter), to: quarterEnd(year, quarter) };
}

export function yearRange(year: number): DateRange {
  return { from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) };
}

/** Monday of the ISO week holding `date`. */
export function startOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO-8601 week number and week-year (the week belongs to the year of its Thursday). */
export function isoWeekOf(date: IsoDate): { year: number; week: number } {
  const thursday = addDays(startOfIsoWeek(date), 3);
  const { year } = parseIsoDate(thursday);
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(isoDate(year, 1, 1))) / 7) + 1;
  return { year, week };
}

export function isWithin(date: IsoDate, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}
