import { describe, expect, it } from "vitest";
import { deadlineRuleSchema } from "./deadline-rule";
import { finalDueDate, milestoneSchema, nextMilestone, scheduleOf } from "./milestones";

// CCN Hòa Sơn 1 (seed 000): wastewater plant in Q3/2026, operation in Q4/2026
const hoaSon1 = {
  deadline: deadlineRuleSchema.parse({ kind: "quarter", value: "2026-Q3" }),
  milestones: [milestoneSchema.parse({ what: "đưa dự án vào hoạt động", deadline: { kind: "quarter", value: "2026-Q4" } })],
};

describe("milestones", () => {
  it("schedules the task's deadline and its milestones, earliest first", () => {
    const schedule = scheduleOf(hoaSon1);
    expect(schedule.map((s) => [s.what, s.dueDate])).toEqual([
      [null, "2026-09-30"],
      ["đưa dự án vào hoạt động", "2026-12-31"],
    ]);
    expect(finalDueDate(schedule)).toBe("2026-12-31");
    expect(nextMilestone(schedule, "2026-11-22")?.what).toBe("đưa dự án vào hoạt động");
    expect(nextMilestone(schedule, "2027-01-01")).toBeUndefined();
  });

  it("puts undated milestones last and keeps their order", () => {
    const schedule = scheduleOf({
      deadline: deadlineRuleSchema.parse({ kind: "asap", value: null }),
      milestones: [
        milestoneSchema.parse({ what: "b", deadline: { kind: "continuous", value: null } }),
        milestoneSchema.parse({ what: "a", deadline: { kind: "date", value: "2026-03-01" } }),
      ],
    });
    expect(schedule.map((s) => s.what)).toEqual(["a", null, "b"]);
    expect(finalDueDate(scheduleOf({ deadline: deadlineRuleSchema.parse({ kind: "none", value: null }) }))).toBeNull();
  });

  it("rejects a milestone without a description", () => {
    expect(milestoneSchema.safeParse({ what: " ", deadline: { kind: "none", value: null } }).success).toBe(false);
  });
});
