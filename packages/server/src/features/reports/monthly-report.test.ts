import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, TEST_NOW, type TestContext } from "../../../test/support/test-database";
import { setClock } from "../../clock";

const SCREENSHOTS = fileURLToPath(new URL("../../../../../docs/screenshots/", import.meta.url));
let t: TestContext;
let office: Client;
let work: string;
beforeAll(async () => {
  // the figures below are recorded on 25/11/2026, inside the November period the report is asked for
  t = await createTestContext({ now: "2026-11-25T10:00:00+07:00" });
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
interface WordBox {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
/** The words of `pdftotext -bbox` with their boxes, in points. */
const wordBoxes = (html: string): WordBox[] =>
  [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    text: m[5] ?? "",
  }));
interface Rule {
  y: number;
  x0: number;
  x1: number;
  length: number;
}
/** Runs of dark pixels at least 20 px long in a binary PGM (pdftoppm -gray): the page's horizontal rules. */
function horizontalRules(pgm: Buffer): Rule[] {
  const header = pgm
    .subarray(0, 64)
    .toString("latin1")
    .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error("not a binary PGM");
  const [w, h] = [Number(header[1]), Number(header[2])];
  const px = pgm.subarray(header[0].length);
  const out: Rule[] = [];
  for (let y = 0; y < h; y++) {
    let run = 0;
    for (let x = 0; x <= w; x++) {
      if (x < w && (px[y * w + x] ?? 255) < 128) run++;
      else {
        if (run >= 20) out.push({ y, x0: x - run, x1: x, length: run });
        run = 0;
      }
    }
  }
  return out;
}
const textOf = async (docx: Buffer) => (await mammoth.extractRawText({ buffer: docx })).value.replace(/\s+/g, " ");
async function cellsOf(xlsx: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => ws.getSheetValues());
}

