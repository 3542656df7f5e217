import { describe, expect, it } from "vitest";
import { isInReportScope, type ReportScope } from "./report-scope";

const scope: ReportScope = {
  zoneIds: new Set(["ccn-hoa-son-1"]),
  documentIds: new Set(["seed-000"]),
  ownDutyTaskIds: new Set(["seed-000-t16"]),
  dueDate: "2026-11-19",
};
const line = (o: { taskId?: string; zoneIds?: string[]; doc?: string; kind?: "once" | "period"; dueDate?: string | null }) => ({
  taskId: o.taskId ?? "t",
  zoneIds: o.zoneIds ?? [],
  document: { id: o.doc ?? "seed-004", label: "" },
  occurrence: { kind: o.kind ?? "once", period: "", label: "", dueDate: o.dueDate ?? null },
});

describe("which tasks a report on the zones is about", () => {
  it("a task linked to a zone, or from a document about the zones", () => {
    expect(isInReportScope(line({ zoneIds: ["ccn-hoa-son-1"] }), scope)).toBe(true);
    expect(isInReportScope(line({ doc: "seed-000" }), scope)).toBe(true);
  });
  it("not a committee's internal task from another document (004, 001)", () => {
    expect(isInReportScope(line({ doc: "seed-004" }), scope)).toBe(false);
    expect(isInReportScope(line({ doc: "seed-001", zoneIds: ["kkt-dong-dang-lang-son"] }), scope)).toBe(false);
  });
  it("not the report itself, nor a later occurrence; earlier occurrences of its duty stay", () => {
    const own = (dueDate: string) => line({ taskId: "seed-000-t16", doc: "seed-000", kind: "period", dueDate });
    expect(isInReportScope(own("2026-10-19"), scope)).toBe(true);
    expect(isInReportScope(own("2026-11-19"), scope)).toBe(false);
    expect(isInReportScope(own("2026-12-21"), scope)).toBe(false);
  });
  it("no occurrence of another recurring task due after the report's own due date", () => {
    expect(isInReportScope(line({ doc: "seed-000", kind: "period", dueDate: "2026-12-19" }), scope)).toBe(false);
    expect(isInReportScope(line({ doc: "seed-000", kind: "period", dueDate: "2026-11-19" }), scope)).toBe(true);
  });
});
