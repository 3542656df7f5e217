import { formatDateVi } from "../shared/format";
import { addDays, type IsoDate, parseIsoDate } from "./iso-date";
import type { Quarter } from "./periods";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** "2025-11-30" → "30/11" (day and month only, for yearly rules). */
export function formatDayMonthVi(date: IsoDate): string {
  const { month, day } = parseIsoDate(date);
  return `${pad2(day)}/${pad2(month)}`;
}

const WEEKDAY_NAMES = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"] as const;

/** ISO weekday (1 = Monday … 7 = Sunday) → "thứ Hai" … "Chủ nhật". */
export function weekdayNameVi(isoWeekdayNumber: number): string {
  const name = WEEKDAY_NAMES[isoWeekdayNumber - 1];
  if (!name) throw new RangeError(`Thứ trong tuần không hợp lệ: ${isoWeekdayNumber}`);
  return name;
}

const ROMAN = { 1: "I", 2: "II", 3: "III", 4: "IV" } as const;

export function romanQuarter(quarter: Quarter): string {
  return ROMAN[quarter];
}

/** "Tháng 7/2025". */
export function monthLabelVi(year: number, month: number): string {
  return `Tháng ${month}/${year}`;
}

/** "Quý III/2026". */
export function quarterLabelVi(year: number, quarter: Quarter): string {
  return `Quý ${romanQuarter(quarter)}/${year}`;
}

/** "Năm 2026". */
export function yearLabelVi(year: number): string {
  return `Năm ${year}`;
}

/** "Tuần 5/2026 (02/02–08/02/2026)". */
export function weekLabelVi(weekYear: number, week: number, monday: IsoDate): string {
  return `Tuần ${week}/${weekYear} (${formatDayMonthVi(monday)}–${formatDateVi(addDays(monday, 6))})`;
}

/**
 * The date of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5): a leading
 * zero for days 1–9 and for months 1 and 2 only: "ngày 05 tháng 02 năm 2026", "ngày 30 tháng 6 năm 2026".
 */
export function formatDecree30Date(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : month} năm ${year}`;
}
