import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

const SCREENSHOTS = fileURLToPath(new URL("../../../../../docs/screenshots/", import.meta.url));
let t: TestContext;
let office: Client;
let work: string;
beforeAll(async () => {
  t = await createTestContext();
  office = await t.as("office", "van-phong-ubnd-tinh");
  work = mkdtempSync(join(tmpdir(), "dondoc-report-"));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(work, { recursive: true, force: true });
});

async function report(period: string, format: "docx" | "xlsx") {
  const res = await office.request(`/api/reports/monthly?period=${period}&format=${format}`);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}
const textOf = async (docx: Buffer) => (await mammoth.extractRawText({ buffer: docx })).value.replace(/\s+/g, " ");
async function cellsOf(xlsx: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => ws.getSheetValues());
}

describe("the monthly report", () => {
  it("November 2026 as .docx: motto, number line, the 24 clusters with the plan totals, the tasks with their statuses, Nơi nhận", async () => {
    const text = await textOf(await report("2026-11", "docx"));
    for (const expected of [
      "UBND TỈNH LẠNG SƠN",
      "SỞ CÔNG THƯƠNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: /BC-SCT",
      "BÁO CÁO",
      "Nơi nhận:",
      "KT. GIÁM ĐỐC",
    ]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    expect(text).toMatch(/Lạng Sơn, ngày \d{2} tháng 11 năm 2026/);
    expect(text).toContain("triển khai 24 cụm công nghiệp với tổng diện tích 1.156,77 ha");
    for (const name of ["CCN Hòa Sơn 1", "CCN Hồ Sơn 1", "CCN Na Dương 1", "CCN Địa phương số 2", "CCN Văn Lãng 2"])
      expect(text).toContain(name);
    expect(text).toContain("Hoàn thiện dự thảo Báo cáo sơ kết trình Trưởng Ban Chỉ đạo ban hành");
    expect(text).toMatch(/14\/07\/2025 Quá hạn \d+ ngày/);
  });

  it("renders to PDF with LibreOffice, more than one page; page 1 kept as a PNG", () => {
    const file = join(work, "bao-cao.docx");
    return report("2026-11", "docx").then((bytes) => {
      writeFileSync(file, bytes);
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${work}/lo`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, file],
        { stdio: "pipe", timeout: 120_000 },
      );
      const info = execFileSync("pdfinfo", [join(work, "bao-cao.pdf")]).toString();
      const pages = Number(info.match(/Pages:\s+(\d+)/)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(execFileSync("pdffonts", [join(work, "bao-cao.pdf")]).toString()).toMatch(/Serif/);
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", join(work, "bao-cao.pdf"), join(work, "page")]);
      const png = [join(work, "page-1.png"), join(work, "page-01.png")].find(existsSync);
      expect(png).toBeDefined();
      mkdirSync(SCREENSHOTS, { recursive: true });
      copyFileSync(png as string, join(SCREENSHOTS, "report-monthly-page1.png"));
    });
  });

  it("a past period's report does not change when later figures are entered", async () => {
    const [docxBefore, xlsxBefore] = [await textOf(await report("2026-10", "docx")), await cellsOf(await report("2026-10", "xlsx"))];
    expect((await t.admin.send("PATCH", "/api/zones/ccn-hoa-son-1", { areaHa: 99, totalInvestmentMillionVnd: 800000 })).status).toBe(200);
    const board = await t.as("agency", "ban-quan-ly-khu-ktck");
    const lines = (await board.get<{ items: { taskId: string; occurrenceId: number }[] }>("/api/tasks")).body.items;
    const form = new FormData();
    form.set("type", "submit");
    form.set("completedOn", "2025-07-14");
    form.set("text", "Đã ban hành");
    expect(
      (
        await board.request(`/api/occurrences/${lines.find((l) => l.taskId === "seed-004-t12")?.occurrenceId}/events`, {
          method: "POST",
          body: form,
        })
      ).status,
    ).toBe(201);
    expect(await textOf(await report("2026-10", "docx"))).toEqual(docxBefore);
    expect(docxBefore).toContain("tổng mức đầu tư 11.172.375 triệu đồng");
    expect(await cellsOf(await report("2026-10", "xlsx"))).toEqual(xlsxBefore);
    // while the current month's report does show the change
    expect(await textOf(await report("2026-11", "docx"))).toContain("tổng mức đầu tư 11.247.619 triệu đồng");
  });

  it("refuses a malformed period in Vietnamese", async () => {
    const res = await office.get<{ error: { details: { message: string }[] } }>("/api/reports/monthly?period=2026-13");
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]?.message).toBe("Kỳ báo cáo phải có dạng YYYY-MM.");
  });
});
