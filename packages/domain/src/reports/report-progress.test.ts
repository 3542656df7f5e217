import { describe, expect, it } from "vitest";
import type { LandClearanceEntry } from "../progress/land-clearance";
import type { TaskLine } from "../tasks/task-view";
import { testZone } from "../zones/test-zone";
import type { ZoneSummary } from "../zones/zone-view";
import { stageChanges } from "./annual-report";
import { briefingSince } from "./briefing";
import { landClearanceProgress, lateMilestoneRows, occupancyRows, submissionSummary, taskMilestones } from "./report-progress";

const zone = (id: string, name: string, over: Partial<ZoneSummary> = {}): ZoneSummary => testZone(id, { name, ...over });

const entry = (id: number, unitId: string, reportedOn: string, over: Partial<LandClearanceEntry> = {}): LandClearanceEntry => ({
  id,
  zoneId: "kcn-vsip-lang-son",
  unitId,
  reportedOn,
  correctsId: null,
  householdsAffected: null,
  householdsCounted: null,
  plansApproved: null,
  householdsPaid: null,
  moneyPaidMillionVnd: null,
  areaRecoveredHa: null,
  areaHandedOverHa: null,
  gravesMoved: null,
  householdsResettled: null,
  complaintsOpen: null,
  ...over,
});

describe("land clearance in a report", () => {
  const vsip = zone("kcn-vsip-lang-son", "KCN VSIP Lạng Sơn", { kind: "KCN" });
  const entries = [
    entry(1, "xa-huu-lung", "2026-09-10", { householdsCounted: 480, areaHandedOverHa: 50 }),
    entry(2, "xa-huu-lung", "2026-10-15", { householdsCounted: 520, areaHandedOverHa: 80 }),
    entry(3, "xa-tuan-son", "2026-10-20", { householdsCounted: 100 }),
    entry(4, "xa-huu-lung", "2026-11-15", { householdsCounted: 560, areaHandedOverHa: 95 }),
  ];

  it("is the cumulative at the period's end, over the communes, and its change since the previous period's end", () => {
    const lc = landClearanceProgress([vsip], entries, entries, "2026-11-30", "2026-10-31");
    expect(lc.rows).toHaveLength(1);
    expect(lc.rows[0]).toMatchObject({
      reportedOn: "2026-11-15",
      cumulative: { householdsCounted: 660, areaHandedOverHa: 95 },
      previous: { householdsCounted: 620, areaHandedOverHa: 80 },
      change: { householdsCounted: 40, areaHandedOverHa: 15, gravesMoved: null },
    });
    expect(lc.totals.change.householdsCounted).toBe(40);
  });

  it("a correction of last month's figure moves the previous position, not this month's change", () => {
    const corrected = [...entries, entry(5, "xa-huu-lung", "2026-10-16", { correctsId: 2, householdsCounted: 530, areaHandedOverHa: 80 })];
    const lc = landClearanceProgress([vsip], corrected, corrected, "2026-11-30", "2026-10-31");
    expect(lc.rows[0]?.previous.householdsCounted).toBe(630);
    expect(lc.rows[0]?.change.householdsCounted).toBe(30);
  });

  it("leaves out zones without figures and entries dated after the report", () => {
    const lc = landClearanceProgress([vsip, zone("ccn-x", "CCN X")], entries, entries, "2026-09-30", "2026-08-31");
    expect(lc.rows.map((r) => r.zoneId)).toEqual(["kcn-vsip-lang-son"]);
    expect(lc.rows[0]?.cumulative.householdsCounted).toBe(480);
    expect(lc.rows[0]?.change.householdsCounted).toBe(480);
  });
});

describe("occupancy in a report", () => {
  it("prefers what the tenant projects give, else the registry's land figures, and skips the unknown", () => {
    const rows = occupancyRows(
      [
        zone("a", "CCN Địa phương số 2", { industrialLandHa: 8.5, leasedLandHa: 8.5 }),
        zone("b", "CCN Hòa Sơn 1", { industrialLandHa: 50 }),
        zone("c", "CCN Không rõ"),
      ],
      new Map([
        [
          "b",
          {
            milestones: [],
            occupancy: { leasedHa: 20, occupancy: 0.4, enterprises: 3, jobs: null, basis: "projects" as const },
          },
        ],
      ]),
    );
    expect(rows.map((r) => [r.name, r.occupancy, r.industrialLandHa, r.basis])).toEqual([
      ["CCN Địa phương số 2", 1, 8.5, "registry"],
      ["CCN Hòa Sơn 1", 0.4, 50, "tenant-projects"],
    ]);
  });
});

describe("submissions in a report", () => {
  it("counts who sent theirs and collects the difficulties and proposals, received ones first", () => {
    const s = submissionSummary([
      { obligation: "BC tháng", reporter: "UBND xã Tuấn Sơn", status: "overdue", statusLabel: "Chưa nộp", submittedOn: null, sections: {} },
      {
        obligation: "BC tháng",
        reporter: "UBND xã Hữu Lũng",
        status: "on-time",
        statusLabel: "Đúng hạn",
        submittedOn: "2026-11-18",
        sections: { difficulties: " Thiếu quỹ đất tái định cư. ", proposals: "Bố trí vốn.", causes: "" },
      },
    ]);
    expect([s.expected, s.received, s.onTime]).toEqual([2, 1, 1]);
    expect(s.items[0]?.reporter).toBe("UBND xã Hữu Lũng");
    expect(s.difficulties).toEqual([{ reporter: "UBND xã Hữu Lũng", text: "Thiếu quỹ đất tái định cư." }]);
    expect(s.proposals).toHaveLength(1);
    expect(s.causes).toEqual([]);
  });
});

