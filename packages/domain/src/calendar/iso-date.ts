/**
 * Civil dates as plain ISO strings "YYYY-MM-DD" (a local date in Asia/Ho_Chi_Minh, no time, no zone).
 * Arithmetic goes through a day number (days since 1970-01-01); `Date.UTC` is only used as a
 * proleptic Gregorian calculator, never as a clock.
 */
export type IsoDate = string;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written "YYYY-MM-DD" (rejects "2025-02-30"). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parseIsoDate(date: IsoDate): CivilDate {
  if (!isIsoDate(date)) throw new RangeError(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Builds "YYYY-MM-DD"; throws when the parts do not name a real date. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!isIsoDate(date)) throw new RangeError(`Ngày không tồn tại: ${day}/${month}/${year}`);
  return date;
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `to − from` in days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy), 7 = Sunday (Chủ nhật). */
export function isoWeekday(date: IsoDate): number {
  const sundayBased = new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
  return sundayBased === 0 ? 7 : sundayBased;
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The last day of a month, clamping a day number that does not exist ("31/4" → 30/4). */
export function clampedDate(year: number, month: number, day: number): IsoDate {
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}
