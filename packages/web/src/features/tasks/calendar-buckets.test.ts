import { describe, expect, it } from "vitest";
import { taskLine } from "../../test/task-line";
import { bucketByDay, countByMonth } from "./calendar-buckets";

describe("the calendar's day buckets", () => {
  it("puts each line on its effective due date (after an extension), leaving out cancelled and undated ones", () => {
    const days = bucketByDay([
      taskLine({ occurrenceId: 1, effectiveDueDate: "2025-12-03" }),
      taskLine({ occurrenceId: 2, effectiveDueDate: "2025-12-03", status: "in-progress" }),
      taskLine({ occurrenceId: 3, originalDueDate: "2025-07-14", effectiveDueDate: "2025-08-15", extended: true, status: "extended" }),
      taskLine({ occurrenceId: 4, effectiveDueDate: null, status: "continuous" }),
      taskLine({ occurrenceId: 5, effectiveDueDate: "2025-12-03", status: "cancelled" }),
    ]);
    expect([...days.keys()].sort()).toEqual(["2025-08-15", "2025-12-03"]);
    expect(days.get("2025-12-03")?.map((l) => l.occurrenceId)).toEqual([1, 2]);
    expect(days.has("2025-07-14")).toBe(false);
  });

  it("counts each month's lines and how many are overdue, for the year view", () => {
    const days = bucketByDay([
      taskLine({ effectiveDueDate: "2025-12-03" }),
      taskLine({ effectiveDueDate: "2025-12-04", status: "in-progress" }),
      taskLine({ effectiveDueDate: "2026-06-19" }),
    ]);
    expect(Object.fromEntries(countByMonth(days))).toEqual({
      "2025-12": { total: 2, overdue: 1 },
      "2026-06": { total: 1, overdue: 1 },
    });
  });
});
