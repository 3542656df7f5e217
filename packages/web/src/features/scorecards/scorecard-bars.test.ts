import { tallyStatuses } from "@dondoc/domain";
import { describe, expect, it } from "vitest";
import type { Scorecard } from "../../api/tasks-api";
import { layoutBars, niceMax } from "./scorecard-bars";

type Parts = { doneOnTime?: number; doneLate?: number; inProgress?: number; overdue?: number };
const card = (agency: string, parts: Parts): Scorecard => ({
  agency,
  agencyName: agency.toUpperCase(),
  tasks: tallyStatuses([
    { status: "done-on-time", extended: false, count: parts.doneOnTime ?? 0 },
    { status: "done-late", extended: false, count: parts.doneLate ?? 0 },
    { status: "in-progress", extended: false, count: parts.inProgress ?? 0 },
    { status: "overdue", extended: false, count: parts.overdue ?? 0 },
  ]),
  tasksOverdueNow: parts.overdue ?? 0,
  // report submissions are not in the task bars
  reports: tallyStatuses([{ status: "overdue", extended: false, count: 9 }]),
});

describe("the scorecard chart's geometry", () => {
  it("ends the axis at a round number", () => {
    expect([0, 1, 3, 5, 7, 12, 40, 99].map(niceMax)).toEqual([1, 1, 5, 5, 10, 20, 50, 100]);
  });

  it("stacks done on time, done late, in progress and overdue, the most tasks first, agencies without tasks left out", () => {
    const layout = layoutBars(
      [card("sct", { doneOnTime: 1, overdue: 1 }), card("bql", { doneOnTime: 1, doneLate: 1, overdue: 2 }), card("sxd", {})],
      500,
      20,
      5,
    );
    expect(layout.max).toBe(5);
    expect(layout.rows.map((r) => [r.agency, r.y])).toEqual([
      ["bql", 0],
      ["sct", 25],
    ]);
    expect(layout.rows[0]?.segments).toEqual([
      { part: "doneOnTime", value: 1, x: 0, width: 100 },
      { part: "doneLate", value: 1, x: 100, width: 100 },
      { part: "overdue", value: 2, x: 200, width: 200 },
    ]);
    expect(layout.height).toBe(50);
    expect(layout.ticks).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("draws nothing for a period without tasks, whatever the reports", () => {
    expect(layoutBars([card("sxd", {})], 500).rows).toEqual([]);
  });
});
