import { describe, expect, it } from "vitest";
import { isDueSoon } from "./task-view";

describe("isDueSoon", () => {
  it("is an open task due within the window, not an overdue, done or undated one", () => {
    expect(isDueSoon({ status: "in-progress", effectiveDueDate: "2026-11-26" }, "2026-11-23", 3)).toBe(true);
    expect(isDueSoon({ status: "extended", effectiveDueDate: "2026-11-23" }, "2026-11-23", 3)).toBe(true);
    expect(isDueSoon({ status: "in-progress", effectiveDueDate: "2026-11-27" }, "2026-11-23", 3)).toBe(false);
    expect(isDueSoon({ status: "overdue", effectiveDueDate: "2026-11-20" }, "2026-11-23", 3)).toBe(false);
    expect(isDueSoon({ status: "done-on-time", effectiveDueDate: "2026-11-24" }, "2026-11-23", 3)).toBe(false);
    expect(isDueSoon({ status: "in-progress", effectiveDueDate: null }, "2026-11-23", 3)).toBe(false);
  });
});
