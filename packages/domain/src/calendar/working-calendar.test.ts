import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWeekend } from "./holiday-rules";
import { fromDayNumber, toDayNumber } from "./iso-date";
import {
  addWorkingDays,
  countWorkingDays,
  createWorkingCalendar,
  dayOffOn,
  holidaysOf,
  isWorkingDay,
  vietnamCalendar,
  workingDayOnOrAfter,
} from "./working-calendar";

describe("working days", () => {
  it("treats weekends, holidays, compensating and swapped days as days off", () => {
    expect(isWorkingDay("2025-07-14")).toBe(true);
    expect(isWorkingDay("2025-07-12")).toBe(false); // Saturday
    expect(isWorkingDay("2025-09-02")).toBe(false);
    expect(isWorkingDay("2026-04-27")).toBe(false); // nghỉ bù Giỗ Tổ
    expect(isWorkingDay("2026-01-02")).toBe(false); // hoán đổi
    expect(dayOffOn("2026-02-17")?.kind).toBe("holiday");
  });

  it("treats a make-up Saturday as a working day", () => {
    expect(isWorkingDay("2026-01-10")).toBe(true);
    expect(isWorkingDay("2025-04-26")).toBe(true);
    expect(isWorkingDay("2026-01-17")).toBe(false);
  });

  it("counts 5 working days after an approval, skipping Tết", () => {
    expect(addWorkingDays("2025-07-14", 5)).toBe("2025-07-21");
    expect(addWorkingDays("2026-02-12", 5)).toBe("2026-02-26"); // 13/02, then 23–26/02 after Tết
    expect(addWorkingDays("2025-04-29", 1)).toBe("2025-05-05");
    expect(addWorkingDays("2026-01-09", 1)).toBe("2026-01-10"); // the make-up Saturday
    expect(addWorkingDays("2025-07-21", -5)).toBe("2025-07-14");
    expect(addWorkingDays("2025-07-19", 0)).toBe("2025-07-19");
  });

  it("finds the first working day on or after a date", () => {
    expect(workingDayOnOrAfter("2025-08-30")).toBe("2025-09-03");
    expect(workingDayOnOrAfter("2025-09-03")).toBe("2025-09-03");
  });

  it("lists holidays by year and accepts another table", () => {
    expect(holidaysOf(2026).length).toBeGreaterThan(10);
    const derivedOnly = createWorkingCalendar({});
    expect(isWorkingDay("2025-01-27", derivedOnly)).toBe(true); // the default Tết starts 28/01
    expect(isWorkingDay("2025-01-27", vietnamCalendar)).toBe(false);
  });

  const dates = fc.integer({ min: toDayNumber("2023-01-01"), max: toDayNumber("2028-12-31") }).map(fromDayNumber);
  const counts = fc.integer({ min: 1, max: 60 });

  it("never ends a working-day period on a weekend or a holiday (property)", () => {
    fc.assert(
      fc.property(dates, counts, (date, n) => {
        const due = addWorkingDays(date, n);
        expect(due > date).toBe(true);
        expect(isWorkingDay(due)).toBe(true);
        expect(dayOffOn(due)).toBeUndefined();
        const isMakeUp = vietnamCalendar.year(Number(due.slice(0, 4))).makeUpWorkdays.some((d) => d.date === due);
        expect(isWeekend(due) && !isMakeUp).toBe(false);
        expect(countWorkingDays(date, due)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it("goes back and forth by the same count (property)", () => {
    fc.assert(
      fc.property(dates, counts, (date, n) => {
        const start = workingDayOnOrAfter(date);
        expect(addWorkingDays(addWorkingDays(start, n), -n)).toBe(start);
      }),
      { numRuns: 200 },
    );
  });
});
