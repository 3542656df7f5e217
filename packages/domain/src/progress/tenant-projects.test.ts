import { describe, expect, it } from "vitest";
import {
  checkTenantProjectReport,
  newTenantProjectInput,
  type TenantProject,
  type TenantProjectReport,
  type TenantProjectState,
  tenantProjectReportInput,
  tenantProjectsAsOf,
  zoneOccupancy,
} from "./tenant-projects";

const projects: TenantProject[] = [
  { id: 1, zoneId: "ccn-hoa-son-1", name: "Nhà máy gạch men", investorName: "Công ty A" },
  { id: 2, zoneId: "ccn-hoa-son-1", name: "Xưởng chế biến gỗ", investorName: "Công ty B" },
];
const report = (id: number, projectId: number, reportedOn: string, over: Partial<TenantProjectReport> = {}): TenantProjectReport => ({
  id,
  projectId,
  reportedOn,
  correctsId: null,
  status: "land-leased",
  areaHa: null,
  registeredCapitalMillionVnd: null,
  disbursedCapitalMillionVnd: null,
  jobs: null,
  ...over,
});

describe("tenant projects as of a date", () => {
  const reports = [
    report(1, 1, "2026-09-15", { status: "registered", areaHa: 5, registeredCapitalMillionVnd: 120_000 }),
    report(2, 1, "2026-10-15", { status: "under-construction", areaHa: 5, disbursedCapitalMillionVnd: 30_000, jobs: 40 }),
    report(3, 2, "2026-11-15", { status: "operating", areaHa: 30, jobs: 200 }),
    report(4, 2, "2026-11-16", { status: "operating", areaHa: 3, jobs: 200, correctsId: 3 }),
  ];

  it("takes each project's latest report by the date; a project reported later is left out", () => {
    const october = tenantProjectsAsOf(projects, reports, "2026-10-31");
    expect(october).toEqual([
      expect.objectContaining({ id: 1, status: "under-construction", statusLabel: "Đang xây dựng", areaHa: 5, jobs: 40 }),
    ]);
  });

  it("a correction replaces the report it names, from its own date on", () => {
    expect(tenantProjectsAsOf(projects, reports, "2026-11-15").find((p) => p.id === 2)?.areaHa).toBe(30);
    expect(tenantProjectsAsOf(projects, reports, "2026-11-20").find((p) => p.id === 2)?.areaHa).toBe(3);
  });
});

const state = (over: Partial<TenantProjectState>): TenantProjectState => ({
  id: 1,
  zoneId: "z",
  name: "P",
  investorName: "I",
  status: "operating",
  statusLabel: "",
  areaHa: null,
  registeredCapitalMillionVnd: null,
  disbursedCapitalMillionVnd: null,
  jobs: null,
  reportedOn: "2026-11-15",
  ...over,
});

