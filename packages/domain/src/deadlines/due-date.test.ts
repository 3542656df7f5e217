import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWeekend } from "../calendar/holiday-rules";
import { addDays } from "../calendar/iso-date";
import { isQuarterEnd, quarterOf } from "../calendar/periods";
import { createWorkingCalendar, dayOffOn, isWorkingDay } from "../calendar/working-calendar";
import { type DeadlineRule, deadlineRuleSchema } from "./deadline-rule";
import { dueDate } from "./due-date";
import { DEFAULT_ASAP_FOLLOW_UP_DAYS, followUpDate } from "./follow-up";

const rule = (r: unknown): DeadlineRule => deadlineRuleSchema.parse(r);

describe("dueDate", () => {
  it("takes a date inclusively, or the day before with before: true", () => {
    expect(dueDate(rule({ kind: "date", value: "2025-12-03" }))).toBe("2025-12-03");
    expect(dueDate(rule({ kind: "date", value: "2025-07-14" }))).toBe("2025-07-14");
    expect(dueDate(rule({ kind: "date", value: "2025-11-30", before: true }))).toBe("2025-11-29");
    expect(dueDate(rule({ kind: "date", value: "2026-01-01", before: true }))).toBe("2025-12-31");
  });

  it("ends a month, a quarter, a year on its last day", () => {
    expect(dueDate(rule({ kind: "month", value: "2025-07" }))).toBe("2025-07-31");
    expect(dueDate(rule({ kind: "month", value: "2028-02" }))).toBe("2028-02-29");
    expect(dueDate(rule({ kind: "quarter", value: "2026-Q3" }))).toBe("2026-09-30");
    expect(dueDate(rule({ kind: "quarter", value: "2026-Q2" }))).toBe("2026-06-30");
    expect(dueDate(rule({ kind: "quarter", value: "2026-Q4" }))).toBe("2026-12-31");
    expect(dueDate(rule({ kind: "quarter", value: "2027-Q1" }))).toBe("2027-03-31");
    expect(dueDate(rule({ kind: "year", value: "2026" }))).toBe("2026-12-31");
  });

  it("reads before: true on a period as the day before it starts", () => {
    expect(dueDate(rule({ kind: "month", value: "2025-07", before: true }))).toBe("2025-06-30");
    expect(dueDate(rule({ kind: "quarter", value: "2026-Q3", before: true }))).toBe("2026-06-30");
    expect(dueDate(rule({ kind: "year", value: "2026", before: true }))).toBe("2025-12-31");
  });

  it("counts working days from the event, skipping weekends and holidays", () => {
    const fiveDays = rule({ kind: "working-days-after", value: "5", event: "ngày phê duyệt" });
    expect(dueDate(fiveDays, { eventDate: "2025-08-28" })).toBe("2025-09-08"); // 29/8, 3/9, 4/9, 5/9, 8/9
    expect(dueDate(fiveDays, { eventDate: "2026-02-12" })).toBe("2026-02-26");
    expect(dueDate(fiveDays)).toBeNull();
    const oneDay = rule({ kind: "working-days-after", value: "1" });
    expect(dueDate(oneDay, { eventDate: "2025-01-31" })).toBe("2025-02-03"); // official Tết 27–31/01
    // with Tết by rule (28/01–01/02, compensated on Monday 03/02) the next working day is 04/02
    expect(dueDate(oneDay, { eventDate: "2025-01-31", calendar: createWorkingCalendar({}) })).toBe("2025-02-04");
  });

  it("has no date for asap, continuous and none, nor for recurring rules without asOf", () => {
    for (const kind of ["asap", "continuous", "none"]) expect(dueDate(rule({ kind, value: null }))).toBeNull();
    expect(dueDate(rule({ kind: "recurring-monthly", value: "20", before: true }))).toBeNull();
    expect(dueDate(rule({ kind: "recurring-monthly", value: "20", before: true }), { asOf: "2026-11-22" })).toBe("2026-12-19");
    expect(dueDate(rule({ kind: "recurring-monthly", value: "20", before: true }), { asOf: "2026-11-19" })).toBe("2026-11-19");
  });

  it("rejects dates that do not exist at the edge", () => {
    expect(deadlineRuleSchema.safeParse({ kind: "date", value: "2025-02-30" }).success).toBe(false);
    expect(deadlineRuleSchema.safeParse({ kind: "recurring-yearly", value: "02-30" }).success).toBe(false);
    expect(deadlineRuleSchema.safeParse({ kind: "recurring-yearly", value: "02-29" }).success).toBe(true);
  });

  const years = fc.integer({ min: 2000, max: 2100 });

  it("always ends a quarter on a quarter end of that quarter (property)", () => {
    fc.assert(
      fc.property(years, fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        const due = dueDate(rule({ kind: "quarter", value: `${year}-Q${quarter}` }));
        expect(due).not.toBeNull();
        expect(isQuarterEnd(due ?? "")).toBe(true);
        expect(quarterOf(due ?? "")).toEqual({ year, quarter });
        expect(["03-31", "06-30", "09-30", "12-31"]).toContain(due?.slice(5));
      }),
    );
  });

  it("never puts a working-day deadline on a weekend or holiday (property)", () => {
    const events = fc.integer({ min: 0, max: 365 * 4 }).map((n) => addDays("2024-01-01", n));
    fc.assert(
      fc.property(events, fc.integer({ min: 1, max: 30 }), (eventDate, n) => {
        const due = dueDate(rule({ kind: "working-days-after", value: String(n) }), { eventDate });
        expect(due).not.toBeNull();
        expect(isWorkingDay(due ?? "")).toBe(true);
        expect(dayOffOn(due ?? "")).toBeUndefined();
        expect(due && isWeekend(due) && !["2024-05-04", "2025-04-26", "2026-01-10"].includes(due)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("followUpDate (asap)", () => {
  it("follows up after a configurable number of days", () => {
    expect(DEFAULT_ASAP_FOLLOW_UP_DAYS).toBe(15);
    expect(followUpDate("2025-07-09")).toBe("2025-07-24");
    expect(followUpDate("2025-07-09", 7)).toBe("2025-07-16");
    expect(followUpDate("2025-08-28", 3, { calendar: createWorkingCalendar() })).toBe("2025-09-04");
    expect(() => followUpDate("2025-07-09", -1)).toThrow(RangeError);
  });
});
