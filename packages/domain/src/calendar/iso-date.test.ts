import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  clampedDate,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isoDate,
  isoWeekday,
  parseIsoDate,
  toDayNumber,
} from "./iso-date";

const dayNumbers = fc.integer({ min: toDayNumber("1900-01-01"), max: toDayNumber("2199-12-31") });

describe("iso dates", () => {
  it.each(["2025-02-29", "2025-04-31", "2025-13-01", "2025-1-01", "25-01-01", "2025-00-10", ""])("rejects %j", (text) => {
    expect(isIsoDate(text)).toBe(false);
    expect(() => parseIsoDate(text)).toThrow(RangeError);
  });

  it("accepts 29/02 of leap years only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("counts days across months and years", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2025-07-14", "2026-11-22")).toBe(496);
    expect(toDayNumber("1970-01-01")).toBe(0);
  });

  it("knows the weekday (1 = Monday, 7 = Sunday)", () => {
    expect(isoWeekday("2025-07-14")).toBe(1);
    expect(isoWeekday("2026-02-17")).toBe(2);
    expect(isoWeekday("2026-04-26")).toBe(7);
    expect(isoWeekday("2025-12-03")).toBe(3);
  });

  it("clamps a day the month lacks", () => {
    expect(clampedDate(2026, 4, 31)).toBe("2026-04-30");
    expect(clampedDate(2027, 2, 29)).toBe("2027-02-28");
    expect(() => isoDate(2026, 4, 31)).toThrow(RangeError);
  });

  it("round-trips day numbers and keeps weekdays cycling (property)", () => {
    fc.assert(
      fc.property(dayNumbers, fc.integer({ min: -800, max: 800 }), (n, shift) => {
        const date = fromDayNumber(n);
        expect(toDayNumber(date)).toBe(n);
        expect(daysBetween(date, addDays(date, shift))).toBe(shift);
        expect((isoWeekday(addDays(date, 7 * Math.trunc(shift / 7))) - isoWeekday(date)) % 7).toBe(0);
      }),
    );
  });
});
