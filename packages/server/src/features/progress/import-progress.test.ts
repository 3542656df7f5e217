import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
let sct: Client;
type ImportBody = {
  landClearance?: number;
  milestones?: number;
  tenantProjects?: number;
  tenantProjectReports?: number;
  error?: { message: string; details: { sheet?: string; row?: number; column?: string; message: string }[] };
};
beforeAll(async () => {
  t = await createTestContext();
  sct = await t.as("agency", "so-cong-thuong");
});
afterAll(() => t.cleanup());

async function template(): Promise<ExcelJS.Workbook> {
  const res = await sct.request("/api/progress/template.xlsx");
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return wb;
}
/** Fills row 3 onwards of a sheet, by header. */
function fill(wb: ExcelJS.Workbook, sheet: string, rows: Record<string, ExcelJS.CellValue>[]) {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  rows.forEach((r, i) => {
    for (const [h, v] of Object.entries(r)) {
      const c = headers.indexOf(h);
      if (c < 0) throw new Error(`no column ${h}`);
      ws.getRow(3 + i).getCell(c + 1).value = v;
    }
  });
}
async function bytesOf(wb: ExcelJS.Workbook) {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
async function upload(bytes: Uint8Array, client: Client = sct, name = "so-lieu-thang.xlsx") {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  const res = await client.request("/api/progress/import", { method: "POST", body: form });
  return { status: res.status, body: (await res.json()) as ImportBody };
}
async function counts() {
  const { db } = t.database;
  const n = async (table: string) =>
    ((await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]?.n;
  return {
    land: await n("land_clearance_entries"),
    milestones: await n("milestone_facts"),
    projects: await n("tenant_projects"),
    reports: await n("tenant_project_reports"),
    audit: await n("audit_log"),
  };
}

const landRow = (over: Record<string, ExcelJS.CellValue> = {}) => ({
  "Khu, cụm": "CCN Hòa Sơn 1",
  "Xã, phường": "Xã Tân Thành",
  "Ngày báo cáo": "15/11/2026",
  "Số hộ bị ảnh hưởng": 120,
  "Số hộ đã kiểm đếm": 100,
  "Diện tích đã thu hồi (ha)": 30.5,
  "Diện tích đã bàn giao (ha)": "25,5",
  ...over,
});

describe("the monthly figures template", () => {
  it("has a sheet per kind of figure, Vietnamese headers and a row of explanation", async () => {
    const wb = await template();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Giải phóng mặt bằng", "Mốc tiến độ", "Dự án thứ cấp", "Hướng dẫn"]);
    const ws = wb.getWorksheet("Mốc tiến độ") as ExcelJS.Worksheet;
    expect((ws.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["Khu, cụm", "Dự án thứ cấp", "Mốc tiến độ"]);
    expect(String(ws.getRow(2).getCell(3).value)).toContain("Nhà máy xử lý nước thải tập trung");
  });
});

describe("importing a month of figures", () => {
  it("writes a good file in one go, with audit rows, and says how many of each", async () => {
    const wb = await template();
    fill(wb, "Giải phóng mặt bằng", [landRow()]);
    fill(wb, "Mốc tiến độ", [
      { "Khu, cụm": "ccn-hoa-son-1", "Mốc tiến độ": "San lấp mặt bằng", "Ngày kế hoạch": "30/06/2026", "Ngày báo cáo": "15/11/2026" },
      {
        "Khu, cụm": "ccn-hoa-son-1",
        "Dự án thứ cấp": "Nhà máy nhập từ Excel",
        "Mốc tiến độ": "Thuê đất",
        "Ngày kế hoạch": new Date(Date.UTC(2026, 8, 1)),
        "Ngày hoàn thành thực tế": new Date(Date.UTC(2026, 9, 20)),
        "Ngày báo cáo": new Date(Date.UTC(2026, 10, 15)),
      },
    ]);
    fill(wb, "Dự án thứ cấp", [
      {
        "Khu, cụm": "CCN Hòa Sơn 1",
        "Tên dự án": "Nhà máy nhập từ Excel",
        "Nhà đầu tư": "Công ty nhập từ Excel",
        "Ngày báo cáo": "15/11/2026",
        "Tình trạng": "Đang xây dựng",
        "Diện tích (ha)": 6,
        "Vốn đăng ký (triệu đồng)": "120.000",
        "Số lao động": 30,
      },
    ]);
    const before = await counts();
    const res = await upload(await bytesOf(wb));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ landClearance: 1, milestones: 2, tenantProjects: 1, tenantProjectReports: 0 });
    const after = await counts();
    expect(after).toMatchObject({
      land: (before.land ?? 0) + 1,
      milestones: (before.milestones ?? 0) + 2,
      projects: (before.projects ?? 0) + 1,
      reports: (before.reports ?? 0) + 1,
    });
    expect((after.audit ?? 0) - (before.audit ?? 0)).toBe(1 + 2 + 2 + 1); // each row, the project and its report, the import
    const progress = (
      await sct.get<{
        milestones: { milestone: string; late: boolean; projectName: string | null; actualOn: string | null }[];
        projects: { name: string; areaHa: number; registeredCapitalMillionVnd: number }[];
        landClearance: { totals: Record<string, number | null> };
      }>("/api/zones/ccn-hoa-son-1/progress")
    ).body;
    expect(progress.milestones).toContainEqual(expect.objectContaining({ milestone: "levelling", late: true }));
    expect(progress.milestones).toContainEqual(
      expect.objectContaining({ milestone: "land-lease", projectName: "Nhà máy nhập từ Excel", actualOn: "2026-10-20" }),
    );
    expect(progress.projects).toContainEqual(
      expect.objectContaining({ name: "Nhà máy nhập từ Excel", areaHa: 6, registeredCapitalMillionVnd: 120000 }),
    );
    expect(progress.landClearance.totals).toMatchObject({ householdsCounted: 100, areaHandedOverHa: 25.5 });
  });

  it("a negative household count, more land handed over than the project has, an actual date in the future: errors by sheet, row and column, nothing written", async () => {
    const wb = await template();
    fill(wb, "Giải phóng mặt bằng", [
      landRow({ "Số hộ đã kiểm đếm": -5 }),
      landRow({ "Diện tích đã thu hồi (ha)": 80, "Diện tích đã bàn giao (ha)": 75 }),
      landRow({ "Ngày báo cáo": "16/11/2026" }), // a good row: still not written
    ]);
    fill(wb, "Mốc tiến độ", [
      {
        "Khu, cụm": "ccn-hoa-son-1",
        "Mốc tiến độ": "Hệ thống cấp điện",
        "Ngày kế hoạch": "30/06/2026",
        "Ngày hoàn thành thực tế": "01/01/2099",
        "Ngày báo cáo": "15/11/2026",
      },
      { "Khu, cụm": "KCN VSIP Lạng Sơn", "Mốc tiến độ": "Hệ thống cấp nước", "Ngày kế hoạch": "30/06/2026", "Ngày báo cáo": "15/11/2026" },
      { "Khu, cụm": "Cụm không có", "Mốc tiến độ": "Hệ thống cấp nước", "Ngày kế hoạch": "31/02/2026", "Ngày báo cáo": "15/11/2026" },
    ]);
    fill(wb, "Dự án thứ cấp", [
      {
        "Khu, cụm": "CCN Hòa Sơn 1",
        "Tên dự án": "X",
        "Nhà đầu tư": "Y",
        "Ngày báo cáo": "15/11/2026",
        "Tình trạng": "Đang hoạt động",
        "Số lao động": -3,
      },
    ]);
    const before = await counts();
    const res = await upload(await bytesOf(wb));
    expect(res.status).toBe(422);
    expect(res.body.error?.message).toContain("chưa ghi dòng nào");
    const details = res.body.error?.details ?? [];
    expect(details).toContainEqual(
      expect.objectContaining({
        sheet: "Giải phóng mặt bằng",
        row: 3,
        column: "Số hộ đã kiểm đếm",
        message: "Số hộ đã kiểm đếm không được âm.",
      }),
    );
    expect(details).toContainEqual(
      expect.objectContaining({
        sheet: "Giải phóng mặt bằng",
        row: 4,
        column: "Diện tích đã bàn giao (ha)",
        message: "Diện tích đã bàn giao (ha) vượt quá diện tích dự án (74,9 ha).",
      }),
    );
    expect(details).toContainEqual(
      expect.objectContaining({
        sheet: "Mốc tiến độ",
        row: 3,
        column: "Ngày hoàn thành thực tế",
        message: "Ngày hoàn thành thực tế không được sau ngày hôm nay.",
      }),
    );
    expect(details).toContainEqual(
      expect.objectContaining({ sheet: "Mốc tiến độ", row: 4, column: "Khu, cụm", message: expect.stringContaining("không có quyền") }),
    );
    expect(details).toContainEqual(expect.objectContaining({ sheet: "Mốc tiến độ", row: 5, column: "Khu, cụm" }));
    expect(details).toContainEqual(
      expect.objectContaining({ sheet: "Dự án thứ cấp", row: 3, column: "Số lao động", message: "Số lao động không được âm." }),
    );
    expect(details.some((d) => d.row === 5 && d.sheet === "Giải phóng mặt bằng")).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("a malformed or non-xlsx file gets a clear error and changes nothing", async () => {
    const before = await counts();
    const notExcel = await upload(new TextEncoder().encode("Khu, cụm;Ngày báo cáo\nccn-hoa-son-1;15/11/2026\n"), sct, "so-lieu.xlsx");
    expect(notExcel.status).toBe(422);
    expect(notExcel.body.error?.message).toBe("Tệp tải lên không phải tệp Excel (.xlsx).");
    const good = await bytesOf(await template());
    const truncated = await upload(good.subarray(0, Math.floor(good.length / 2)));
    expect(truncated.status).toBe(422);
    expect(truncated.body.error?.message).toMatch(/Tệp Excel bị hỏng|Không đọc được tệp Excel/);
    const empty = await upload(good);
    expect(empty.status).toBe(422);
    expect(empty.body.error?.message).toContain("không có dòng số liệu nào");
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "gì đó";
    const wrong = await upload(await bytesOf(other));
    expect(wrong.status).toBe(422);
    expect(wrong.body.error?.message).toContain("Hãy tải mẫu về");
    expect(await counts()).toEqual(before);
  });
});
