import { describe, expect, it } from "vitest";
import { factsFromEvents, pendingExtension, pendingSubmission } from "./task-events";
import { taskStatus } from "./task-status";

describe("facts from events", () => {
  it("a completion counts only once the office confirms it, dated by the output document", () => {
    const submitted = [{ type: "submit" as const, on: "2025-07-15", completedOn: "2025-07-14" }];
    expect(factsFromEvents("2025-07-14", "date", submitted).completedOn).toBeNull();
    expect(pendingSubmission(submitted)).toBe(true);
    const confirmed = [...submitted, { type: "confirm" as const, on: "2025-07-16" }];
    const facts = factsFromEvents("2025-07-14", "date", confirmed);
    expect(facts.completedOn).toBe("2025-07-14");
    expect(taskStatus(facts, "2026-11-22")).toBe("done-on-time");
  });

  it("a return cancels the submission", () => {
    const events = [
      { type: "submit" as const, on: "2025-07-10", completedOn: "2025-07-10" },
      { type: "return" as const, on: "2025-07-11" },
      { type: "confirm" as const, on: "2025-07-12" },
    ];
    expect(factsFromEvents("2025-07-14", "date", events).completedOn).toBeNull();
    expect(taskStatus(factsFromEvents("2025-07-14", "date", events), "2025-07-20")).toBe("overdue");
  });

  it("an approved extension keeps the original deadline for statistics", () => {
    const events = [
      { type: "extension-request" as const, on: "2025-07-10", newDueDate: "2025-07-31" },
      { type: "extension-approve" as const, on: "2025-07-11" },
    ];
    const facts = factsFromEvents("2025-07-14", "date", events);
    expect(facts.dueDate).toBe("2025-07-14");
    expect(facts.extension).toMatchObject({ status: "approved", newDueDate: "2025-07-31", decidedOn: "2025-07-11" });
    expect(taskStatus(facts, "2025-07-20")).toBe("extended");
    expect(pendingExtension(events)).toBe(false);
  });
});
