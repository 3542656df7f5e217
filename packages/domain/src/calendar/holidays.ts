import { formatDateVi } from "../shared/format";
import {
  compensatingDays,
  DERIVED_BY_RULE,
  defaultNationalDayAdjacent,
  defaultTetDays,
  fixedDateHolidays,
  type Holiday,
  hungKingsDay,
  LABOUR_CODE_HOLIDAYS,
  type MakeUpWorkday,
  tetDayName,
} from "./holiday-rules";
import { type HolidayTable, vietnamHolidayTable } from "./holiday-table";
import type { IsoDate } from "./iso-date";

export interface HolidayYear {
  year: number;
  /** Every day off other than an ordinary weekend, sorted by date. */
  holidays: readonly Holiday[];
  /** Weekend days worked (làm bù), sorted by date. */
  makeUpWorkdays: readonly MakeUpWorkday[];
}

const byDate = <T extends { date: IsoDate }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The legal holidays of `year` (kind "holiday"), with the year's Tết days and day next to 2/9. */
export function legalHolidays(year: number, table: HolidayTable = vietnamHolidayTable): Holiday[] {
  const decisions = table[year] ?? {};
  const tet = decisions.tetDays ?? {
    dates: defaultTetDays(year),
    source: `${DERIVED_BY_RULE} (ngày cuối năm âm lịch và mùng 1–4)`,
  };
  const adjacent = decisions.nationalDayAdjacent ?? {
    date: defaultNationalDayAdjacent(year),
    source: `${DERIVED_BY_RULE} (ngày liền kề nối với ngày nghỉ cuối tuần, nếu không thì 1/9)`,
  };
  return [
    ...fixedDateHolidays(year),
    ...tet.dates.map((date) => ({ date, name: tetDayName(date), kind: "holiday" as const, source: tet.source })),
    {
      date: hungKingsDay(year),
      name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
      kind: "holiday" as const,
      source: LABOUR_CODE_HOLIDAYS,
    },
    { date: adjacent.date, name: "Quốc khánh (ngày liền kề)", kind: "holiday" as const, source: adjacent.source },
  ].sort(byDate);
}

/** All days off and make-up workdays of `year`: the table's decisions, the rest by rule. */
export function buildHolidayYear(year: number, table: HolidayTable = vietnamHolidayTable): HolidayYear {
  const decisions = table[year] ?? {};
  const legal = legalHolidays(year, table);
  const swaps = decisions.swaps ?? [];
  const swapped: Holiday[] = swaps.map((swap) => ({
    date: swap.dayOff,
    name: `Nghỉ hoán đổi, làm bù ngày ${formatDateVi(swap.workday)}`,
    kind: "swapped",
    source: swap.source,
  }));
  const names = new Map(legal.map((h) => [h.date, h.name]));
  const compensating: Holiday[] = decisions.compensating
    ? decisions.compensating.map((c) => ({
        date: c.date,
        name: `Nghỉ bù ${names.get(c.for) ?? "ngày lễ"} ngày ${formatDateVi(c.for)}`,
        kind: "compensating",
        source: c.source,
      }))
    : compensatingDays(legal, new Set([...legal, ...swapped].map((h) => h.date)));
  const makeUpWorkdays = swaps
    .map((swap) => ({
      date: swap.workday,
      name: `Làm bù cho ngày nghỉ ${formatDateVi(swap.dayOff)}`,
      source: swap.source,
    }))
    .sort(byDate);
  return { year, holidays: [...legal, ...swapped, ...compensating].sort(byDate), makeUpWorkdays };
}
