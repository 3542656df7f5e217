/**
 * Public holidays by rule, Labour Code 2019 (Bộ luật Lao động số 45/2019/QH14):
 * Art. 112(1): 1/1; Tết Âm lịch 5 days; 30/4; 1/5; 2/9 and one adjacent day (before or after);
 *   Giỗ Tổ Hùng Vương 10/3 lunar. Art. 112(3): the Prime Minister fixes the Tết days and the
 *   day adjacent to 2/9 each year (see holiday-table.ts for the decisions we hold).
 * Art. 111(3): a holiday falling on the weekly rest day is compensated on the next working day.
 */
import { formatDateVi } from "../shared/format";
import { addDays, type IsoDate, isoDate, isoWeekday } from "./iso-date";
import { lastDayOfLunarYear, lunarToSolar, solarToLunar } from "./lunar-calendar";

export type HolidayKind = "holiday" | "compensating" | "swapped";

/** A day off other than an ordinary weekend (a holiday on a weekend is listed too). */
export interface Holiday {
  date: IsoDate;
  name: string;
  /** holiday: by law · compensating: nghỉ bù · swapped: nghỉ hoán đổi (worked on a make-up day). */
  kind: HolidayKind;
  source: string;
}

/** A Saturday or Sunday worked in exchange for a swapped day off (ngày làm bù). */
export interface MakeUpWorkday {
  date: IsoDate;
  name: string;
  source: string;
}

export const LABOUR_CODE_HOLIDAYS = "Bộ luật Lao động 2019, Điều 112 khoản 1";
export const DERIVED_BY_RULE = "derived by rule";

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

export function fixedDateHolidays(year: number): Holiday[] {
  const holiday = (month: number, day: number, name: string): Holiday => ({
    date: isoDate(year, month, day),
    name,
    kind: "holiday",
    source: LABOUR_CODE_HOLIDAYS,
  });
  return [
    holiday(1, 1, "Tết Dương lịch"),
    holiday(4, 30, "Ngày Chiến thắng (30/4)"),
    holiday(5, 1, "Ngày Quốc tế Lao động (1/5)"),
    holiday(9, 2, "Quốc khánh (2/9)"),
  ];
}

/** Giỗ Tổ Hùng Vương: 10 tháng 3 âm lịch of lunar year `year`. */
export function hungKingsDay(year: number): IsoDate {
  const date = lunarToSolar({ year, month: 3, day: 10, leap: false });
  if (!date) throw new Error(`Không tính được Giỗ Tổ Hùng Vương năm ${year}`); // day 10 always exists
  return date;
}

/** The default five Tết days: the last day of the old lunar year and mùng 1 to mùng 4. */
export function defaultTetDays(year: number): IsoDate[] {
  const eve = lastDayOfLunarYear(year - 1);
  return [0, 1, 2, 3, 4].map((i) => addDays(eve, i));
}

/** "Tết Âm lịch (mùng 1 tháng Giêng)", "Tết Âm lịch (30 tháng Chạp)". */
export function tetDayName(date: IsoDate): string {
  const lunar = solarToLunar(date);
  const monthName = lunar.month === 1 ? "tháng Giêng" : lunar.month === 12 ? "tháng Chạp" : `tháng ${lunar.month}`;
  const dayName = lunar.day <= 10 ? `mùng ${lunar.day}` : String(lunar.day);
  return `Tết Âm lịch (${dayName} ${monthName})`;
}

/**
 * The day next to 2/9 when no decision is known: the one that joins the weekend (Monday 2/9 →
 * 3/9, as in 2024; Thursday → 3/9), otherwise 1/9 (as in 2022, 2023, 2025).
 */
export function defaultNationalDayAdjacent(year: number): IsoDate {
  const weekday = isoWeekday(isoDate(year, 9, 2));
  return weekday === 1 || weekday === 4 ? isoDate(year, 9, 3) : isoDate(year, 9, 1);
}

/**
 * Art. 111(3): each holiday on a Saturday or Sunday gives one compensating day on the next
 * working day that is not already a day off. `daysOff` holds the holidays and swapped days off.
 */
export function compensatingDays(holidays: readonly Holiday[], daysOff: ReadonlySet<IsoDate>): Holiday[] {
  const taken = new Set(daysOff);
  const result: Holiday[] = [];
  const sorted = [...holidays].filter((h) => h.kind === "holiday").sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const holiday of sorted) {
    if (!isWeekend(holiday.date)) continue;
    let candidate = addDays(holiday.date, 1);
    while (isWeekend(candidate) || taken.has(candidate)) candidate = addDays(candidate, 1);
    taken.add(candidate);
    result.push({
      date: candidate,
      name: `Nghỉ bù ${holiday.name} ngày ${formatDateVi(holiday.date)}`,
      kind: "compensating",
      source: `${DERIVED_BY_RULE} (Bộ luật Lao động 2019, Điều 111 khoản 3)`,
    });
  }
  return result;
}
