import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "./iso-date";
import { lastDayOfLunarYear, lunarMonthLength, lunarNewYear, lunarToSolar, solarToLunar } from "./lunar-calendar";

describe("lunar calendar (UTC+7)", () => {
  it.each([
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2020, "2020-01-25"],
    [2021, "2021-02-12"],
    [2022, "2022-02-01"],
  ])("Tết %i falls on %s", (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
  });

  it("uses UTC+7, not China's UTC+8 (Tết 2007 and 1985 differ from China's)", () => {
    expect(lunarNewYear(2007)).toBe("2007-02-17"); // China: 18/02/2007
    expect(lunarNewYear(1985)).toBe("1985-01-21"); // China: 20/02/1985
  });

  it.each([
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
    [2027, "2027-04-16"],
  ])("Giỗ Tổ Hùng Vương (10/3 âm lịch) %i falls on %s", (year, date) => {
    expect(lunarToSolar({ year, month: 3, day: 10, leap: false })).toBe(date);
  });

  it.each([
    ["2020-05-23", { year: 2020, month: 4, day: 1, leap: true }],
    ["2023-03-22", { year: 2023, month: 2, day: 1, leap: true }],
    ["2025-07-25", { year: 2025, month: 6, day: 1, leap: true }],
    ["2033-12-22", { year: 2033, month: 11, day: 1, leap: true }],
  ])("leap month starting %s", (date, lunar) => {
    expect(solarToLunar(date)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toBe(date);
  });

  it("knows the Mid-Autumn festival and the last day of the year", () => {
    expect(lunarToSolar({ year: 2025, month: 8, day: 15, leap: false })).toBe("2025-10-06");
    expect(lastDayOfLunarYear(2024)).toBe("2025-01-28"); // 29 tháng Chạp Giáp Thìn
    expect(solarToLunar("2025-01-28")).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(lastDayOfLunarYear(2023)).toBe("2024-02-09"); // 30 tháng Chạp Quý Mão
  });

  it("returns null for lunar dates that do not exist", () => {
    expect(lunarToSolar({ year: 2024, month: 12, day: 30, leap: false })).toBeNull(); // 29-day month
    expect(lunarToSolar({ year: 2025, month: 5, day: 1, leap: true })).toBeNull(); // the leap month is 6
    expect(lunarToSolar({ year: 2024, month: 3, day: 1, leap: true })).toBeNull(); // no leap month in 2024
    expect(lunarToSolar({ year: 2025, month: 13, day: 1, leap: false })).toBeNull();
  });

  const dates = fc.integer({ min: toDayNumber("1950-01-01"), max: toDayNumber("2100-12-31") }).map((n) => fromDayNumber(n));

  it("round-trips solar → lunar → solar (property)", () => {
    fc.assert(
      fc.property(dates, (date) => {
        const lunar = solarToLunar(date);
        expect(lunarToSolar(lunar)).toBe(date);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
      }),
      { numRuns: 300 },
    );
  });

  it("has months of 29 or 30 days and Tết between 21/01 and 20/02 (property)", () => {
    fc.assert(
      fc.property(dates, (date) => {
        expect([29, 30]).toContain(lunarMonthLength(date));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), (year) => {
        const tet = lunarNewYear(year);
        expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
