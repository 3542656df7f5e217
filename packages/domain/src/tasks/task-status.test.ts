import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, fromDayNumber, toDayNumber } from "../calendar/iso-date";
import { deadlineKinds } from "../deadlines/deadline-rule";
import { type TaskFacts, taskFactsSchema } from "./task-facts";
import { assessTask, isDone, taskStatus, taskStatuses } from "./task-status";

const facts = (overrides: Partial<TaskFacts> = {}): TaskFacts => ({
  dueDate: "2025-07-14",
  kind: "date",
  completedOn: null,
  cancelled: false,
  extension: null,
  ...overrides,
});

describe("taskStatus", () => {
  it("is in progress up to the end of the due day, overdue from the next day (Asia/Ho_Chi_Minh)", () => {
    expect(taskStatus(facts(), "2025-07-14")).toBe("in-progress");
    expect(taskStatus(facts(), "2025-07-15")).toBe("overdue");
    expect(taskStatus(facts(), new Date("2025-07-14T16:59:59Z"))).toBe("in-progress"); // 23:59:59 in Hà Nội
    expect(taskStatus(facts(), new Date("2025-07-14T17:00:00Z"))).toBe("overdue"); // 00:00 on 15/07
  });

  it("marks a task due 14/07/2025 and not completed overdue as of 2026-11-22", () => {
    const result = assessTask(facts(), "2026-11-22");
    expect(result.status).toBe("overdue");
    expect(result.daysLate).toBe(496);
  });

  it("judges completion against the due date", () => {
    expect(taskStatus(facts({ completedOn: "2025-07-14" }), "2026-11-22")).toBe("done-on-time");
    expect(taskStatus(facts({ completedOn: "2025-07-15" }), "2026-11-22")).toBe("done-late");
    expect(assessTask(facts({ completedOn: "2025-07-20" }), "2026-11-22").daysLate).toBe(6);
  });

  it("ignores facts dated after now (statuses can be recomputed as of a past date)", () => {
    const late = facts({ completedOn: "2025-08-01", cancelled: true, cancelledOn: "2025-09-01" });
    expect(taskStatus(late, "2025-07-10")).toBe("in-progress");
    expect(taskStatus(late, "2025-07-20")).toBe("overdue");
    expect(taskStatus(late, "2025-08-15")).toBe("done-late");
    expect(taskStatus(late, "2025-09-01")).toBe("cancelled");
    expect(taskStatus(facts({ cancelled: true }), "2020-01-01")).toBe("cancelled");
  });

  it("has no deadline for continuous and none tasks; asap tasks stay in progress", () => {
    expect(taskStatus(facts({ dueDate: null, kind: "continuous" }), "2026-11-22")).toBe("continuous");
    expect(taskStatus(facts({ dueDate: null, kind: "none" }), "2026-11-22")).toBe("continuous");
    expect(taskStatus(facts({ dueDate: null, kind: "asap" }), "2026-11-22")).toBe("in-progress");
    expect(taskStatus(facts({ dueDate: null, kind: "asap", completedOn: "2026-01-01" }), "2026-11-22")).toBe("done-on-time");
  });

  it("shields a task while an extension requested in time awaits a decision", () => {
    const extension = { requestedOn: "2025-07-10", status: "requested" as const, newDueDate: "2025-08-31" };
    expect(taskStatus(facts({ extension }), "2025-07-09")).toBe("in-progress"); // not requested yet
    expect(taskStatus(facts({ extension }), "2025-07-12")).toBe("extension-requested");
    expect(taskStatus(facts({ extension }), "2025-07-20")).toBe("extension-requested");
    const tooLate = { ...extension, requestedOn: "2025-07-16" };
    expect(taskStatus(facts({ extension: tooLate }), "2025-07-20")).toBe("overdue");
  });

  it("keeps the original deadline but judges an extended task against the new date, flagged", () => {
    const approved = {
      requestedOn: "2025-07-10",
      status: "approved" as const,
      newDueDate: "2025-08-31",
      decidedOn: "2025-07-12",
    };
    expect(taskStatus(facts({ extension: approved }), "2025-07-11")).toBe("extension-requested");
    const extendedNow = assessTask(facts({ extension: approved }), "2025-08-01");
    expect(extendedNow).toMatchObject({
      status: "extended",
      originalDueDate: "2025-07-14",
      effectiveDueDate: "2025-08-31",
      extended: true,
    });
    expect(taskStatus(facts({ extension: approved }), "2025-09-01")).toBe("overdue");
    const doneInExtension = assessTask(facts({ extension: approved, completedOn: "2025-08-20" }), "2025-12-01");
    expect(doneInExtension).toMatchObject({ status: "done-on-time", extended: true, originalDueDate: "2025-07-14" });
    expect(taskStatus(facts({ extension: approved, completedOn: "2025-09-02" }), "2025-12-01")).toBe("done-late");
  });

  it("treats a rejected extension as none", () => {
    const rejected = { requestedOn: "2025-07-10", status: "rejected" as const, newDueDate: "2025-08-31" };
    expect(taskStatus(facts({ extension: rejected }), "2025-07-14")).toBe("in-progress");
    expect(taskStatus(facts({ extension: rejected }), "2025-07-15")).toBe("overdue");
  });
});

describe("taskStatus properties", () => {
  const dates = fc.integer({ min: toDayNumber("2024-01-01"), max: toDayNumber("2027-12-31") }).map(fromDayNumber);
  const factsArb = fc.record({
    dueDate: fc.option(dates, { nil: null }),
    kind: fc.constantFrom(...deadlineKinds),
    completedOn: fc.option(dates, { nil: null }),
    cancelled: fc.boolean(),
    cancelledOn: fc.option(dates, { nil: null }),
    extension: fc.option(
      fc.record({
        requestedOn: dates,
        status: fc.constantFrom("requested" as const, "approved" as const, "rejected" as const),
        newDueDate: dates,
        decidedOn: fc.option(dates, { nil: null }),
      }),
      { nil: null },
    ),
  });

  it("is a pure function of facts and now: same result, input untouched, Date and date agree", () => {
    fc.assert(
      fc.property(factsArb, dates, (f, now) => {
        expect(taskFactsSchema.safeParse(f).success).toBe(true);
        const snapshot = structuredClone(f);
        const first = assessTask(f, now);
        expect(assessTask(structuredClone(f), now)).toEqual(first);
        expect(f).toEqual(snapshot);
        expect(taskStatuses).toContain(first.status);
        expect(taskStatus(f, new Date(`${now}T10:00:00+07:00`))).toBe(first.status);
      }),
      { numRuns: 500 },
    );
  });

  it("never lets a done status change once the completion has happened", () => {
    fc.assert(
      fc.property(factsArb, dates, fc.integer({ min: 0, max: 2000 }), (f, completedOn, later) => {
        const base = { ...f, completedOn, cancelled: false, extension: null };
        const status = taskStatus(base, completedOn);
        expect(isDone(status)).toBe(true);
        expect(taskStatus(base, addDays(completedOn, later))).toBe(status);
      }),
    );
  });

  it("is overdue exactly after the due date when nothing else happened", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -400, max: 400 }), (due, offset) => {
        const status = taskStatus(facts({ dueDate: due }), addDays(due, offset));
        expect(status).toBe(offset > 0 ? "overdue" : "in-progress");
      }),
    );
  });
});
