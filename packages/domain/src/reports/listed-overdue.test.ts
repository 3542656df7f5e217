import { describe, expect, it } from "vitest";
import type { TaskLine } from "../tasks/task-view";
import { listedOverdue, OVERDUE_LISTED } from "./monthly-report";

const line = (taskId: string, status: string, effectiveDueDate: string) => ({ taskId, status, effectiveDueDate }) as unknown as TaskLine;

describe("the overdue tasks a report lists", () => {
  it("lists the longest overdue first and counts the rest instead of printing thousands of rows", () => {
    const many = Array.from({ length: OVERDUE_LISTED + 30 }, (_, i) =>
      line(`t${String(i).padStart(4, "0")}`, "overdue", `2025-${String((i % 12) + 1).padStart(2, "0")}-10`),
    );
    const { overdue, overdueNotListed } = listedOverdue([...many, line("done", "done-on-time", "2024-01-01")]);
    expect(overdue).toHaveLength(OVERDUE_LISTED);
    expect(overdueNotListed).toBe(30);
    expect(overdue[0]?.effectiveDueDate).toBe("2025-01-10");
    expect(overdue.every((t) => t.status === "overdue")).toBe(true);
    expect(overdue.map((t) => t.effectiveDueDate)).toEqual([...overdue.map((t) => t.effectiveDueDate)].sort());
  });

  it("lists them all when there are few", () => {
    expect(listedOverdue([line("a", "overdue", "2026-02-01"), line("b", "in-progress", "2026-12-01")])).toMatchObject({
      overdue: [{ taskId: "a" }],
      overdueNotListed: 0,
    });
  });
});