describe("the monthly report", () => {
  it("November 2026 as .docx: motto, number line, the 24 clusters with the plan totals, the tasks with their statuses, Nơi nhận", async () => {
    const docx = await report("2026-11", "docx");
    const text = await textOf(docx);
    // no table row splits across pages, and every data table repeats its header row on each page
    writeFileSync(join(work, "layout.docx"), docx);
    const xml = execFileSync("unzip", ["-p", join(work, "layout.docx"), "word/document.xml"]).toString();
    const rows = xml.match(/<w:tr>|<w:tr [^>]*>/g) ?? [];
    expect(rows.length).toBeGreaterThan(40);
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBe(rows.length);
    // the header and signature layouts (no borders) aside, each table's first row is a repeated header
    const dataTables = xml
      .split("<w:tbl>")
      .slice(1)
      .filter((tb) => !/<w:tblBorders>(?:(?!<\/w:tblBorders>).)*w:val="none"/s.test(tb));
    expect(dataTables.length).toBeGreaterThanOrEqual(5);
    for (const tb of dataTables) expect(tb.match(/<w:tr[ >](?:(?!<\/w:tr>).)*<\/w:tr>/s)?.[0]).toContain("<w:tblHeader/>");
    for (const expected of [
      "UBND TỈNH LẠNG SƠN",
      "SỞ CÔNG THƯƠNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: /BC-SCT",
      "BÁO CÁO",
      "Nơi nhận:",
      "GIÁM ĐỐC",
    ]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    // dated within its window: the clock is 25/11/2026, after the due date (before the 20th: Thursday 19/11)
    expect(text).toContain("Lạng Sơn, ngày 19 tháng 11 năm 2026");
    expect(text).toContain("số liệu từ ngày 15/10/2026 đến ngày 14/11/2026"); // Nghị định 09/2019: 15th of M−1 to 14th of M
    // 000 cited as it words itself: the Standing Vice-Chairman's conclusion, in a notice of UBND tỉnh
    expect(text).toContain(
      "Thực hiện Thông báo của UBND tỉnh (tháng 6/2026) về Kết luận của đồng chí Đinh Hữu Học, Phó Chủ tịch Thường trực UBND tỉnh tại cuộc kiểm tra",
    );
    expect(text).not.toContain("Thường trực UBND tỉnh kết luận");
    expect(text).toContain("triển khai 24 cụm công nghiệp với tổng diện tích 1.156,77 ha");
    for (const name of ["CCN Hòa Sơn 1", "CCN Hồ Sơn 1", "CCN Na Dương 1", "CCN Địa phương số 2", "CCN Văn Lãng 2"])
      expect(text).toContain(name);
    // scope: the zones' tasks only (not 004's committee tasks, 001's meeting preparation, a person as an agency)
    expect(text).toContain("Phạm vi: các nhiệm vụ gắn với khu công nghiệp, cụm công nghiệp");
    for (const outOfScope of [
      "Hoàn thiện dự thảo Báo cáo sơ kết trình Trưởng Ban Chỉ đạo ban hành",
      "chuẩn bị hội trường",
      "Đoàn Thanh Sơn",
    ])
      expect({ outOfScope, found: text.includes(outOfScope) }).toEqual({ outOfScope, found: false });
    // the report is not in its own overdue list, nor is any later occurrence of its duty
    expect(text).toContain("báo cáo UBND tỉnh hằng tháng (Tháng 10/2026)");
    expect(text).not.toContain("báo cáo UBND tỉnh hằng tháng (Tháng 11/2026)");
    expect(text).not.toContain("báo cáo UBND tỉnh hằng tháng (Tháng 12/2026)");
    expect(text).toMatch(/30\/09\/2026 Quá hạn \d+ ngày/); // Hòa Sơn 1's wastewater plant, Quý III/2026 (000)
    // …which is also a late milestone of the zone: the deadline 000 gives its investor, 45 days late on 14/11
    expect(text).toContain(
      "có 1 mốc tiến độ chậm so với kế hoạch: TT Khu, cụm công nghiệp Dự án Mốc tiến độ Kế hoạch Chậm (ngày) Căn cứ 1 CCN Hòa Sơn 1 Hạ tầng Nhà máy xử lý nước thải tập trung 30/09/2026 45 Hạn giao tại TB",
    );
    // 002's undated 2024 figure keeps its own date, and is not presented as of the report's day
    expect(text).toContain("KCN VSIP Lạng Sơn (số liệu năm 2024) Đã kiểm đếm (hộ) 490");
    expect(text).toContain("KCN VSIP Lạng Sơn: chưa có số liệu mới trong kỳ, số liệu năm 2024");
    expect(text).not.toContain("Lũy kế đến ngày 14/11/2026");
    expect(text).not.toContain("01/07/2024");
  });

  it("November 2026 also has occupancy, late milestones, land clearance with its change since October, and the submissions with their difficulties and proposals", async () => {
    const huuLung = await t.as("agency", "ubnd-xa-huu-lung");
    const ledger = (body: Record<string, unknown>) =>
      huuLung.send("POST", "/api/zones/kcn-vsip-lang-son/land-clearance", { unitId: "xa-huu-lung", householdsAffected: 600, ...body });
    // each figure is recorded on its day, inside the window of the report it belongs to (15th–14th)
    setClock("2026-10-14T16:00:00+07:00");
    expect((await ledger({ reportedOn: "2026-10-14", householdsCounted: 520, areaRecoveredHa: 90 })).status).toBe(201);
    setClock("2026-11-14T16:00:00+07:00");
    expect((await ledger({ reportedOn: "2026-11-14", householdsCounted: 560, areaRecoveredHa: 100 })).status).toBe(201);
    const milestone = await t.admin.send("POST", "/api/zones/ccn-hoa-son-1/milestones", {
      milestone: "wastewater-plant",
      plannedOn: "2026-09-30",
      reportedOn: "2026-11-02",
    });
    expect(milestone.status).toBe(201);
    const submitted = await huuLung.send("POST", "/api/obligations/bc-thang-000-don-vi/periods/2026-11/submissions", {
      sections: {
        results: "Đã kiểm đếm thêm 40 hộ trong tháng.",
        difficulties: "Thiếu quỹ đất tái định cư cho các hộ bị thu hồi đất.",
        proposals: "Đề nghị bố trí vốn xây dựng khu tái định cư Hữu Lũng.",
      },
    });
    expect(submitted.status).toBe(201);
    setClock(TEST_NOW);

    const text = await textOf(await report("2026-11", "docx"));
    expect(text).toMatch(/Tỷ lệ lấp đầy .*CCN Địa phương số 2 8,5 8,5 100/);
    // the commune's reports supersede the former district's 2024 figure (490 households, 57 ha): 520 at the end of October
    expect(text).toContain("KCN VSIP Lạng Sơn (số liệu đến 14/11/2026) Số hộ bị ảnh hưởng 600 0 Đã kiểm đếm (hộ) 560 +40");
    expect(text).toContain("Đã thu hồi (ha) 100 +10");
    expect(text).toContain("so với kỳ báo cáo trước (14/10/2026)): số hộ bị ảnh hưởng 600 (0); đã kiểm đếm (hộ) 560 (+40)");
    expect(text).toMatch(/CCN Hòa Sơn 1 Hạ tầng Nhà máy xử lý nước thải tập trung 30\/09\/2026 \d+/);
    expect(text).toContain("TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ");
    expect(text).toMatch(/1 UBND xã Hữu Lũng Báo cáo hằng tháng .{0,200}? \d{2}\/\d{2}\/\d{4} (Đúng hạn|Trễ hạn)/);
    // those that have not sent theirs are named, grouped by status
    expect(text).toMatch(/- (Chưa đến hạn|Chưa nộp – quá hạn) \(\d+\): .*UBND xã Tuấn Sơn.* (IV|V)\. KHÓ KHĂN, VƯỚNG MẮC/);
    expect(text).toContain("Thiếu quỹ đất tái định cư cho các hộ bị thu hồi đất.");
    expect(text).toContain("Đề nghị bố trí vốn xây dựng khu tái định cư Hữu Lũng.");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await report("2026-11", "xlsx")) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Theo giai đoạn",
      "Cụm công nghiệp",
      "Nhiệm vụ theo cơ quan",
      "Nhiệm vụ quá hạn",
      "Tỷ lệ lấp đầy",
      "Mốc tiến độ chậm",
      "Giải phóng mặt bằng",
      "Báo cáo đã nhận",
    ]);
    // no internal code in any cell ("inviting-investors", "tenant-projects", "on-time"…): Vietnamese labels only
    const codes = wb.worksheets.flatMap((ws) => {
      const found: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => typeof cell.value === "string" && /^[a-z]+(-[a-z]+)+$/.test(cell.value) && found.push(cell.value)),
      );
      return found;
    });
    expect(codes).toEqual([]);
    expect(wb.getWorksheet("Cụm công nghiệp")?.getColumn(5).values).toContain("Đang mời gọi nhà đầu tư");
    const clusters = wb.getWorksheet("Cụm công nghiệp");
    expect(clusters?.getRow(clusters.rowCount).getCell(6).value).toBe(1156.77);
    const lc = wb.getWorksheet("Giải phóng mặt bằng");
    const vsip = lc?.getRows(3, (lc?.rowCount ?? 3) - 2)?.find((r) => r.getCell(1).value === "KCN VSIP Lạng Sơn");
    expect([vsip?.getCell(3).value, vsip?.getCell(4).value]).toEqual([560, 40]);
    const received = wb.getWorksheet("Báo cáo đã nhận");
    const mine = received?.getRows(3, (received?.rowCount ?? 3) - 2)?.find((r) => String(r.getCell(2).value).includes("Hữu Lũng"));
    expect(mine?.getCell(6).value).toBe("Thiếu quỹ đất tái định cư cho các hộ bị thu hồi đất.");
  });

  it("issuing November's report (number, date, a leader of the department as signer) completes its own occurrence with the file", async () => {
    const draft = await textOf(await report("2026-11", "docx"));
    expect(draft).toContain("Số: /BC-SCT");
    expect(draft).toContain("(người ký chọn khi phát hành, trong danh mục lãnh đạo Sở)");
    const issue = { number: 5, issuedOn: "2026-11-19", signer: { name: "Nguyễn Văn Thử", title: "Phó Giám đốc Sở Công Thương" } };
    // the office does not issue the department's report, and a signer must lead the department
    expect((await office.send("POST", "/api/reports/monthly/2026-11/issue", issue)).status).toBe(403);
    const sct = await t.as("agency", "so-cong-thuong");
    const wrong = await sct.send<{ error: { message: string } }>("POST", "/api/reports/monthly/2026-11/issue", {
      ...issue,
      signer: { name: "Nguyễn Văn Thử", title: "Chuyên viên" },
    });
    expect([wrong.status, wrong.body.error.message]).toEqual([422, "Chức vụ người ký phải là Giám đốc hoặc Phó Giám đốc Sở Công Thương."]);
    const early = await sct.send<{ error: { message: string } }>("POST", "/api/reports/monthly/2026-11/issue", {
      ...issue,
      issuedOn: "2026-11-10",
    });
    expect(early.status).toBe(422);

    const res = await sct.send<{ number: number; signer: { id: string; name: string }; occurrenceId: number }>(
      "POST",
      "/api/reports/monthly/2026-11/issue",
      issue,
    );
    expect(res.status).toBe(201);
    expect(res.body.signer.name).toBe("Nguyễn Văn Thử");
    // the signer is now in the registry, under Sở Công Thương
    expect((await office.get<{ parentId: string; title: string }>(`/api/agencies/${res.body.signer.id}`)).body).toMatchObject({
      parentId: "so-cong-thuong",
      title: "Phó Giám đốc Sở Công Thương",
    });
    expect((await sct.send("POST", "/api/reports/monthly/2026-11/issue", { ...issue, number: 6 })).status).toBe(409);

    const text = await textOf(await report("2026-11", "docx"));
    expect(text).toContain("Số: 05/BC-SCT");
    expect(text).toContain("Lạng Sơn, ngày 19 tháng 11 năm 2026");
    expect(text).toContain("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn Thử");
    // its occurrence is done on time (19/11, the due date), with the issued file as the output document
    const task = await office.get<{
      occurrences: { occurrenceId: number; occurrence: { period: string }; status: string }[];
      timeline: { occurrenceId: number; type: string; completedOn: string | null; attachments: { filename: string }[] }[];
    }>("/api/tasks/seed-000-t16");
    const november = task.body.occurrences.find((o) => o.occurrence.period === "2026-11");
    expect(november?.occurrenceId).toBe(res.body.occurrenceId);
    expect(november?.status).toBe("done-on-time");
    const events = task.body.timeline.filter((e) => e.occurrenceId === res.body.occurrenceId);
    expect(events.map((e) => [e.type, e.completedOn])).toEqual([
      ["submit", "2026-11-19"],
      ["confirm", null],
    ]);
    expect(events[0]?.attachments.map((a) => a.filename)).toEqual(["bao-cao-thang-2026-11-so-5.docx"]);
    // an occurrence the office has already closed keeps its record: issuing October's report adds no event to it
    const october = task.body.occurrences.find((o) => o.occurrence.period === "2026-10");
    const cancel = new FormData();
    cancel.set("type", "cancel");
    cancel.set("text", "Đã báo cáo bằng văn bản giấy");
    expect((await office.request(`/api/occurrences/${october?.occurrenceId}/events`, { method: "POST", body: cancel })).status).toBe(201);
    const late = await sct.send<{ occurrenceId: number | null }>("POST", "/api/reports/monthly/2026-10/issue", {
      ...issue,
      number: 4,
      signerId: res.body.signer.id,
      signer: undefined,
    });
    expect([late.status, late.body.occurrenceId]).toEqual([201, null]);
    // December's report counts November done, not overdue, and its draft names the last signer
    const december = await textOf(await report("2026-12", "docx"));
    expect(december).not.toContain("báo cáo UBND tỉnh hằng tháng (Tháng 11/2026)");
    expect(december).toContain("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn Thử");
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
      // Decree 30's rules, measured on the printed page (1 px = 1 pt at 72 dpi) against the words' boxes
      const words = wordBoxes(execFileSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", join(work, "bao-cao.pdf"), "-"]).toString());
      execFileSync("pdftoppm", ["-gray", "-r", "72", "-f", "1", "-l", "1", "-singlefile", join(work, "bao-cao.pdf"), join(work, "gray")]);
      const rules = horizontalRules(readFileSync(join(work, "gray.pgm")));
      // the printed line that starts with `first` and ends with `last`
      const line = (first: string, last: string) => {
        for (const a of words.filter((w) => w.text === first)) {
          const b = words.find((w) => w.text === last && Math.abs(w.yMin - a.yMin) < 2 && w.xMin >= a.xMin);
          if (b) return { x0: a.xMin, x1: b.xMax, y: a.yMax, width: b.xMax - a.xMin };
        }
        throw new Error(`no printed line from "${first}" to "${last}"`);
      };
      const ruleUnder = (l: { x0: number; x1: number; y: number }) =>
        rules.find((r) => r.y > l.y && r.y < l.y + 16 && r.x0 < l.x1 && r.x1 > l.x0) as Rule;
      const motto = line("Độc", "phúc");
      const mottoRule = ruleUnder(motto);
      expect(mottoRule.length / motto.width).toBeGreaterThan(0.95); // as wide as the motto
      expect(mottoRule.length / motto.width).toBeLessThan(1.08);
      const issuer = line("SỞ", "THƯƠNG");
      const issuerRule = ruleUnder(issuer);
      expect(issuerRule.length / issuer.width).toBeGreaterThanOrEqual(1 / 3); // a third to a half of the line
      expect(issuerRule.length / issuer.width).toBeLessThanOrEqual(1 / 2);
      const title = line("Tình", "tỉnh");
      const titleEnd = line("tháng", "11/2026"); // the period held on one line: "tháng 11/2026" never split
      const titleRule = ruleUnder({ ...title, y: titleEnd.y });
      expect(titleRule.length / title.width).toBeGreaterThanOrEqual(1 / 3);
      expect(titleRule.length / title.width).toBeLessThanOrEqual(1 / 2);
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", join(work, "bao-cao.pdf"), join(work, "page")]);
      const png = [join(work, "page-1.png"), join(work, "page-01.png")].find(existsSync);
      expect(png).toBeDefined();
      mkdirSync(SCREENSHOTS, { recursive: true });
      copyFileSync(png as string, join(SCREENSHOTS, "report-monthly-page1.png"));
      // and the pages of its tables (stages and clusters, progress, tasks, submissions), as the signing official reads them
      expect(pages).toBeLessThanOrEqual(9);
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "2", "-l", String(pages), join(work, "bao-cao.pdf"), join(work, "tables")]);
      for (let n = 2; n <= pages; n++) {
        const file = [join(work, `tables-${n}.png`), join(work, `tables-0${n}.png`)].find(existsSync);
        expect(file).toBeDefined();
        copyFileSync(file as string, join(SCREENSHOTS, `report-monthly-page${n}.png`));
      }
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
    // figures of every kind entered after October, some dated in October: none may change October's report
    const huuLung = await t.as("agency", "ubnd-xa-huu-lung");
    expect(
      (
        await huuLung.send("POST", "/api/zones/kcn-vsip-lang-son/land-clearance", {
          unitId: "xa-huu-lung",
          reportedOn: "2026-10-25",
          householdsCounted: 530,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await t.admin.send("POST", "/api/zones/ccn-hoa-son-1/milestones", {
          milestone: "roads",
          plannedOn: "2026-08-31",
          reportedOn: "2026-10-20",
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await t.admin.send("POST", "/api/zones/ccn-dia-phuong-so-2/tenant-projects", {
          name: "Nhà máy chế biến gỗ",
          investorName: "Công ty TNHH Gỗ Cao Lộc",
          reportedOn: "2026-10-10",
          status: "operating",
          areaHa: 1.5,
          jobs: 80,
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await huuLung.send("POST", "/api/obligations/bc-thang-000-don-vi/periods/2026-10/submissions", {
          sections: { results: "Báo cáo tháng 10 gửi muộn.", difficulties: "Khó khăn gửi muộn." },
        })
      ).status,
    ).toBe(201);
    const docxAfter = await textOf(await report("2026-10", "docx"));
    expect(docxAfter).not.toContain("Khó khăn gửi muộn.");
    expect(docxAfter).toEqual(docxBefore);
    expect(docxBefore).toContain("tổng mức đầu tư 11.472.375 triệu đồng"); // 003: 11.450.805 + 21.570
    expect(await cellsOf(await report("2026-10", "xlsx"))).toEqual(xlsxBefore);
    // an edit of 25/11 is after November's cut-off (14/11, Nghị định 09/2019): it is in December's report
    expect(await textOf(await report("2026-11", "docx"))).toContain("tổng mức đầu tư 11.472.375 triệu đồng");
    expect(await textOf(await report("2026-12", "docx"))).toContain("tổng mức đầu tư 11.547.619 triệu đồng");
  });

  it("a month before the reporting obligations start (06/2026) leaves the submissions out, numbering the sections without a gap", async () => {
    const text = await textOf(await report("2026-05", "docx"));
    expect(text).not.toContain("TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ");
    expect(text).toContain("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO");
    expect(text).toContain("III. KIẾN NGHỊ, ĐỀ XUẤT");
  });

  it("refuses a malformed period in Vietnamese", async () => {
    const res = await office.get<{ error: { details: { message: string }[] } }>("/api/reports/monthly?period=2026-13");
    expect(res.status).toBe(422);
    expect(res.body.error.details[0]?.message).toBe("Kỳ báo cáo phải có dạng YYYY-MM.");
  });
});
