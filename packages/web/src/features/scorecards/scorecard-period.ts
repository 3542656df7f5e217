import { type DateRange, monthRange, type Quarter, quarterRange, yearRange } from "@dondoc/domain";

export type PeriodKind = "month" | "quarter" | "year";

/** A scorecard period written as the deadline values are: "2025", "2025-Q3", "2025-07". */
export interface Period extends DateRange {
  kind: PeriodKind;
  value: string;
}

/** "2025" → the year, "2025-Q3" → 1/7–30/9/2025, "2025-07" → July 2025; null for anything else. */
export function parsePeriod(value: string | null | undefined): Period | null {
  const text = value?.trim() ?? "";
  let m = text.match(/^(\d{4})$/);
  if (m) return { kind: "year", value: text, ...yearRange(Number(m[1])) };
  m = text.match(/^(\d{4})-Q([1-4])$/);
  if (m) return { kind: "quarter", value: text, ...quarterRange(Number(m[1]), Number(m[2]) as Quarter) };
  m = text.match(/^(\d{4})-(0[1-9]|1[0-2])$/);
  if (m) return { kind: "month", value: text, ...monthRange(Number(m[1]), Number(m[2])) };
  return null;
}

/** The period of `kind` that contains a date (YYYY-MM-DD). */
export function periodContaining(kind: PeriodKind, isoDate: string): Period {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  const value = kind === "year" ? year : kind === "quarter" ? `${year}-Q${Math.ceil(month / 3)}` : isoDate.slice(0, 7);
  return parsePeriod(value) as Period;
}

/** "Năm 2025", "Quý III/2025", "Tháng 7/2025" (and the English forms). */
export function periodLabel(period: Period, lang: "vi" | "en"): string {
  const year = period.value.slice(0, 4);
  if (period.kind === "year") return lang === "vi" ? `Năm ${year}` : `Year ${year}`;
  if (period.kind === "quarter") {
    const q = Number(period.value.slice(6));
    return lang === "vi" ? `Quý ${["I", "II", "III", "IV"][q - 1]}/${year}` : `Q${q} ${year}`;
  }
  return lang === "vi" ? `Tháng ${Number(period.value.slice(5))}/${year}` : `${period.value.slice(5)}/${year}`;
}
