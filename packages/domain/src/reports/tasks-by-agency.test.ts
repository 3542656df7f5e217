import { describe, expect, it } from "vitest";
import type { BodyAgency } from "../tasks/accountable-body";
import type { TaskLine } from "../tasks/task-view";
import { monthlyReport } from "./monthly-report";

const agencies = new Map<string, BodyAgency>(
  [
    { id: "ubnd-tinh", name: "UBND tỉnh Lạng Sơn", shortName: "UBND tỉnh", kind: "people-committee", parentId: null },
    { id: "doan-thanh-son", name: "Đoàn Thanh Sơn", kind: "person", parentId: "ubnd-tinh" },
    { id: "so-cong-thuong", name: "Sở Công Thương", kind: "department", parentId: "ubnd-tinh" },
  ].map((a) => [a.id, a]),
);
const line = (taskId: string, status: string, leads: string[]) =>
  ({
    taskId,
    summary: "Nhiệm vụ",
    status,
    effectiveDueDate: "2026-10-01",
    leads: leads.map((id) => ({ agencyId: id, name: agencies.get(id)?.name ?? null, text: id })),
    zoneIds: [],
    meetingId: null,
    document: { id: "seed-000", label: "TB 000" },
    occurrence: { kind: "once", period: "once", label: "", dueDate: "2026-10-01" },
  }) as unknown as TaskLine;

describe("tasks by lead body in a report", () => {
  it("a task given to a Vice-Chairman counts under 'Lãnh đạo UBND tỉnh', never as a row of his name", () => {
    const r = monthlyReport({
      period: "2026-11",
      zones: [],
      tasks: [line("a", "overdue", ["doan-thanh-son"]), line("b", "in-progress", ["so-cong-thuong"])],
      agencies,
    });
    expect(r.tasksByAgency.map((a) => [a.agency, a.total, a.overdue])).toEqual([
      ["Lãnh đạo UBND tỉnh", 1, 1],
      ["Sở Công Thương", 1, 0],
    ]);
  });
});

describe("a meeting's preparation in a report after the meeting", () => {
  it("leaves the overdue list and the lead's overdue count, and is listed as lapsed with its reason", () => {
    const prep = {
      ...line("prep", "overdue", ["so-cong-thuong"]),
      meetingId: "m-001",
      document: { id: "seed-001", label: "TB 001" },
    } as TaskLine;
    const r = monthlyReport({
      period: "2026-11",
      zones: [],
      tasks: [prep, line("b", "overdue", ["so-cong-thuong"])],
      agencies,
      meetings: new Map([["m-001", { id: "m-001", date: "2025-12-04", noticeDocumentId: "seed-001" }]]),
    });
    expect(r.overdue.map((t) => t.taskId)).toEqual(["b"]);
    expect(r.lapsed.map((t) => [t.taskId, t.lapseReason])).toEqual([["prep", "cuộc họp đã diễn ra"]]);
    expect(r.tasksByAgency).toEqual([expect.objectContaining({ agency: "Sở Công Thương", total: 1, overdue: 1 })]);
  });
});
