import { describe, expect, it } from "vitest";
import { taskLine } from "../../test/task-line";
import { groupByLeadAgency } from "./group-by-agency";

const lead = (agencyId: string | null, name: string) => ({ text: name, agencyId, name: agencyId ? name : null });

describe("the overdue board's groups", () => {
  it("puts each line under every lead agency, the agencies with most late tasks first, unresolved leads last", () => {
    const sct = lead("so-cong-thuong", "Sở Công Thương");
    const stc = lead("so-tai-chinh", "Sở Tài chính");
    const lines = [
      taskLine({ occurrenceId: 1, leads: [sct], daysLate: 4 }),
      taskLine({ occurrenceId: 2, leads: [sct, stc], daysLate: 355 }),
      taskLine({ occurrenceId: 3, leads: [lead(null, "UBND các xã có dự án")], daysLate: 500 }),
      taskLine({ occurrenceId: 4, leads: [sct], daysLate: 35 }),
    ];
    const groups = groupByLeadAgency(lines);
    expect(groups.map((g) => [g.agencyId, g.lines.map((l) => l.occurrenceId), g.maxDaysLate])).toEqual([
      ["so-cong-thuong", [2, 4, 1], 355],
      ["so-tai-chinh", [2], 355],
      [null, [3], 500],
    ]);
    expect(groups[0]?.name).toBe("Sở Công Thương");
  });

  it("breaks ties by the longest delay, then by name in Vietnamese order", () => {
    const lines = [
      taskLine({ occurrenceId: 1, leads: [lead("b", "Đ")], daysLate: 10 }),
      taskLine({ occurrenceId: 2, leads: [lead("a", "D")], daysLate: 10 }),
      taskLine({ occurrenceId: 3, leads: [lead("c", "A")], daysLate: 99 }),
    ];
    expect(groupByLeadAgency(lines).map((g) => g.name)).toEqual(["A", "D", "Đ"]);
  });

  it("counts a line once for an agency named twice, and keeps lines without leads", () => {
    const x = lead("x", "X");
    const groups = groupByLeadAgency([taskLine({ leads: [x, x] }), taskLine({ leads: [] })]);
    expect(groups.map((g) => [g.agencyId, g.lines.length])).toEqual([
      ["x", 1],
      [null, 1],
    ]);
  });

  it("puts a task given to a person under the body the person leads, once, as the dashboard and the reports count it", () => {
    const registry = new Map(
      [
        { id: "ubnd-tinh", name: "UBND tỉnh Lạng Sơn", shortName: "UBND tỉnh", kind: "people-committee", parentId: null },
        { id: "doan-thanh-son", name: "Đoàn Thanh Sơn", kind: "person", parentId: "ubnd-tinh" },
        { id: "dinh-huu-hoc", name: "Đinh Hữu Học", kind: "person", parentId: "ubnd-tinh" },
        { id: "so-cong-thuong", name: "Sở Công Thương", kind: "department", parentId: "ubnd-tinh" },
      ].map((a) => [a.id, a]),
    );
    const groups = groupByLeadAgency(
      [
        taskLine({ occurrenceId: 1, leads: [lead("doan-thanh-son", "Đoàn Thanh Sơn"), lead("dinh-huu-hoc", "Đinh Hữu Học")] }),
        taskLine({ occurrenceId: 2, leads: [lead("so-cong-thuong", "Sở Công Thương"), lead("dinh-huu-hoc", "Đinh Hữu Học")] }),
      ],
      registry,
    );
    expect(groups.map((g) => [g.agencyId, g.name, g.lines.map((l) => l.occurrenceId)])).toEqual([
      ["lanh-dao:ubnd-tinh", "Lãnh đạo UBND tỉnh", [1, 2]],
      ["so-cong-thuong", "Sở Công Thương", [2]],
    ]);
  });
});
