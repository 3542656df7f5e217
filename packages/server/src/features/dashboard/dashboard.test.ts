import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

type Dashboard = {
  zones: { clusters: number; byStage: { stage: string; count: number; link: string }[] };
  tasks: { byStatus: Record<string, number> };
  overdueByAgency: { agency: string; count: number }[];
  landClearance: { zoneId: string; totals: { householdsCounted: number } }[];
  targets: { id: string; actual: { actual: number | null } }[];
  changedSince: { zoneFigures: number; zonesChanged: string[] };
};

describe("the dashboard", () => {
  it("adds up the registry and the tasks, links each block to its list, and shows what changed since a date", async () => {
    const leader = await t.as("leader");
    const before = (await leader.get<Dashboard>("/api/dashboard?since=2026-11-01")).body;
    expect(before.zones.clusters).toBe(24);
    expect(before.zones.byStage.reduce((s, r) => s + r.count, 0)).toBe(24);
    expect(before.zones.byStage.find((r) => r.stage === "operating")).toMatchObject({ count: 1, link: "/zones?kind=CCN&stage=operating" });
    expect(before.tasks.byStatus.overdue).toBeGreaterThan(10);
    expect(before.overdueByAgency[0]?.agency).toBe("Sở Công Thương");
    expect(before.landClearance).toEqual([
      expect.objectContaining({ zoneId: "kcn-vsip-lang-son", totals: expect.objectContaining({ householdsCounted: 490 }) }),
    ]);
    expect(before.targets.find((x) => x.id === "t-2025-operating-30")?.actual.actual).toBe(1);
    expect(before.changedSince.zoneFigures).toBe(0);
    await t.admin.send("PATCH", "/api/zones/ccn-minh-son", { stage: "established" });
    const after = (await leader.get<Dashboard>("/api/dashboard?since=2026-11-01")).body;
    expect(after.changedSince).toMatchObject({ zoneFigures: 1, zonesChanged: ["ccn-minh-son"] });
    expect((await (await t.as("investor", "cty-vsip-lang-son")).request("/api/dashboard")).status).toBe(403);
  });
});
