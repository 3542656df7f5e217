import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";
import { loadProgressAsOf } from "./load-progress";

let t: TestContext;
let sct: Client; // Sở Công Thương maintains the clusters
let tanDaiNam: Client; // infrastructure investor of CCN Hòa Sơn 1
type Source = { documentId: string | null; label: string; passage: string | null } | null;
type Progress = {
  canReport: boolean;
  milestones: { milestone: string; projectName: string | null; late: boolean; daysLate: number | null; recordedBy: string | null }[];
  lateMilestones: { milestone: string }[];
  projects: { id: number; name: string; status: string; areaHa: number | null; jobs: number | null; source: Source }[];
  occupancy: {
    leasedHa: number | null;
    occupancy: number | null;
    enterprises: number | null;
    basis: string;
    sources: { industrialLandHa: Source; leasedLandHa: Source; enterprises: Source };
  };
  infrastructure: { wastewaterStatus: string | null; sources: { wastewaterStatus: Source } };
  landClearance: { totals: Record<string, number | null> };
  error?: { message: string; details: { path: string; message: string }[] };
};
beforeAll(async () => {
  t = await createTestContext();
  sct = await t.as("agency", "so-cong-thuong");
  tanDaiNam = await t.as("investor", "ld-tan-dai-nam");
});
afterAll(() => t.cleanup());

const progress = async (zoneId: string, client: Client = t.admin, asOf = "") =>
  (await client.get<Progress>(`/api/zones/${zoneId}/progress${asOf ? `?asOf=${asOf}` : ""}`)).body;
const milestone = (client: Client, body: Record<string, unknown>, zoneId = "ccn-hoa-son-1") =>
  client.send<Progress>("POST", `/api/zones/${zoneId}/milestones`, body);
const project = (client: Client, body: Record<string, unknown>, zoneId = "ccn-hoa-son-1") =>
  client.send<Progress>("POST", `/api/zones/${zoneId}/tenant-projects`, body);

describe("CCN Địa phương số 2 (003, footnote 3)", () => {
  it("is 100 % occupied, computed from its 8,5 ha of land, each figure with its source", async () => {
    const p = await progress("ccn-dia-phuong-so-2");
    expect(p.occupancy).toMatchObject({ leasedHa: 8.5, occupancy: 1, basis: "zone-figure", enterprises: 12 });
    expect(p.occupancy.sources.enterprises).toMatchObject({ documentId: "seed-003" });
    expect(p.occupancy.sources.leasedLandHa).toMatchObject({ documentId: "seed-003" });
    expect(p.occupancy.sources.leasedLandHa?.passage).toContain("đã lấp đầy 100%");
    expect(p.projects).toEqual([]);
  });

  it("has no central wastewater plant, from the footnote", async () => {
    const p = await progress("ccn-dia-phuong-so-2");
    expect(p.infrastructure.wastewaterStatus).toBe("none");
    expect(p.infrastructure.sources.wastewaterStatus?.documentId).toBe("seed-003");
    expect(p.infrastructure.sources.wastewaterStatus?.passage).toContain("chưa có hệ thống xử lý nước thải tập trung");
    const zone = (await t.admin.get<{ wastewaterStatus: string; provenance: Record<string, Source> }>("/api/zones/ccn-dia-phuong-so-2"))
      .body;
    expect(zone.wastewaterStatus).toBe("none");
    expect(zone.provenance.wastewaterStatus?.documentId).toBe("seed-003");
  });
});

