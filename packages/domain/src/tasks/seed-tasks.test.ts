/**
 * Issue 4, "Done when": as of 2026-11-22 the seed tasks (shared/fixtures/seed-tasks) show the right
 * due dates and statuses. The fixtures are copied into reader/golden/ and parsed with the schema.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type DeadlineRule, deadlineRuleSchema } from "../deadlines/deadline-rule";
import { describeRule } from "../deadlines/describe-rule";
import { dueDate } from "../deadlines/due-date";
import { milestoneSchema } from "../deadlines/milestones";
import { occurrences } from "../deadlines/occurrences";
import { taskStatus } from "./task-status";

const AS_OF = "2026-11-22";
const rule = (r: unknown): DeadlineRule => deadlineRuleSchema.parse(r);
const statusOf = (r: DeadlineRule, due = dueDate(r)) =>
  taskStatus({ dueDate: due, kind: r.kind, completedOn: null, cancelled: false, extension: null }, AS_OF);

describe("seed tasks as of 2026-11-22", () => {
  it("Ban Quản lý Khu KTCK's report 'chậm nhất ngày 14/7/2025' is due 14/07/2025 and overdue", () => {
    const r = rule({ kind: "date", value: "2025-07-14" });
    expect(dueDate(r)).toBe("2025-07-14");
    expect(statusOf(r)).toBe("overdue");
  });

  it("Hòa Sơn 1's wastewater plant 'trong Quý III/2026' is due 30/09/2026; operation 31/12/2026", () => {
    const r = rule({ kind: "quarter", value: "2026-Q3" });
    expect(dueDate(r)).toBe("2026-09-30");
    expect(describeRule(r)).toBe("Quý III/2026");
    expect(statusOf(r)).toBe("overdue");
    const operation = milestoneSchema.parse({
      what: "đưa dự án vào hoạt động",
      deadline: { kind: "quarter", value: "2026-Q4" },
    });
    expect(dueDate(operation.deadline)).toBe("2026-12-31");
    expect(statusOf(operation.deadline)).toBe("in-progress");
  });

  it("the monthly report 'trước ngày 20 hằng tháng' has one occurrence per month since June 2026", () => {
    // the fixture records {kind, value: "20"} without `before`, though its text says "trước ngày 20"
    const asWritten = rule({ kind: "recurring-monthly", value: "20" });
    expect(occurrences(asWritten, "2026-06-01", AS_OF).map((o) => o.dueDate.slice(8))).toEqual(Array(6).fill("20"));
    const r = rule({ kind: "recurring-monthly", value: "20", before: true });
    const list = occurrences(r, "2026-06-01", AS_OF);
    expect(list.map((o) => o.period)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(list.every((o) => o.dueDate.endsWith("-19"))).toBe(true);
    expect(list.map((o) => statusOf(r, o.dueDate))).toEqual(Array(6).fill("overdue"));
    expect(describeRule(r)).toBe("Hằng tháng, trước ngày 20");
  });

  it("the preparation tasks of the 04/12/2025 meetings are due 03/12/2025", () => {
    const r = rule({ kind: "date", value: "2025-12-03" });
    expect(dueDate(r)).toBe("2025-12-03");
    expect(statusOf(r)).toBe("overdue");
    expect(dueDate(rule({ kind: "date", value: "2025-12-04", inferred: "meeting start" }))).toBe("2025-12-04");
  });

  it("the other kinds of the seeds: month, quarter, asap, continuous, none", () => {
    expect(dueDate(rule({ kind: "month", value: "2025-07" }))).toBe("2025-07-31");
    expect(dueDate(rule({ kind: "quarter", value: "2026-Q2" }))).toBe("2026-06-30");
    expect(statusOf(rule({ kind: "asap", value: null }))).toBe("in-progress");
    expect(statusOf(rule({ kind: "continuous", value: null }))).toBe("continuous");
    expect(statusOf(rule({ kind: "none", value: null }))).toBe("continuous");
  });

  const fixtures = join(fileURLToPath(new URL(".", import.meta.url)), "../reader/golden");
  it("parses every deadline and milestone of the fixture files (copied into reader/golden)", () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const doc = JSON.parse(readFileSync(join(fixtures, file), "utf8")) as {
        tasks: { deadline: unknown; milestones?: unknown[] }[];
      };
      for (const task of doc.tasks) {
        const parsed = deadlineRuleSchema.parse(task.deadline);
        expect(typeof describeRule(parsed)).toBe("string");
        for (const m of task.milestones ?? []) expect(milestoneSchema.safeParse(m).success).toBe(true);
      }
    }
  });
});
