import { describe, expect, it } from "vitest";
import { checkMilestone, type MilestoneFact, milestoneInput, milestonesAsOf } from "./milestones";

const fact = (id: number, over: Partial<MilestoneFact>): MilestoneFact => ({
  id,
  zoneId: "ccn-hoa-son-1",
  projectId: null,
  milestone: "roads",
  plannedOn: null,
  actualOn: null,
  reportedOn: "2026-01-15",
  ...over,
});

describe("milestones as of a date", () => {
  const facts = [
    fact(1, { milestone: "roads", plannedOn: "2026-06-30", reportedOn: "2026-01-15" }),
    fact(2, { milestone: "roads", plannedOn: "2026-06-30", actualOn: "2026-09-10", reportedOn: "2026-09-15" }),
    fact(3, { milestone: "wastewater-plant", plannedOn: "2026-10-31", reportedOn: "2026-02-01" }),
    fact(4, { milestone: "power", plannedOn: "2026-12-31", reportedOn: "2026-02-01" }),
    fact(5, { milestone: "construction", projectId: 7, plannedOn: "2026-03-01", reportedOn: "2026-02-01" }),
  ];

  it("takes the latest fact reported by the date and computes lateness on that day", () => {
    const august = milestonesAsOf(facts, "2026-08-31");
    const roads = august.find((s) => s.milestone === "roads");
    expect(roads).toMatchObject({ plannedOn: "2026-06-30", actualOn: null, late: true, daysLate: 62, label: "Hệ thống giao thông nội bộ" });
    const november = milestonesAsOf(facts, "2026-11-20");
    expect(november.find((s) => s.milestone === "roads")).toMatchObject({ actualOn: "2026-09-10", late: false, daysLate: null });
    expect(november.find((s) => s.milestone === "wastewater-plant")).toMatchObject({ late: true, daysLate: 20 });
    expect(november.find((s) => s.milestone === "power")).toMatchObject({ late: false });
  });

  it("leaves out what was reported after the date; a milestone due today is not yet late", () => {
    expect(milestonesAsOf(facts, "2026-01-31").map((s) => s.milestone)).toEqual(["roads"]);
    expect(milestonesAsOf(facts, "2026-06-30").find((s) => s.milestone === "roads")?.late).toBe(false);
  });

  it("keeps zone and tenant project milestones apart and marks the late ones (listed by lateMilestoneRows, reports)", () => {
    const states = milestonesAsOf(facts, "2026-11-20");
    expect(states.filter((s) => s.projectId === 7).map((s) => s.milestone)).toEqual(["construction"]);
    expect(
      states
        .filter((s) => s.late)
        .map((s) => s.milestone)
        .sort(),
    ).toEqual(["construction", "wastewater-plant"]);
  });

  it("a later report of the same milestone replaces an earlier one even when it moves the plan", () => {
    const moved = [...facts, fact(6, { milestone: "wastewater-plant", plannedOn: "2027-06-30", reportedOn: "2026-11-01" })];
    expect(milestonesAsOf(moved, "2026-11-20").find((s) => s.milestone === "wastewater-plant")).toMatchObject({
      plannedOn: "2027-06-30",
      late: false,
    });
    expect(milestonesAsOf(moved, "2026-10-31").find((s) => s.milestone === "wastewater-plant")?.plannedOn).toBe("2026-10-31");
  });
});

describe("milestone input", () => {
  it("refuses a future actual date or report date, in Vietnamese", () => {
    expect(checkMilestone({ actualOn: "2026-12-01", reportedOn: "2026-11-20" }, "2026-11-23")).toEqual([
      { path: "actualOn", message: "Ngày hoàn thành thực tế không được sau ngày hôm nay." },
    ]);
    expect(checkMilestone({ actualOn: null, reportedOn: "2026-11-24" }, "2026-11-23")).toEqual([
      { path: "reportedOn", message: "Ngày báo cáo không được sau ngày hôm nay." },
    ]);
    expect(checkMilestone({ actualOn: "2026-11-10", reportedOn: "2026-11-20" }, "2026-11-23")).toEqual([]);
    expect(checkMilestone({ actualOn: "2026-11-21", reportedOn: "2026-11-20" }, "2026-11-23")).toEqual([
      { path: "actualOn", message: "Ngày hoàn thành thực tế không được sau ngày báo cáo." },
    ]);
  });

  it("needs a date, a known milestone and the right kind for a zone or a project", () => {
    expect(milestoneInput.safeParse({ milestone: "roads", plannedOn: "2026-06-30", reportedOn: "2026-01-15" }).success).toBe(true);
    const none = milestoneInput.safeParse({ milestone: "roads", reportedOn: "2026-01-15" });
    expect(none.error?.issues[0]?.message).toBe("Cần ngày kế hoạch hoặc ngày hoàn thành thực tế.");
    const wrongKind = milestoneInput.safeParse({ milestone: "land-lease", plannedOn: "2026-06-30", reportedOn: "2026-01-15" });
    expect(wrongKind.error?.issues[0]?.message).toBe('"Thuê đất" là mốc của dự án thứ cấp; cần chọn dự án.');
    expect(
      milestoneInput.safeParse({ milestone: "bridge", plannedOn: "2026-06-30", reportedOn: "2026-01-15" }).error?.issues[0]?.message,
    ).toBe("Mốc tiến độ không hợp lệ.");
    expect(milestoneInput.safeParse({ milestone: "roads", plannedOn: "2026-02-30", reportedOn: "2026-01-15" }).success).toBe(false);
  });
});
