import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";
import { meetings } from "../../db/schema";

const SCREENSHOTS = fileURLToPath(new URL("../../../../../docs/screenshots/", import.meta.url));
let t: TestContext;
let leader: Client;
let work: string;
beforeAll(async () => {
  t = await createTestContext();
  leader = await t.as("leader");
  work = mkdtempSync(join(tmpdir(), "dondoc-annual-"));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(work, { recursive: true, force: true });
});

async function download(path: string) {
  const res = await leader.request(path);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}
const textOf = async (docx: Buffer) => (await mammoth.extractRawText({ buffer: docx })).value.replace(/\s+/g, " ");
const xmlOf = (docx: Buffer, part: string) => {
  const file = join(work, `x-${Math.random().toString(36).slice(2)}.docx`);
  writeFileSync(file, docx);
  return execFileSync("unzip", ["-p", file, part]).toString();
};

/** Renders a .docx to PDF with LibreOffice; returns the page count and keeps page 1 as a PNG in docs/screenshots. */
function toPdf(bytes: Buffer, name: string, png: string): number {
  const file = join(work, `${name}.docx`);
  writeFileSync(file, bytes);
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${work}/lo`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work, file],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  const pdf = join(work, `${name}.pdf`);
  const pages = Number(
    execFileSync("pdfinfo", [pdf])
      .toString()
      .match(/Pages:\s+(\d+)/)?.[1],
  );
  expect(execFileSync("pdffonts", [pdf]).toString()).toMatch(/Serif|Times/);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", pdf, join(work, `${name}-page`)]);
  const first = [join(work, `${name}-page-1.png`), join(work, `${name}-page-01.png`)].find(existsSync);
  expect(first).toBeDefined();
  mkdirSync(SCREENSHOTS, { recursive: true });
  copyFileSync(first as string, join(SCREENSHOTS, png));
  return pages;
}

describe("the annual report", () => {
  it("2026 as .docx: Decree 30 header, number line, stages with the plan totals, targets against actual, tasks, Nơi nhận", async () => {
    const docx = await download("/api/reports/annual?year=2026");
    const text = await textOf(docx);
    for (const expected of [
      "UBND TỈNH LẠNG SƠN",
      "SỞ CÔNG THƯƠNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: /BC-SCT",
      "BÁO CÁO",
      "năm 2026",
      "triển khai 24 cụm công nghiệp với tổng diện tích 1.156,77 ha",
      "Thay đổi giai đoạn trong năm 2026",
      "KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA PHƯƠNG ÁN",
      "đưa vào hoạt động ít nhất 3 - 4 CCN với tỷ lệ lấp đầy mỗi cụm đạt trên 30%",
      "Tiến độ giải phóng mặt bằng",
      "KCN VSIP Lạng Sơn",
      "KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO",
      "TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ",
      "Nơi nhận:",
      "GIÁM ĐỐC",
    ]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    // "as of" the day it is generated when the year is not over
    expect(text).toMatch(/Lạng Sơn, ngày \d{2} tháng \d{2} năm 2026/);
    // the one operating cluster known above 30% is Địa phương số 2 (8,5 ha, 100%): 1 of the 3 wanted
    expect(text).toMatch(/1 CCN đang hoạt động có tỷ lệ lấp đầy trên 30% \(cần ít nhất 3\).*Chưa đạt/);
    expect(text).toContain("Chưa tính được từ sổ đăng ký");
    // a 2030 target is not due in 2026: its progress is shown, it is not "chưa đạt"
    expect(text).toMatch(/1\/10 huyện cũ có CCN đang hoạt động với tỷ lệ lấp đầy trên 50%\. 2030 1 Chưa đến hạn/);
    expect(text).toMatch(/0\/24 CCN có nhà máy xử lý nước thải tập trung đang vận hành;.*? 2030 0% Chưa đến hạn/);
    // the 30/11 duty is quoted as QĐ 609's plan words it, without a clause number the seed cannot confirm
    expect(text).toContain("gửi Sở Công Thương trước ngày 30/11 để tổng hợp, báo cáo UBND tỉnh theo quy định");
    expect(text).not.toContain("IV.2");
    // Times New Roman, page numbers only from page 2 (a distinct, empty first-page header)
    const document = xmlOf(docx, "word/document.xml");
    expect(document).toContain('w:ascii="Times New Roman"');
    expect(document).toContain("<w:titlePg/>");
  });

  it("as .xlsx: the same tables, the 24 clusters summing to 1.156,77 ha, and the targets", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download("/api/reports/annual?year=2026&format=xlsx")) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Theo giai đoạn",
      "Cụm công nghiệp",
      "Nhiệm vụ theo cơ quan",
      "Nhiệm vụ quá hạn",
      "Thay đổi giai đoạn",
      "Mục tiêu",
      "Tỷ lệ lấp đầy",
      "Mốc tiến độ chậm",
      "Giải phóng mặt bằng",
      "Báo cáo đã nhận",
    ]);
    const clusters = wb.getWorksheet("Cụm công nghiệp");
    expect(clusters?.rowCount).toBe(2 + 25 + 1); // 24 clusters and Na Dương 1's expansion row
    let sum = 0;
    clusters?.eachRow((row, i) => {
      if (i > 2 && i < (clusters?.rowCount ?? 0)) sum += Number(row.getCell(6).value);
    });
    expect(Math.round(sum * 100) / 100).toBe(1156.77);
    expect(clusters?.getRow(clusters.rowCount).getCell(6).value).toBe(1156.77);
    const stages = wb.getWorksheet("Theo giai đoạn");
    expect(stages?.getRow(stages.rowCount).values).toEqual([undefined, "Tổng cộng", 24, 1156.77, expect.any(Number)]);
    const targets = wb.getWorksheet("Mục tiêu");
    expect(targets?.rowCount).toBeGreaterThanOrEqual(2 + 3);
    expect(targets?.getRow(3).getCell(3).value).toBe(1);
    expect(targets?.getRow(3).getCell(5).value).toBe("Chưa đạt"); // by 2025
    expect(targets?.getRow(4).getCell(5).value).toBe("Chưa đến hạn"); // by 2030
  });

  it("a stage change during the year shows in that year's report, while the past year's report stays the same", async () => {
    const before2025 = await textOf(await download("/api/reports/annual?year=2025"));
    const xlsx2025 = await download("/api/reports/annual?year=2025&format=xlsx");
    expect((await t.admin.send("PATCH", "/api/zones/ccn-ho-son-1", { stage: "wastewater-done" })).status).toBe(200);
    const text2026 = await textOf(await download("/api/reports/annual?year=2026"));
    expect(text2026).toMatch(/CCN Hồ Sơn 1 Đã khởi công Đã có nhà máy xử lý nước thải \d{2}\/\d{2}\/2026/);
    expect(await textOf(await download("/api/reports/annual?year=2025"))).toEqual(before2025);
    expect(before2025).not.toContain("Đã có nhà máy xử lý nước thải 2");
    const a = new ExcelJS.Workbook();
    const b = new ExcelJS.Workbook();
    await a.xlsx.load(xlsx2025 as unknown as ArrayBuffer);
    await b.xlsx.load((await download("/api/reports/annual?year=2025&format=xlsx")) as unknown as ArrayBuffer);
    expect(b.worksheets.map((w) => w.getSheetValues())).toEqual(a.worksheets.map((w) => w.getSheetValues()));
  });

  it("renders to PDF with LibreOffice in several pages; page 1 kept as a PNG", async () => {
    const pages = toPdf(await download("/api/reports/annual?year=2026"), "bao-cao-nam", "report-annual-page1.png");
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(40);
  });

  it("issued by the director of Sở Công Thương: number, date and signature block; no task occurrence is touched", async () => {
    const sct = await t.as("agency", "so-cong-thuong");
    const body = { number: 12, issuedOn: "2026-11-25", signer: { name: "Trần Văn Giám", title: "Giám đốc Sở Công Thương" } };
    const future = await sct.send("POST", "/api/reports/annual/2026/issue", { ...body, issuedOn: "2026-12-31" });
    expect(future.status).toBe(422);
    const res = await sct.send<{ number: number; occurrenceId: number | null }>("POST", "/api/reports/annual/2026/issue", body);
    expect([res.status, res.body.occurrenceId]).toEqual([201, null]);
    const text = await textOf(await download("/api/reports/annual?year=2026"));
    expect(text).toContain("Số: 12/BC-SCT");
    expect(text).toContain("Lạng Sơn, ngày 25 tháng 11 năm 2026");
    expect(text).toMatch(/Lưu: VT, QLCN\. GIÁM ĐỐC Trần Văn Giám/); // the director signs himself: no "KT."
    expect(text).not.toContain("KT. GIÁM ĐỐC");
    // the next draft (the monthly report of December) names the registry's director
    const december = await textOf(await download("/api/reports/monthly?period=2026-12"));
    expect(december).toMatch(/GIÁM ĐỐC Trần Văn Giám/);
  });

  it("refuses a malformed year in Vietnamese", async () => {
    const res = await leader.get<{ error: { details: { message: string }[] } }>("/api/reports/annual?year=hai-nghin");
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]?.message).toBe("Năm báo cáo phải là số, ví dụ 2026.");
  });
});

describe("the leaders' briefing pack", () => {
  it("for a zone: its figures, open and overdue tasks, and what changed since the last meeting about it", async () => {
    const patched = await t.admin.send("PATCH", "/api/zones/ccn-hoa-son-1", {
      totalInvestmentMillionVnd: 400000,
      wastewaterStatus: "building",
      wastewaterCapacityM3: 1500,
      fireSafetyStatus: "building",
    });
    expect(patched.status).toBe(200);
    const docx = await download("/api/reports/briefing?zoneId=ccn-hoa-son-1");
    const text = await textOf(docx);
    for (const expected of [
      "SỞ CÔNG THƯƠNG",
      "Độc lập - Tự do - Hạnh phúc",
      "TÀI LIỆU PHỤC VỤ LÀM VIỆC",
      "về CCN Hòa Sơn 1",
      "a) Số liệu chính",
      "Tổng mức đầu tư (triệu đồng) 400.000",
      "Xử lý nước thải tập trung Đang xây dựng (công suất 1.500 m³/ngày đêm)",
      "Phòng cháy, chữa cháy Đang xây dựng",
      "b) Nhiệm vụ chưa hoàn thành",
      "c) Mốc tiến độ chậm",
      "d) Giải phóng mặt bằng",
      "đ) Thay đổi từ cuộc họp ngày 29/05/2026",
      "Nơi nhận:",
    ]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4}: Tổng mức đầu tư \(triệu đồng\): [\d.]+ → 400\.000 \(Quản trị hệ thống\)/);
    expect(text).toMatch(/Nhiệm vụ chưa hoàn thành: \d+, trong đó quá hạn: [1-9]/);
    expect(text).toContain("Nhà máy xử lý nước thải tập trung: Đang xây dựng (Quản trị hệ thống)");
    // a zone no meeting has been about: the last 30 days
    const other = await textOf(await download("/api/reports/briefing?zoneId=ccn-na-duong-1"));
    expect(other).toMatch(/đ\) Thay đổi từ ngày \d{2}\/\d{2}\/\d{4} \(30 ngày trước/);
  });

  it("for a meeting: each zone on its agenda, with changes since the previous meeting about it", async () => {
    // a follow-up meeting on Hòa Sơn 1 after the May 2026 inspection (seed-000-m1)
    await t.database.db.insert(meetings).values({
      id: "hop-thu-12-2026",
      kind: "meeting",
      date: "2026-12-02",
      subject: "Kiểm điểm tiến độ CCN Hòa Sơn 1 và KCN VSIP Lạng Sơn",
      zoneIds: ["ccn-hoa-son-1", "kcn-vsip-lang-son"],
    });
    const docx = await download("/api/reports/briefing?meetingId=hop-thu-12-2026");
    const text = await textOf(docx);
    expect(text).toContain("TÀI LIỆU PHỤC VỤ CUỘC HỌP");
    expect(text).toContain("Kiểm điểm tiến độ CCN Hòa Sơn 1 và KCN VSIP Lạng Sơn");
    expect(text).toContain("Ngày họp: 02/12/2026");
    expect(text).toMatch(/1\. CCN Hòa Sơn 1 .* 2\. KCN VSIP Lạng Sơn/);
    expect(text).toContain("đ) Thay đổi từ cuộc họp ngày 29/05/2026");
    expect(text).toMatch(/Tổng mức đầu tư \(triệu đồng\): [\d.]+ → 400\.000/);
    // VSIP: the 2024 district snapshot of its land clearance
    expect(text).toContain("KCN VSIP Lạng Sơn (số liệu năm 2024) Đã kiểm đếm (hộ) 490 0 Đã thu hồi (ha) 57 0"); // 002 is undated: its year only

    const pages = toPdf(docx, "tai-lieu-hop", "briefing-page1.png");
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it("for the May 2026 inspection: figures as of its day, nothing later", async () => {
    const text = await textOf(await download("/api/reports/briefing?meetingId=seed-000-m1"));
    expect(text).toContain("tính đến ngày 29/05/2026");
    expect(text).toContain("Ngày họp: 29/05/2026");
    expect(text).not.toContain("400.000");
    expect(text).toMatch(/1\. CCN Hòa Sơn 1 .* 2\. CCN Hồ Sơn 1 .* 3\. KCN VSIP Lạng Sơn/);
  });

  it("for a meeting with no zone on its agenda: says so, and lists the tasks announced for it", async () => {
    const text = await textOf(await download("/api/reports/briefing?meetingId=seed-001-m2"));
    expect(text).toContain("Cuộc họp chưa gắn với khu, cụm công nghiệp cụ thể.");
    expect(text).toContain("Nhiệm vụ gắn với cuộc họp");
    expect(text).toContain("Báo cáo tình hình giải phóng mặt bằng, gửi Sở Tài chính, Sở Công Thương");
  });

  it("answers 404 for an unknown meeting or zone and 422 without exactly one of them", async () => {
    expect((await leader.request("/api/reports/briefing?meetingId=khong-co")).status).toBe(404);
    expect((await leader.request("/api/reports/briefing?zoneId=khong-co")).status).toBe(404);
    const neither = await leader.get<{ error: { details: { message: string }[] } }>("/api/reports/briefing");
    expect(neither.status).toBe(422);
    expect(neither.body.error.details[0]?.message).toBe("Cần chọn đúng một: cuộc họp (meetingId) hoặc khu, cụm (zoneId).");
    expect((await leader.request("/api/reports/briefing?meetingId=seed-000-m1&zoneId=ccn-hoa-son-1")).status).toBe(422);
  });
});
