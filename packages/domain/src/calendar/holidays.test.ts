import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compensatingDays, defaultNationalDayAdjacent, defaultTetDays, isWeekend } from "./holiday-rules";
import { vietnamHolidayTable } from "./holiday-table";
import { buildHolidayYear, legalHolidays } from "./holidays";
import { isoWeekday } from "./iso-date";
import { lunarNewYear } from "./lunar-calendar";

const datesOf = (year: number, kind?: string) =>
  buildHolidayYear(year)
    .holidays.filter((h) => !kind || h.kind === kind)
    .map((h) => h.date);

describe("holidays of 2024–2027", () => {
  it("2024: Tết 08–14/02, swap 29/4 ↔ 04/5, Quốc khánh 2–3/9", () => {
    expect(datesOf(2024)).toEqual([
      "2024-01-01",
      "2024-02-08",
      "2024-02-09",
      "2024-02-10",
      "2024-02-11",
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
      "2024-04-18",
      "2024-04-29",
      "2024-04-30",
      "2024-05-01",
      "2024-09-02",
      "2024-09-03",
    ]);
    expect(buildHolidayYear(2024).makeUpWorkdays.map((d) => d.date)).toEqual(["2024-05-04"]);
  });

  it("2025: Tết 27–31/01, Giỗ Tổ 07/4, 30/4–02/5 with make-up Saturday 26/4, Quốc khánh 1–2/9", () => {
    expect(datesOf(2025)).toEqual([
      "2025-01-01",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-05-02",
      "2025-09-01",
      "2025-09-02",
    ]);
    expect(buildHolidayYear(2025).makeUpWorkdays.map((d) => d.date)).toEqual(["2025-04-26"]);
  });

  it("2026: 01–02/01 (make-up 10/01), Tết 16–20/02, Giỗ Tổ on Sunday 26/4 compensated on 27/4", () => {
    expect(datesOf(2026)).toEqual([
      "2026-01-01",
      "2026-01-02",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-04-26",
      "2026-04-27",
      "2026-04-30",
      "2026-05-01",
      "2026-09-01",
      "2026-09-02",
    ]);
    expect(datesOf(2026, "compensating")).toEqual(["2026-04-27"]);
    expect(buildHolidayYear(2026).makeUpWorkdays.map((d) => d.date)).toEqual(["2026-01-10"]);
  });

  it("2027: Tết Saturday 06/02 → 05–09/02 plus compensating 10–11/02; 1/5 on Saturday → 03/5", () => {
    expect(datesOf(2027, "holiday")).toContain("2027-04-16");
    expect(datesOf(2027).filter((d) => d.startsWith("2027-02"))).toEqual([
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-02-11",
    ]);
    expect(datesOf(2027, "compensating")).toEqual(["2027-02-10", "2027-02-11", "2027-05-03"]);
    expect(datesOf(2027)).toContain("2027-09-03");
  });

  it("names each day and gives its source", () => {
    const tet = buildHolidayYear(2026).holidays.find((h) => h.date === "2026-02-17");
    expect(tet?.name).toBe("Tết Âm lịch (mùng 1 tháng Giêng)");
    for (const year of [2024, 2025, 2026, 2027]) {
      for (const h of buildHolidayYear(year).holidays) expect(h.source.length).toBeGreaterThan(10);
    }
  });
});

describe("the holiday table agrees with the rules", () => {
  it.each(Object.keys(vietnamHolidayTable).map(Number))("%i: listed compensating days are those the rule gives", (year) => {
    const decisions = vietnamHolidayTable[year] ?? {};
    const legal = legalHolidays(year);
    const off = new Set([...legal.map((h) => h.date), ...(decisions.swaps ?? []).map((s) => s.dayOff)]);
    const derived = compensatingDays(legal, off).map((h) => h.date);
    expect((decisions.compensating ?? []).map((c) => c.date)).toEqual(derived);
  });

  it.each(Object.entries(vietnamHolidayTable))(
    "%s: five Tết days around mùng 1, swaps trade a weekday for a weekend day",
    (y, decisions) => {
      const year = Number(y);
      const tet = decisions.tetDays?.dates ?? defaultTetDays(year);
      expect(tet).toHaveLength(5);
      expect(tet).toContain(lunarNewYear(year));
      for (const swap of decisions.swaps ?? []) {
        expect(isWeekend(swap.dayOff)).toBe(false);
        expect(isWeekend(swap.workday)).toBe(true);
      }
      const adjacent = decisions.nationalDayAdjacent?.date ?? defaultNationalDayAdjacent(year);
      expect([`${year}-09-01`, `${year}-09-03`]).toContain(adjacent);
    },
  );
});

describe("holidays by rule (any year)", () => {
  const years = fc.integer({ min: 1990, max: 2100 });

  it("hold the 11 legal days of the Labour Code, each compensated when on a weekend (property)", () => {
    fc.assert(
      fc.property(years, (year) => {
        const { holidays } = buildHolidayYear(year, {});
        const legal = holidays.filter((h) => h.kind === "holiday");
        const compensating = holidays.filter((h) => h.kind === "compensating");
        expect(legal).toHaveLength(11);
        expect(compensating).toHaveLength(legal.filter((h) => isWeekend(h.date)).length);
        expect(new Set(holidays.map((h) => h.date)).size).toBe(holidays.length);
        for (const h of compensating) {
          expect(isWeekend(h.date)).toBe(false);
          expect(h.date.startsWith(String(year))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("defaults Tết to the last day of the old year and mùng 1–4", () => {
    expect(defaultTetDays(2025)).toEqual(["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01"]);
    expect(buildHolidayYear(2025, {}).holidays.find((h) => h.kind === "compensating")?.date).toBe("2025-02-03");
  });

  it("picks the day next to 2/9 that joins the weekend, else 1/9", () => {
    expect(defaultNationalDayAdjacent(2024)).toBe("2024-09-03"); // Monday 2/9
    expect(defaultNationalDayAdjacent(2025)).toBe("2025-09-01"); // Tuesday
    expect(defaultNationalDayAdjacent(2027)).toBe("2027-09-03"); // Thursday
    expect(isoWeekday("2026-09-02")).toBe(3);
    expect(defaultNationalDayAdjacent(2026)).toBe("2026-09-01"); // Wednesday: no rule, 1/9
  });
});
