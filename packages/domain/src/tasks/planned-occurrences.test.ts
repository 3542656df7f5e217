import { describe, expect, it } from "vitest";
import { searchPattern } from "../shared/vi-text";
import { plannedOccurrences } from "./planned-occurrences";
import { taskSearchKey } from "./task-search";

describe("plannedOccurrences", () => {
  it("a recurring task has one occurrence per period from the day it was given to the horizon, then its milestones", () => {
    const list = plannedOccurrences(
      {
        deadline: { kind: "recurring-monthly", value: "20" },
        assignedOn: "2026-09-05",
        eventDate: null,
        milestones: [{ what: "Hoàn thành nhà máy xử lý nước thải", deadline: { kind: "quarter", value: "2026-Q3" } }],
      },
      "2026-12-31",
    );
    expect(list.filter((o) => o.kind === "period").map((o) => o.period)).toEqual(["2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(list.filter((o) => o.kind === "period").every((o) => o.dueDate !== null && o.dueDate <= "2026-12-31")).toBe(true);
    expect(list.at(-1)).toMatchObject({ kind: "milestone", period: "milestone-1", dueDate: "2026-09-30" });
  });

  it("a one-off task has one occurrence, due by its rule whatever the horizon", () => {
    const task = { deadline: { kind: "date" as const, value: "2027-03-01" }, assignedOn: "2026-11-01", eventDate: null, milestones: [] };
    expect(plannedOccurrences(task, "2026-11-25")).toEqual([
      expect.objectContaining({ kind: "once", period: "once", dueDate: "2027-03-01" }),
    ]);
  });
});

describe("taskSearchKey", () => {
  it("folds subject and summary like the zones' search key, so a query without accents matches at word starts", () => {
    const key = taskSearchKey({ subject: "CCN Hòa Sơn 1", summary: "Hoàn thành nhà máy xử lý nước thải" });
    const matches = (q: string) => new RegExp(`^${searchPattern(q).replace(/%/g, ".*")}`).test(key);
    expect(matches("hoa son")).toBe(true);
    expect(matches("XU LY NUOC THAI")).toBe(true);
    expect(matches("nước thải".normalize("NFD"))).toBe(true);
    expect(matches("uoc thai")).toBe(false);
  });
});