describe("zone occupancy", () => {
  it("CCN Địa phương số 2: 8,5 ha leased of 8,5 ha, no project recorded → 100 % from the zone's figures", () => {
    expect(zoneOccupancy({ industrialLandHa: 8.5, leasedLandHa: 8.5 }, [])).toEqual({
      leasedHa: 8.5,
      occupancy: 1,
      enterprises: null,
      jobs: null,
      basis: "zone-figure",
    });
  });

  it("sums the land of projects that hold land (not the approved-only or stopped ones)", () => {
    const list = [
      state({ id: 1, areaHa: 4, jobs: 100 }),
      state({ id: 2, status: "under-construction", areaHa: 2.5, jobs: 20 }),
      state({ id: 3, status: "registered", areaHa: 3 }),
      state({ id: 4, status: "stopped", areaHa: 1, jobs: 50 }),
    ];
    expect(zoneOccupancy({ industrialLandHa: 26, leasedLandHa: null }, list)).toEqual({
      leasedHa: 6.5,
      occupancy: 0.25,
      enterprises: 2,
      jobs: 120,
      basis: "projects",
    });
  });

  it("on the zone's figures, takes the number of enterprises stated for the zone", () => {
    expect(zoneOccupancy({ industrialLandHa: 8.5, leasedLandHa: 8.5, enterprises: 12 }, [])).toMatchObject({
      basis: "zone-figure",
      occupancy: 1,
      enterprises: 12,
    });
    expect(zoneOccupancy({ industrialLandHa: 8.5, leasedLandHa: 8.5, enterprises: 12 }, [state({ areaHa: 8.5 })])).toMatchObject({
      basis: "projects",
      enterprises: 1,
    });
  });

  it("keeps the zone's figure when the list of projects covers less land than it", () => {
    const partial = zoneOccupancy({ industrialLandHa: 8.5, leasedLandHa: 8.5 }, [state({ areaHa: 1 })]);
    expect(partial).toMatchObject({ basis: "zone-figure", occupancy: 1, enterprises: 1 });
  });

  it("is unknown without land for lease or leased figures", () => {
    expect(zoneOccupancy({ industrialLandHa: null, leasedLandHa: null }, [])).toMatchObject({ basis: "unknown", occupancy: null });
    expect(zoneOccupancy({ industrialLandHa: null, leasedLandHa: null }, [state({ areaHa: 2 })])).toMatchObject({
      basis: "projects",
      leasedHa: 2,
      occupancy: null,
    });
  });
});

describe("tenant project input", () => {
  it("refuses negative numbers in Vietnamese", () => {
    const bad = tenantProjectReportInput.safeParse({ reportedOn: "2026-11-15", status: "operating", areaHa: -1, jobs: -3 });
    expect(bad.error?.issues.map((i) => i.message)).toEqual(["Diện tích dự án không được âm.", "Số lao động không được âm."]);
    const ok = newTenantProjectInput.parse({
      name: " Nhà máy ",
      investorName: "Công ty A",
      reportedOn: "2026-11-15",
      status: "registered",
    });
    expect(ok).toMatchObject({ name: "Nhà máy", areaHa: null, jobs: null, source: null });
    expect(newTenantProjectInput.safeParse({ name: "", investorName: "A", reportedOn: "2026-11-15", status: "registered" }).success).toBe(
      false,
    );
  });

  it("refuses an area larger than the zone's industrial land, or more land than is left, and a future date", () => {
    const zone = { industrialLandHa: 8.5, areaHa: 10 };
    expect(checkTenantProjectReport({ reportedOn: "2026-11-15", status: "operating", areaHa: 9 }, zone, 0, "2026-11-23")).toEqual([
      { path: "areaHa", message: "Diện tích dự án vượt quá diện tích đất công nghiệp của khu, cụm (8,5 ha)." },
    ]);
    expect(checkTenantProjectReport({ reportedOn: "2026-11-15", status: "operating", areaHa: 5 }, zone, 4, "2026-11-23")[0]?.message).toBe(
      "Tổng diện tích các dự án thứ cấp (9 ha) vượt quá diện tích đất công nghiệp của khu, cụm (8,5 ha).",
    );
    expect(checkTenantProjectReport({ reportedOn: "2026-11-15", status: "registered", areaHa: 5 }, zone, 4, "2026-11-23")).toEqual([]);
    expect(checkTenantProjectReport({ reportedOn: "2026-11-24", status: "operating", areaHa: null }, zone, 0, "2026-11-23")).toEqual([
      { path: "reportedOn", message: "Ngày báo cáo không được sau ngày hôm nay." },
    ]);
    expect(
      checkTenantProjectReport({ reportedOn: "2026-11-15", status: "operating", areaHa: null, correctsId: 99 }, zone, 0, "2026-11-23", [
        { id: 1 },
      ]),
    ).toEqual([{ path: "correctsId", message: "Không có báo cáo cần đính chính này của dự án." }]);
  });
});
