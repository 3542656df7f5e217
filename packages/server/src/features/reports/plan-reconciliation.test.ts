import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

/**
 * Every output that states the plan's figures reconciles with 003 (QĐ 609/QĐ-UBND ngày 10/03/2025,
 * mục IV.1), table by table, from the seed data and nothing else: the monthly report (.docx text and
 * .xlsx cells), the dashboard API and the public API, on the same date. Runs on PGlite, and on
 * PostgreSQL when TEST_DATABASE_URL is set.
 */
let t: TestContext;
let office: Client;
beforeAll(async () => {
  t = await createTestContext();
  office = await t.as("office", "van-phong-ubnd-tinh");
});
afterAll(() => t.cleanup());

type Figure = { stage: string; count: number; expansions: number; areaHa: number; investmentMillionVnd: number };
type Plan = {
  byStage: Figure[];
  totals: { count: number; rows: number; areaHa: number; investmentMillionVnd: number };
  byTable: { table: string; count: number; areaHa: number; investmentMillionVnd: number }[];
  byDistrict: { district: { name: string } | null; count: number; areaHa: number }[];
};

/** 003's tables, as printed */
const TABLES = {
  "003-IV.1.a(1)": { count: 9, areaHa: 409.99, investmentMillionVnd: 4_050_805 }, // (1) 09 cụm đã thành lập
  "003-IV.1.a(2)": { count: 8, areaHa: 418.83, investmentMillionVnd: 4_197_000 }, // (2) 08 cụm dự kiến thành lập 2021-2025
  "003-IV.1.b": { count: 7, areaHa: 319.45, investmentMillionVnd: 3_203_000 }, // 07 dòng thu hút 2026-2030 (gồm Na Dương 1 mở rộng)
  "003-II.1": { count: 1, areaHa: 8.5, investmentMillionVnd: 21_570 }, // CCN Địa phương số 2, đầu tư công
};
/** 003 mục IV.1: 24 CCN, 1.156,77 ha; 11.450.805 (23 CCN, ngoài ngân sách) + 21.570 (Địa phương số 2) */
const TOTAL = { count: 24, rows: 25, areaHa: 1156.77, investmentMillionVnd: 11_472_375 };
/** 003 mục IV.1, bảng theo địa bàn (huyện cũ) */
const DISTRICTS: Record<string, [number, number]> = {
  "Thành phố Lạng Sơn": [1, 50],
  "Huyện Hữu Lũng": [6, 358.56],
  "Huyện Chi Lăng": [3, 161.01],
  "Huyện Bắc Sơn": [1, 25],
  "Huyện Cao Lộc": [3, 57.77],
  "Huyện Lộc Bình": [4, 181.77],
  "Huyện Đình Lập": [2, 145.29],
  "Huyện Văn Lãng": [2, 87.37],
  "Huyện Tràng Định": [1, 60],
  "Huyện Bình Gia": [1, 30],
};
const ESTABLISHED = ["established", "detailed-plan-approved", "construction-started", "wastewater-done"];

function expectPlan(p: Plan) {
  expect(p.totals).toEqual(TOTAL);
  for (const [table, want] of Object.entries(TABLES))
    expect({ table, ...p.byTable.find((x) => x.table === table) }).toEqual({ table, ...want });
  const districts = Object.fromEntries(p.byDistrict.map((d) => [d.district?.name ?? "—", [d.count, d.areaHa]]));
  expect(districts).toEqual(DISTRICTS);
  expectStages(p.byStage);
}

function expectStages(byStage: Figure[]) {
  // 003 mục II.1.a: 09 CCN đã thành lập (410 ha), 14 CCN đang mời gọi (khoảng 738 ha), 01 đang hoạt động
  const established = byStage.filter((s) => ESTABLISHED.includes(s.stage));
  expect({
    count: established.reduce((s, x) => s + x.count, 0),
    areaHa: Math.round(established.reduce((s, x) => s + x.areaHa, 0) * 100) / 100,
    investmentMillionVnd: established.reduce((s, x) => s + x.investmentMillionVnd, 0),
  }).toEqual({ count: 9, areaHa: 409.99, investmentMillionVnd: 4_050_805 });
  expect(byStage.find((s) => s.stage === "inviting-investors")).toMatchObject({
    count: 14,
    expansions: 1,
    areaHa: 738.28,
    investmentMillionVnd: 7_400_000,
  });
  expect(byStage.find((s) => s.stage === "operating")).toMatchObject({ count: 1, areaHa: 8.5, investmentMillionVnd: 21_570 });
}