describe("milestones and tenant projects of CCN Hòa Sơn 1", () => {
  it("a milestone past its planned date and not done is late, computed", async () => {
    const res = await milestone(sct, { milestone: "roads", plannedOn: "2026-06-30", reportedOn: "2026-07-01" });
    expect(res.status).toBe(201);
    expect(res.body.milestones).toContainEqual(expect.objectContaining({ milestone: "roads", late: true, recordedBy: expect.any(String) }));
    expect(res.body.lateMilestones.map((m) => m.milestone)).toContain("roads");
    // the same list as the reports: 000's Quý III/2026 deadline for the investor's wastewater plant is late too
    expect(res.body.lateMilestones.map((m) => m.milestone)).toContain("wastewater-plant");
    const done = await milestone(sct, { milestone: "roads", plannedOn: "2026-06-30", actualOn: "2026-09-01", reportedOn: "2026-09-02" });
    expect(done.body.milestones.find((m) => m.milestone === "roads")).toMatchObject({ late: false });
    // these facts were recorded today: a report as of August does not see them
    expect((await progress("ccn-hoa-son-1", t.admin, "2026-08-31")).lateMilestones).toEqual([]);
  });

  it("the investor adds a tenant project and its reports; occupancy comes from the projects", async () => {
    const res = await project(tanDaiNam, {
      name: "Nhà máy thử nghiệm A",
      investorName: "Công ty thử nghiệm A",
      reportedOn: "2026-10-15",
      status: "under-construction",
      areaHa: 10,
      registeredCapitalMillionVnd: 150000,
      jobs: 50,
    });
    expect(res.status).toBe(201);
    const p = res.body.projects[0];
    expect(p).toMatchObject({ name: "Nhà máy thử nghiệm A", status: "under-construction", areaHa: 10 });
    expect(res.body.occupancy).toMatchObject({ basis: "projects", leasedHa: 10, enterprises: 1 });
    expect(res.body.occupancy.occupancy).toBeNull(); // no figure of industrial land for lease: never guessed
    const report = await tanDaiNam.send<Progress>("POST", `/api/tenant-projects/${p?.id}/reports`, {
      reportedOn: "2026-11-15",
      status: "operating",
      areaHa: 12,
      jobs: 120,
    });
    expect(report.status).toBe(201);
    expect(report.body.projects[0]).toMatchObject({ status: "operating", areaHa: 12, jobs: 120 });
    const m = await milestone(tanDaiNam, {
      milestone: "construction",
      projectId: p?.id,
      plannedOn: "2026-12-31",
      reportedOn: "2026-11-15",
    });
    expect(m.status).toBe(201);
    expect(m.body.milestones).toContainEqual(expect.objectContaining({ milestone: "construction", projectName: "Nhà máy thử nghiệm A" }));
  });

  it("refuses bad figures in Vietnamese and writes nothing", async () => {
    const before = await progress("ccn-hoa-son-1");
    const negative = await project(sct, { name: "B", investorName: "C", reportedOn: "2026-11-15", status: "operating", jobs: -5 });
    expect(negative.status).toBe(422);
    expect(negative.body.error?.details).toContainEqual({ path: "jobs", message: "Số lao động không được âm." });
    const tooBig = await project(sct, { name: "B", investorName: "C", reportedOn: "2026-11-15", status: "operating", areaHa: 80 });
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.error?.details).toContainEqual({
      path: "areaHa",
      message: "Diện tích dự án vượt quá diện tích của khu, cụm (74,9 ha).",
    });
    const future = await milestone(sct, { milestone: "power", plannedOn: "2026-06-30", actualOn: "2099-01-01", reportedOn: "2026-11-15" });
    expect(future.status).toBe(422);
    expect(future.body.error?.details).toContainEqual({
      path: "actualOn",
      message: "Ngày hoàn thành thực tế không được sau ngày hôm nay.",
    });
    const after = await progress("ccn-hoa-son-1");
    expect(after.projects).toEqual(before.projects);
    expect(after.milestones).toEqual(before.milestones);
  });

  it("only the agency in charge, the zone's investor and admins may enter progress", async () => {
    const body = { milestone: "power", plannedOn: "2026-12-31", reportedOn: "2026-11-15" };
    expect((await milestone(await t.as("agency", "so-xay-dung"), body)).status).toBe(403);
    expect((await milestone(await t.as("investor", "cty-vsip-lang-son"), body)).status).toBe(403);
    expect((await milestone(await t.as("leader"), body)).status).toBe(403);
    expect((await milestone(t.admin, body)).status).toBe(201);
    expect((await progress("ccn-hoa-son-1", await t.as("agency", "so-xay-dung"))).canReport).toBe(false);
    expect((await progress("ccn-hoa-son-1", tanDaiNam)).canReport).toBe(true);
    expect((await milestone(sct, body, "khong-co")).status).toBe(404);
    expect(
      (await t.admin.send("POST", "/api/tenant-projects/999999/reports", { reportedOn: "2026-11-15", status: "operating" })).status,
    ).toBe(404);
  });
});

describe("as of a past day", () => {
  it("figures entered later never change it", async () => {
    const { db } = t.database;
    const before = await loadProgressAsOf(db, "2026-11-01");
    const pageBefore = await progress("kcn-vsip-lang-son", t.admin, "2026-11-01");
    const lc = await t.admin.send("POST", "/api/zones/kcn-vsip-lang-son/land-clearance", {
      unitId: "xa-huu-lung",
      reportedOn: "2026-10-15",
      householdsCounted: 520,
    });
    expect(lc.status).toBe(201);
    expect(await progress("kcn-vsip-lang-son", t.admin, "2026-11-01")).toEqual(pageBefore);
    expect((await progress("kcn-vsip-lang-son")).landClearance.totals.householdsCounted).toBe(520); // the commune's report supersedes the former district's 2024 figure
    await project(sct, { name: "Nhà máy muộn", investorName: "D", reportedOn: "2026-10-01", status: "operating", areaHa: 1 });
    await milestone(sct, { milestone: "water", plannedOn: "2026-05-01", reportedOn: "2026-04-01" });
    const after = await loadProgressAsOf(db, "2026-11-01");
    expect([...after.entries()]).toEqual([...before.entries()]);
    expect(after.get("ccn-dia-phuong-so-2")?.occupancy.occupancy).toBe(1);
    const today = await loadProgressAsOf(db, "2099-01-01", ["ccn-hoa-son-1"]);
    expect([...today.keys()]).toEqual(["ccn-hoa-son-1"]);
    expect((await loadProgressAsOf(db, "2026-11-01", [])).size).toBe(0);
    expect(today.get("ccn-hoa-son-1")?.projects.map((p) => p.name)).toContain("Nhà máy muộn");
  });
});
