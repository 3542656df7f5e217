import { describe, expect, it } from "vitest";
import { assessmentLabel, taskStatusLabel, taskStatusLabels } from "./status-labels";
import { assessTask, taskStatuses } from "./task-status";

describe("status labels", () => {
  it("has a distinct Vietnamese label for every status", () => {
    const labels = taskStatuses.map(taskStatusLabel);
    expect(new Set(labels).size).toBe(taskStatuses.length);
    expect(Object.keys(taskStatusLabels).sort()).toEqual([...taskStatuses].sort());
    expect(taskStatusLabel("done-on-time")).toBe("Hoàn thành đúng hạn");
    expect(taskStatusLabel("overdue")).toBe("Quá hạn");
  });

  it("adds the days late and the extension flag", () => {
    const base = { dueDate: "2025-07-14", kind: "date" as const, completedOn: null, cancelled: false, extension: null };
    expect(assessmentLabel(assessTask(base, "2025-07-20"))).toBe("Quá hạn 6 ngày");
    const extension = { requestedOn: "2025-07-01", status: "approved" as const, newDueDate: "2025-08-31" };
    expect(assessmentLabel(assessTask({ ...base, extension, completedOn: "2025-08-01" }, "2025-09-01"))).toBe(
      "Hoàn thành đúng hạn (đã gia hạn)",
    );
    expect(assessmentLabel(assessTask({ ...base, extension }, "2025-08-01"))).toBe("Đã gia hạn, trong hạn");
  });
});