async function report(format: "docx" | "xlsx") {
  const res = await office.request(`/api/reports/monthly?period=2026-11&format=${format}`);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe("the plan's figures reconcile with 003 everywhere", () => {
  let dashboard: { zones: { clusters: number; planAreaHa: number; planInvestmentMillionVnd: number; byStage: Figure[] } };
  it("the dashboard API: 24 clusters, 1.156,77 ha, 11.472.375 triệu đồng, stages as 003 counts them", async () => {
    const leader = await t.as("leader");
    dashboard = (await leader.get<typeof dashboard>("/api/dashboard")).body;
    expect(dashboard.zones).toMatchObject({ clusters: 24, planAreaHa: 1156.77, planInvestmentMillionVnd: 11_472_375 });
    expectStages(dashboard.zones.byStage);
  });

  it("the public API (open data): every table of 003, the district table, the totals; the same stages as the dashboard", async () => {
    const plan = (await t.anonymous.get<Plan>("/api/public/plan")).body;
    expectPlan(plan);
    const figures = (xs: Figure[]) =>
      xs.map(({ stage, count, expansions, areaHa, investmentMillionVnd }) => ({ stage, count, expansions, areaHa, investmentMillionVnd }));
    expect(figures(plan.byStage)).toEqual(figures(dashboard.zones.byStage));
  });

  it("the public zone of Na Dương 1: established at 20 ha (QĐ 326), its 30 ha expansion a plan row of its own", async () => {
    const z = (
      await t.anonymous.get<{ stage: string; areaHa: number; plan: { entryKind: string; areaHa: number }[] }>(
        "/api/public/zones/ccn-na-duong-1",
      )
    ).body;
    expect(z).toMatchObject({ stage: "established", areaHa: 20 });
    expect(z.plan.map((p) => [p.entryKind, p.areaHa])).toEqual([
      ["established", 20],
      ["expansion", 30],
    ]);
  });

  it("the monthly report .docx states the same totals and stages, and Na Dương 1's expansion as its own row", async () => {
    const { value } = await mammoth.extractRawText({ buffer: await report("docx") });
    const text = value.replace(/\s+/g, " ");
    expect(text).toContain("triển khai 24 cụm công nghiệp với tổng diện tích 1.156,77 ha, tổng mức đầu tư 11.472.375 triệu đồng");
    expect(text).toContain("Đang mời gọi nhà đầu tư (gồm 1 phần mở rộng) 14 738,28 7.400.000");
    expect(text).toContain("Đang hoạt động 1 8,5 21.570");
    expect(text).toContain("Tổng cộng 24 1.156,77 11.472.375");
    expect(text).toMatch(/CCN Na Dương 1 Huyện Lộc Bình\D*?Đã thành lập 20 /);
    expect(text).toMatch(/CCN Na Dương 1 \(mở rộng\) Huyện Lộc Bình\D*?Đang mời gọi nhà đầu tư 30 /);
  });

  it("the monthly report .xlsx cells: stages, the cluster rows (25, labels in Vietnamese) and the totals", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await report("xlsx")) as unknown as ArrayBuffer);
    const rows = (name: string) =>
      (wb.getWorksheet(name)?.getSheetValues() ?? []).filter(Boolean).map((r) => (r as unknown[]).slice(1)) as unknown[][];
    const stages = rows("Theo giai đoạn");
    expect(stages).toContainEqual(["Đang mời gọi nhà đầu tư (gồm 1 phần mở rộng)", 14, 738.28, 7_400_000]);
    expect(stages.at(-1)).toEqual(["Tổng cộng", 24, 1156.77, 11_472_375]);
    const clusters = rows("Cụm công nghiệp").slice(2);
    expect(clusters).toHaveLength(26); // 25 plan rows and the total
    expect(clusters.at(-1)?.slice(5, 7)).toEqual([1156.77, 11_472_375]);
    const sum = clusters.slice(0, -1).reduce((s, r) => s + Number(r[6] ?? 0), 0);
    expect(sum).toBe(11_472_375);
    const codes = clusters.map((r) => r[4]).filter((v) => typeof v === "string" && /^[a-z-]+$/.test(v));
    expect(codes).toEqual([]);
    expect(clusters.find((r) => r[1] === "CCN Na Dương 1 (mở rộng)")?.slice(4, 7)).toEqual(["Đang mời gọi nhà đầu tư", 30, 300_000]);
  });
});
