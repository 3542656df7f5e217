import { describe, expect, it } from "vitest";
import { quarterRange } from "../calendar/periods";
import { accountableBodyId } from "./accountable-body";
import { scorecard, tallyStatuses, tallyTasks } from "./scorecard";
import type { TaskFacts } from "./task-facts";

const task = (dueDate: string | null, more: Partial<TaskFacts> = {}): TaskFacts => ({
  dueDate,
  kind: dueDate ? "date" : "continuous",
  completedOn: null,
  cancelled: false,
  extension: null,
  ...more,
});

const q3 = quarterRange(2026, 3);

describe("scorecard", () => {
  it("counts by status and rates completion over tasks due (done ÷ due)", () => {
    const tally = tallyTasks(
      [
        task("2026-07-10", { completedOn: "2026-07-09" }), // on time
        task("2026-07-20", { completedOn: "2026-07-25" }), // late
        task("2026-08-15"), // overdue
        task("2026-09-30"), // not due yet on 2026-09-20
        task("2026-09-25", { completedOn: "2026-09-01" }), // done early, counts as due
        task("2026-09-01", { cancelled: true }), // left out
        task(null), // no deadline: left out
        task("2026-10-05"), // other quarter
      ],
      q3,
      "2026-09-20",
    );
    expect(tally).toMatchObject({ total: 5, doneOnTime: 2, doneLate: 1, overdue: 1, inProgress: 1, due: 4 });
    expect(tally.completionRate).toBeCloseTo(3 / 4);
    expect(tally.overdueRate).toBeCloseTo(1 / 5);
  });

  it("counts extended tasks as on time against the new date and flags them", () => {
    const extension = { requestedOn: "2026-07-01", status: "approved" as const, newDueDate: "2026-10-31" };
    const tally = tallyTasks(
      [task("2026-07-15", { extension, completedOn: "2026-10-20" }), task("2026-07-15", { extension })],
      q3,
      "2026-10-25",
    );
    expect(tally).toMatchObject({ total: 2, doneOnTime: 1, inProgress: 1, extended: 2, overdue: 0, due: 1 });
    expect(tally.completionRate).toBe(1);
  });

  it("has null rates when nothing is due", () => {
    const tally = tallyTasks([task("2026-09-30")], q3, "2026-07-01");
    expect(tally).toMatchObject({ total: 1, inProgress: 1, due: 0, completionRate: null, overdueRate: 0 });
    expect(tallyTasks([], q3, "2026-07-01").overdueRate).toBeNull();
  });

  it("gives one card per lead agency; a task with two leads counts for both", () => {
    const cards = scorecard(
      [
        { leadAgencies: ["Sở Tài chính"], facts: task("2026-08-01", { completedOn: "2026-07-30" }) },
        { leadAgencies: ["UBND xã Hữu Lũng", "UBND xã Cai Kinh"], facts: task("2026-08-01") },
        { leadAgencies: ["Sở Tài chính", "Sở Tài chính"], facts: task("2026-09-10") },
      ],
      q3,
      "2026-11-22",
    );
    expect(cards.map((c) => [c.agency, c.total, c.doneOnTime, c.overdue])).toEqual([
      ["Sở Tài chính", 2, 1, 1],
      ["UBND xã Hữu Lũng", 1, 0, 1],
      ["UBND xã Cai Kinh", 1, 0, 1],
    ]);
    expect(cards[0]?.completionRate).toBeCloseTo(0.5);
  });

  it("tallies counted statuses (SQL over the read model) the same way as facts one by one", () => {
    const facts = [
      task("2026-07-10", { completedOn: "2026-07-09" }),
      task("2026-07-20", { completedOn: "2026-07-25" }),
      task("2026-08-15"),
      task("2026-09-30"),
      task("2026-09-01", { cancelled: true }),
    ];
    const counted = tallyStatuses([
      { status: "done-on-time", extended: false, count: 1 },
      { status: "done-late", extended: false, count: 1 },
      { status: "overdue", extended: false, count: 1 },
      { status: "in-progress", extended: false, count: 1 },
      { status: "cancelled", extended: false, count: 1 },
    ]);
    expect(counted).toEqual(tallyTasks(facts, q3, "2026-09-20"));
    expect(counted).toMatchObject({ due: 3, onTimeRate: 1 / 3, completionRate: 2 / 3 });
    expect(tallyStatuses([])).toMatchObject({ total: 0, onTimeRate: null, completionRate: null, overdueRate: null });
  });
});

describe("accountableBodyId", () => {
  const agencies = new Map([
    ["doan-thanh-son", { id: "doan-thanh-son", name: "Đoàn Thanh Sơn", kind: "person", parentId: "ubnd-tinh" }],
    ["ubnd-tinh", { id: "ubnd-tinh", name: "Ủy ban nhân dân tỉnh", shortName: "UBND tỉnh", kind: "people-committee", parentId: null }],
    ["trung-tam-quy-dat", { id: "trung-tam-quy-dat", name: "Trung tâm Phát triển quỹ đất", kind: "centre", parentId: "so-nong-nghiep" }],
  ]);
  it("counts a person under the leadership of the committee it sits in, an agency under itself", () => {
    expect(accountableBodyId("doan-thanh-son", agencies)).toBe("lanh-dao:ubnd-tinh");
    expect(accountableBodyId("ubnd-tinh", agencies)).toBe("ubnd-tinh");
    expect(accountableBodyId("trung-tam-quy-dat", agencies)).toBe("trung-tam-quy-dat"); // a unit is its own body
    expect(accountableBodyId("unknown", agencies)).toBe("unknown");
  });
});
