import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromDayNumber, toDayNumber } from "../calendar/iso-date";
import { type DeadlineRule, deadlineRuleSchema } from "./deadline-rule";
import { nextOccurrence, occurrenceContaining, occurrences, type RecurringRule } from "./occurrences";

const rule = (r: unknown): DeadlineRule => deadlineRuleSchema.parse(r);
const recurring = (r: unknown) => rule(r) as RecurringRule;

describe("occurrences", () => {
  it("gives one occurrence per month for 'trước ngày 20 hằng tháng', due the 19th", () => {
    const monthly = rule({ kind: "recurring-monthly", value: "20", before: true });
    const list = occurrences(monthly, "2026-06-01", "2026-11-22");
    expect(list.map((o) => o.period)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(list.map((o) => o.dueDate)).toEqual(["2026-06-19", "2026-07-19", "2026-08-19", "2026-09-19", "2026-10-19", "2026-11-19"]);
    expect(list[0]?.label).toBe("Tháng 6/2026");
  });

  it("clamps a monthly day the month lacks", () => {
    const endOfMonth = rule({ kind: "recurring-monthly", value: "31" });
    expect(occurrences(endOfMonth, "2027-02-01", "2027-04-30").map((o) => o.dueDate)).toEqual(["2027-02-28", "2027-03-31", "2027-04-30"]);
  });

  it("is due 29/11 each year for 'định kỳ hằng năm … trước ngày 30/11'", () => {
    const yearly = rule({ kind: "recurring-yearly", value: "11-30", before: true });
    expect(occurrences(yearly, "2025-07-09", "2027-01-01").map((o) => [o.period, o.dueDate])).toEqual([
      ["2025", "2025-11-29"],
      ["2026", "2026-11-29"],
      ["2027", "2027-11-29"],
    ]);
  });

  it("is due at the quarter end, or on day N of the next quarter's first month", () => {
    const atEnd = rule({ kind: "recurring-quarterly", value: null });
    expect(occurrences(atEnd, "2026-01-01", "2026-12-31").map((o) => o.dueDate)).toEqual([
      "2026-03-31",
      "2026-06-30",
      "2026-09-30",
      "2026-12-31",
    ]);
    const on15 = rule({ kind: "recurring-quarterly", value: "15" });
    const q4 = occurrences(on15, "2026-10-01", "2026-10-01")[0];
    expect(q4).toMatchObject({ period: "2026-Q4", label: "Quý IV/2026", dueDate: "2027-01-15" });
  });

  it("is due on the given weekday of each ISO week", () => {
    const fridays = rule({ kind: "recurring-weekly", value: "5" });
    expect(occurrences(fridays, "2025-12-29", "2026-01-11").map((o) => [o.period, o.dueDate])).toEqual([
      ["2026-W01", "2026-01-02"],
      ["2026-W02", "2026-01-09"],
    ]);
    const beforeMonday = rule({ kind: "recurring-weekly", value: "1", before: true });
    expect(occurrenceContaining(beforeMonday as RecurringRule, "2026-01-07").dueDate).toBe("2026-01-04");
  });

  it("returns nothing for a rule that does not recur or an empty range", () => {
    expect(occurrences(rule({ kind: "date", value: "2025-12-03" }), "2025-01-01", "2025-12-31")).toEqual([]);
    expect(occurrences(rule({ kind: "recurring-monthly", value: "5" }), "2026-02-01", "2026-01-01")).toEqual([]);
  });

  it("finds the next occurrence, even one due after its period", () => {
    const on15 = recurring({ kind: "recurring-quarterly", value: "15" });
    expect(nextOccurrence(on15, "2026-10-05")).toMatchObject({ period: "2026-Q3", dueDate: "2026-10-15" });
    expect(nextOccurrence(on15, "2026-10-16")).toMatchObject({ period: "2026-Q4", dueDate: "2027-01-15" });
  });

  const recurringRules = fc.oneof(
    fc.integer({ min: 1, max: 7 }).map((n) => ({ kind: "recurring-weekly", value: String(n) })),
    fc.integer({ min: 1, max: 31 }).map((n) => ({ kind: "recurring-monthly", value: String(n) })),
    fc.option(fc.integer({ min: 1, max: 31 }), { nil: null }).map((n) => ({
      kind: "recurring-quarterly",
      value: n === null ? null : String(n),
    })),
    fc
      .integer({ min: toDayNumber("2000-01-01"), max: toDayNumber("2000-12-31") })
      .map((n) => ({ kind: "recurring-yearly", value: fromDayNumber(n).slice(5) })),
  );
  const ruleArb = fc.tuple(recurringRules, fc.boolean()).map(([r, before]) => rule({ ...r, before }));
  const dates = fc.integer({ min: toDayNumber("2020-01-01"), max: toDayNumber("2030-12-31") }).map(fromDayNumber);

  it("gives one occurrence per period, contiguous, with increasing due dates (property)", () => {
    fc.assert(
      fc.property(ruleArb, dates, fc.integer({ min: 0, max: 800 }), (r, from, span) => {
        const to = addDays(from, span);
        const list = occurrences(r, from, to);
        const [first, last] = [list[0], list[list.length - 1]];
        if (!first || !last) throw new Error("no occurrence");
        expect(first.start <= from && from <= first.end).toBe(true);
        expect(last.start <= to && to <= last.end).toBe(true);
        expect(new Set(list.map((o) => o.period)).size).toBe(list.length);
        for (let i = 1; i < list.length; i += 1) {
          const [prev, cur] = [list[i - 1], list[i]];
          expect(cur && prev && cur.start === addDays(prev.end, 1)).toBe(true);
          expect(cur && prev && cur.dueDate > prev.dueDate).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
