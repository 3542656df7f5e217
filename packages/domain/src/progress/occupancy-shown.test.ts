import { describe, expect, it } from "vitest";
import { type DashboardData, dashboardFigures } from "../dashboard/dashboard";
import { occupancyRows, type ZoneProgressInput } from "../reports/report-progress";
import { taskStatuses } from "../tasks/task-status";
import { testZone } from "../zones/test-zone";
import type { ZoneSummary } from "../zones/zone-view";
import { zoneOccupancyShown } from "./occupancy-shown";
import { type TenantProjectState, zoneOccupancy } from "./tenant-projects";

const zone = (id: string, over: Partial<ZoneSummary> = {}): ZoneSummary => testZone(id, { name: `CCN ${id}`, ...over });

const project = (areaHa: number): TenantProjectState => ({
  id: 1,
  zoneId: "a",
  name: "Dự án",
  investorName: "Công ty A",
  status: "operating",
  statusLabel: "Đang hoạt động",
  areaHa,
  registeredCapitalMillionVnd: null,
  disbursedCapitalMillionVnd: null,
  jobs: null,
  reportedOn: "2026-10-01",
});

describe("the occupancy a zone shows", () => {
  it("is the progress module's when it gives one (its tenant projects, else its leased land figure)", () => {
    const progress = zoneOccupancy({ industrialLandHa: 50, leasedLandHa: null }, [project(20)]);
    expect(zoneOccupancyShown({ industrialLandHa: 50, leasedLandHa: 8 }, progress)).toEqual({
      occupancy: 0.4,
      leasedHa: 20,
      industrialLandHa: 50,
      enterprises: 1,
      basis: "projects",
    });
  });

  it("is the registry's figures when the progress module has a leased land figure but no land for lease", () => {
    // a national data set: monthly leased land facts, the land for lease only on the zone's row
    const progress = zoneOccupancy({ industrialLandHa: null, leasedLandHa: 40 }, []);
    expect(progress).toMatchObject({ basis: "zone-figure", occupancy: null });
    expect(zoneOccupancyShown({ industrialLandHa: 50, leasedLandHa: 40 }, progress)).toEqual({
      occupancy: 0.8,
      leasedHa: 40,
      industrialLandHa: 50,
      enterprises: null,
      basis: "zone-figure",
    });
  });

  it("is unknown when neither knows both figures", () => {
    expect(zoneOccupancyShown({ industrialLandHa: null, leasedLandHa: 3 }, undefined)).toMatchObject({
      occupancy: null,
      basis: "unknown",
    });
  });
});

describe("the dashboard and the reports show the same occupancy", () => {
  const zones = [
    zone("a", { industrialLandHa: 50, leasedLandHa: 8, occupancy: 0.16 }),
    zone("b", { industrialLandHa: 50, leasedLandHa: 40, occupancy: 0.8 }),
    zone("c", { industrialLandHa: 8.5, leasedLandHa: 8.5, occupancy: 1 }),
    zone("d", { industrialLandHa: 20, leasedLandHa: 5, occupancy: 0.25 }),
    zone("e"),
  ];
  const progress = new Map<string, ZoneProgressInput>([
    ["a", { milestones: [], occupancy: zoneOccupancy({ industrialLandHa: 50, leasedLandHa: null }, [project(20)]) }],
    ["b", { milestones: [], occupancy: zoneOccupancy({ industrialLandHa: null, leasedLandHa: 40 }, []) }],
    ["d", { milestones: [], occupancy: zoneOccupancy({ industrialLandHa: null, leasedLandHa: null }, []) }],
    ["e", { milestones: [], occupancy: null }],
  ]);
  const data: DashboardData = {
    today: "2026-12-03",
    zones,
    plan: [],
    progress,
    milestoneTasks: [],
    taskCounts: {
      byStatus: Object.fromEntries(taskStatuses.map((s) => [s, 0])) as DashboardData["taskCounts"]["byStatus"],
      byBody: [],
    },
    targets: [],
    clearance: [],
    submissions: [],
  };

  it("zone by zone, as zoneOccupancyShown chooses it", () => {
    const expected = zones
      .map((z) => ({ id: z.id, shown: zoneOccupancyShown(z, progress.get(z.id)?.occupancy) }))
      .filter((x) => x.shown.occupancy !== null);
    expect(expected.map((x) => [x.id, x.shown.occupancy, x.shown.basis])).toEqual([
      ["a", 0.4, "projects"],
      ["b", 0.8, "zone-figure"],
      ["c", 1, "zone-figure"],
      ["d", 0.25, "zone-figure"],
    ]);
    const dashboard = dashboardFigures(data).occupancy;
    const report = occupancyRows(zones, progress);
    for (const { id, shown } of expected) {
      expect(dashboard.find((r) => r.id === id)).toMatchObject({
        occupancy: shown.occupancy,
        leasedHa: shown.leasedHa,
        industrialLandHa: shown.industrialLandHa,
        enterprises: shown.enterprises,
        basis: shown.basis,
      });
      expect(report.find((r) => r.zoneId === id)).toMatchObject({
        occupancy: shown.occupancy,
        leasedLandHa: shown.leasedHa,
        industrialLandHa: shown.industrialLandHa,
        enterprises: shown.enterprises,
        basis: shown.basis === "projects" ? "tenant-projects" : "registry",
      });
    }
    expect(dashboard.map((r) => r.id).sort()).toEqual(expected.map((x) => x.id));
    expect(report.map((r) => r.zoneId).sort()).toEqual(expected.map((x) => x.id));
  });
});
