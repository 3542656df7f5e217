import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "./iso-date";
import { isoWeekOf, isQuarterEnd, quarterEnd, quarterOf, startOfIsoWeek } from "./periods";
import { civilDateOf, vietnamDateOf } from "./vietnam-time";

describe("periods", () => {
  it("ends quarters on 31/3, 30/6, 30/9, 31/12", () => {
    expect([1, 2, 3, 4].map((q) => quarterEnd(2026, q as 1 | 2 | 3 | 4))).toEqual(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]);
    expect(quarterOf("2026-08-15")).toEqual({ year: 2026, quarter: 3 });
    expect(isQuarterEnd("2026-09-30")).toBe(true);
    expect(isQuarterEnd("2026-09-29")).toBe(false);
  });

  it("numbers ISO weeks", () => {
    expect(isoWeekOf("2026-01-01")).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf("2027-01-01")).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(startOfIsoWeek("2026-02-08")).toBe("2026-02-02");
  });

  it("keeps every date within its week (property)", () => {
    const dates = fc.integer({ min: toDayNumber("1990-01-01"), max: toDayNumber("2100-12-31") }).map(fromDayNumber);
    fc.assert(
      fc.property(dates, (date) => {
        const monday = startOfIsoWeek(date);
        expect(toDayNumber(date) - toDayNumber(monday)).toBeGreaterThanOrEqual(0);
        expect(toDayNumber(date) - toDayNumber(monday)).toBeLessThan(7);
        expect(isoWeekOf(date)).toEqual(isoWeekOf(monday));
      }),
    );
  });
});

describe("Vietnam time", () => {
  it("turns an instant into the civil date in Hà Nội (UTC+7)", () => {
    expect(vietnamDateOf(new Date("2025-07-14T16:59:59Z"))).toBe("2025-07-14");
    expect(vietnamDateOf(new Date("2025-07-14T17:00:00Z"))).toBe("2025-07-15");
    expect(civilDateOf("2026-11-22")).toBe("2026-11-22");
  });
});
