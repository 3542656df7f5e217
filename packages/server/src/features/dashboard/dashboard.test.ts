import type { Actor } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { agencies, milestoneFacts, taskAssignees, tenantProjectReports, tenantProjects } from "../../db/schema";
import { listTaskLines } from "../tasks/list-tasks";
import { refreshTaskCounts } from "../tasks/task-counts";

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

type Dashboard = {
  zones: { clusters: number; areaHa: number; planAreaHa: number; byStage: { stage: string; count: number; link: string }[] };
  tasks: { byStatus: Record<string, number> };
  overdueByAgency: { agencyId: string | null; agency: string; count: number; link: string }[];
  landClearance: { zoneId: string; totals: { householdsCounted: number } }[];
  targets: { id: string; actual: { actual: number | null } }[];
  changedSince: { zoneFigures: number; zonesChanged: string[] };
  lateMilestones: { count: number; items: { zoneId: string; milestone: string }[] };
  submissions: { obligationId: string; expected: number; counts: Record<string, number> }[];
};

describe("the dashboard", () => {
  it("adds up the registry and the tasks, links each block to its list, and shows what changed since a date", async () => {
    const leader = await t.as("leader");
    const before = (await leader.get<Dashboard>("/api/dashboard?since=2026-11-01")).body;
    expect(before.zones.clusters).toBe(24);
    // the registry's areas today, and the plan's total with Na Dương 1's future 30 ha expansion
    expect(before.zones).toMatchObject({ areaHa: 1126.77, planAreaHa: 1156.77 });
    expect(before.zones.byStage.reduce((s, r) => s + r.count, 0)).toBe(24);
    expect(before.zones.byStage.find((r) => r.stage === "operating")).toMatchObject({ count: 1, link: "/zones?kind=CCN&stage=operating" });
    expect(before.tasks.byStatus.overdue).toBeGreaterThan(5);
    expect(before.overdueByAgency[0]?.agency).toBe("Sở Công Thương");
    expect(before.landClearance).toEqual([
      // 002's undated figure keeps its own period, never a day it does not give
      expect.objectContaining({
        zoneId: "kcn-vsip-lang-son",
        reportedPeriod: "2024",
        reportedOn: null,
        totals: expect.objectContaining({ householdsCounted: 490 }),
      }),
    ]);
    expect(before.targets.find((x) => x.id === "t-2025-operating-30")?.actual.actual).toBe(1);
    expect(before.changedSince.zoneFigures).toBe(0);
    await t.admin.send("PATCH", "/api/zones/ccn-minh-son", { stage: "established" });
    const after = (await leader.get<Dashboard>("/api/dashboard?since=2026-11-01")).body;
    expect(after.changedSince).toMatchObject({ zoneFigures: 1, zonesChanged: ["ccn-minh-son"] });
    expect((await (await t.as("investor", "cty-vsip-lang-son")).request("/api/dashboard")).status).toBe(403);
  });
});