describe("the year's stage changes", () => {
  const zones = [zone("ho-son-1", "CCN Hồ Sơn 1"), zone("dia-phuong-2", "CCN Địa phương số 2")];
  const facts = [
    { zoneId: "ho-son-1", value: "established", on: "2025-03-10", seq: 1 },
    { zoneId: "dia-phuong-2", value: "operating", on: "2025-03-10", seq: 2 },
    { zoneId: "ho-son-1", value: "construction-started", on: "2026-02-01", seq: 3 },
    { zoneId: "ho-son-1", value: "construction-started", on: "2026-05-01", seq: 4 },
    { zoneId: "ho-son-1", value: "wastewater-done", on: "2027-01-05", seq: 5 },
  ];

  it("lists each change within the year, not the first value recorded nor a repeated one", () => {
    expect(stageChanges(facts, zones, "2026-01-01", "2026-12-31")).toEqual([
      expect.objectContaining({ name: "CCN Hồ Sơn 1", from: "established", to: "construction-started", on: "2026-02-01" }),
    ]);
    expect(stageChanges(facts, zones, "2025-01-01", "2025-12-31")).toEqual([]);
  });
});

describe("what changed since, for a briefing", () => {
  const meetings = [
    { id: "m1", date: "2026-05-29", subject: "Kiểm tra", zoneIds: ["hoa-son-1"] },
    { id: "m2", date: "2026-12-02", subject: "Họp", zoneIds: ["hoa-son-1", "vsip"] },
  ];
  it("is the latest earlier meeting about the zone, else 30 days before", () => {
    const current = meetings[1] ?? null;
    expect(briefingSince(meetings, "hoa-son-1", "2026-11-23", current)).toMatchObject({
      since: "2026-05-29",
      previousMeeting: { id: "m1" },
    });
    expect(briefingSince(meetings, "vsip", "2026-11-23", current)).toEqual({ since: "2026-11-02", previousMeeting: null });
    expect(briefingSince(meetings, "hoa-son-1", "2026-11-23", null).since).toBe("2026-05-29");
  });
});

describe("late milestones, from progress reports and from the notices' deadlines", () => {
  const hoaSon = zone("ccn-hoa-son-1", "CCN Hòa Sơn 1", { investor: { id: "lien-danh-tan-dai-nam", name: "Liên danh Tân Đại Nam" } });
  const task = (over: Record<string, unknown>) =>
    ({
      zoneIds: ["ccn-hoa-son-1"],
      leads: [{ text: "Chủ đầu tư CCN Hòa Sơn 1", agencyId: "lien-danh-tan-dai-nam", name: "Liên danh Tân Đại Nam" }],
      occurrence: { kind: "once", period: "once", label: "Quý III/2026", dueDate: "2026-09-30" },
      summary:
        "Đẩy nhanh san nền, xử lý đất đá, thi công hạ tầng; hoàn thành nhà máy xử lý nước thải Quý III/2026, đưa vào hoạt động Quý IV/2026",
      deadlineText: "trong Quý III/2026",
      status: "overdue",
      effectiveDueDate: "2026-09-30",
      daysLate: 45,
      document: { id: "seed-000", label: "TB 000" },
      facts: { completedOn: null },
      ...over,
    }) as unknown as TaskLine;

  it("a deadline a notice gives the zone's investor for its wastewater plant is a late milestone once overdue", () => {
    expect(lateMilestoneRows([hoaSon], new Map(), [task({})])).toEqual([
      expect.objectContaining({
        zoneName: "CCN Hòa Sơn 1",
        label: "Nhà máy xử lý nước thải tập trung",
        plannedOn: "2026-09-30",
        daysLate: 45,
        source: "task",
      }),
    ]);
    // the clause carrying the deadline decides: the Q4 milestone is the start of operation, not yet late
    const operation = task({
      occurrence: { kind: "milestone", period: "milestone-1", label: "đưa dự án vào hoạt động (Quý IV/2026)", dueDate: "2026-12-31" },
      status: "in-progress",
      daysLate: 0,
      effectiveDueDate: "2026-12-31",
    });
    expect(taskMilestones([hoaSon], [operation]).map((m) => [m.milestone, m.late])).toEqual([["operation", false]]);
    expect(lateMilestoneRows([hoaSon], new Map(), [operation])).toEqual([]);
  });

  it("not another body's task on the zone, nor a period of a recurring one; a progress report of the same milestone wins", () => {
    const commune = task({ leads: [{ text: "UBND xã Tân Thành", agencyId: "ubnd-xa-tan-thanh", name: "UBND xã Tân Thành" }] });
    expect(lateMilestoneRows([hoaSon], new Map(), [commune])).toEqual([]);
    const reported = new Map([
      [
        "ccn-hoa-son-1",
        {
          milestones: [
            {
              zoneId: "ccn-hoa-son-1",
              milestone: "wastewater-plant",
              projectId: null,
              projectName: null,
              label: "Nhà máy xử lý nước thải tập trung",
              plannedOn: "2026-10-31",
              actualOn: null,
              late: true,
              daysLate: 14,
            },
          ],
          occupancy: null,
        },
      ],
    ]);
    expect(lateMilestoneRows([hoaSon], reported, [task({})]).map((m) => [m.source, m.plannedOn])).toEqual([["progress", "2026-10-31"]]);
  });
});