describe("the dashboard's progress figures", () => {
  it("computes occupancy from the tenant projects, counts late milestones, and never serves figures older than the data", async () => {
    const leader = await t.as("leader");
    await t.admin.send("PATCH", "/api/zones/ccn-hoa-son-1", { industrialLandHa: 20 });
    const db = t.database.db;
    const [project] = await db
      .insert(tenantProjects)
      .values({ zoneId: "ccn-hoa-son-1", name: "Nhà máy may Hòa Sơn", investorName: "Công ty TNHH May Hòa Sơn", recordedBy: "test" })
      .returning();
    await db.insert(tenantProjectReports).values({
      projectId: project?.id ?? 0,
      reportedOn: "2026-10-15",
      status: "operating",
      areaHa: 8,
      jobs: 300,
      recordedBy: "test",
    });
    await db.insert(milestoneFacts).values({
      zoneId: "ccn-hoa-son-1",
      milestone: "roads",
      plannedOn: "2026-06-30",
      reportedOn: "2026-07-01",
      recordedBy: "test",
    });
    const body = (await leader.get<Dashboard & { occupancy: { id: string; occupancy: number; basis: string }[] }>("/api/dashboard")).body;
    expect(body.occupancy.find((z) => z.id === "ccn-hoa-son-1")).toMatchObject({ occupancy: 0.4, basis: "projects" });
    // the reports' list: the roads reported late, and the wastewater plant 000 gives the investor for Quý III/2026
    expect(body.lateMilestones).toMatchObject({
      count: 2,
      items: [
        expect.objectContaining({ zoneId: "ccn-hoa-son-1", milestone: "roads", daysLate: 148 }),
        expect.objectContaining({ zoneId: "ccn-hoa-son-1", milestone: "wastewater-plant", plannedOn: "2026-09-30", daysLate: 56 }),
      ],
    });
    // targets judged as the annual report judges them: by 2025 not met, by 2030 not due yet in 2026
    const verdicts = (body as unknown as { targets: { byYear: number | null; verdict: string }[] }).targets.map((x) => [
      x.byYear,
      x.verdict,
    ]);
    expect(verdicts).toContainEqual([2025, "not-met"]);
    expect(verdicts).toContainEqual([2030, "not-due"]);
    expect(verdicts.filter(([y, v]) => y === 2030 && v === "not-met")).toEqual([]);
    // the monthly consolidation of 000: the period whose data cut-off has ended, with who has not reported
    expect(body.submissions.find((s) => s.obligationId === "bc-thang-000-don-vi")?.expected).toBeGreaterThan(5);
    // a figure appended after the first answer shows at once (the short cache keys on the data)
    await db.insert(milestoneFacts).values({
      zoneId: "ccn-hoa-son-1",
      milestone: "power",
      plannedOn: "2026-08-31",
      reportedOn: "2026-09-01",
      recordedBy: "test",
    });
    expect((await leader.get<Dashboard>("/api/dashboard")).body.lateMilestones.count).toBe(3);
  });
});

describe("the dashboard's overdue tasks by agency", () => {
  it("counts a task given to a person under the body the person leads, as the reports and the scorecards do", async () => {
    const leader = await t.as("leader");
    const db = t.database.db;
    const actor: Actor = { id: "x", name: "x", role: "leader", agencyId: null, registryKinds: [] };
    const before = (await leader.get<Dashboard & { asOf: string }>("/api/dashboard")).body;
    const [late] = await listTaskLines(db, actor, { asOf: before.asOf, due: "overdue" });
    if (!late) throw new Error("the seed has overdue tasks");
    // the Chairman and a Vice-Chairman named as leads of one overdue task: one line of the committee's leadership
    await db.insert(taskAssignees).values([
      { taskId: late.taskId, role: "lead", position: 10, agencyId: "ho-tien-thieu", text: "đồng chí Hồ Tiến Thiệu" },
      { taskId: late.taskId, role: "lead", position: 11, agencyId: "dinh-huu-hoc", text: "đồng chí Đinh Hữu Học" },
    ]);
    // what a writer of assignees does in its transaction: the counts kept by the writers follow
    await refreshTaskCounts(db, [late.taskId]);
    const body = (await leader.get<Dashboard & { asOf: string }>("/api/dashboard")).body;
    const persons = new Set((await db.select().from(agencies)).filter((a) => a.kind === "person").map((a) => a.id));
    expect(body.overdueByAgency.filter((r) => r.agencyId !== null && persons.has(r.agencyId))).toEqual([]);
    const lines = (await listTaskLines(db, actor, { asOf: body.asOf, due: "overdue" })).filter((l) =>
      l.leads.some((x) => x.agencyId === "ho-tien-thieu"),
    );
    expect(lines.length).toBeGreaterThan(0);
    // its row opens the whole overdue list (the leadership is no agency of the task list's filter)
    expect(body.overdueByAgency.find((r) => r.agencyId === "lanh-dao:ubnd-tinh")).toEqual({
      agencyId: "lanh-dao:ubnd-tinh",
      agency: "Lãnh đạo UBND tỉnh",
      count: lines.length,
      link: "/tasks?tab=overdue",
    });
    // its own lead still counts it too
    const own = late.leads[0]?.agencyId ?? null;
    const ownRow = (d: typeof body) => d.overdueByAgency.find((r) => r.agencyId === own)?.count;
    expect(ownRow(body)).toBe(ownRow(before));
  });
});
