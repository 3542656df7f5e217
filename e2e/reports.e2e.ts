import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { type Account, createAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshots";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

let leader: Account;
let sct: Account;

beforeAll(async () => {
  leader = await createAccount(suite.url, { username: "lanh.dao.bc", name: "Hoàng Văn Minh", role: "leader", agencyId: null });
  sct = await createAccount(suite.url, { username: "chuyen.vien.sct", name: "Lê Thị Hoa", role: "agency", agencyId: "so-cong-thuong" });
});

describe("the reports page", () => {
  it("a leader finds it in the follow-up menu, downloads the annual report as .xlsx and a meeting's briefing pack", async () => {
    const page = await suite.signedIn("/tasks", leader);
    // under "Theo dõi nhiệm vụ" (no new top-level item): the submenu opens on hover
    await page.getByTestId("nav-follow-up").hover();
    await page.getByTestId("nav-reports").waitFor({ state: "visible" });
    await page.getByTestId("nav-reports").click();
    await page.waitForURL((url) => url.pathname === "/reports");

    const annual = page.waitForEvent("download");
    await page.getByTestId("report-annual-xlsx").click();
    const xlsx = await annual;
    expect(xlsx.suggestedFilename()).toMatch(/^bao-cao-nam-\d{4}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await xlsx.path()) as string);
    expect(wb.worksheets.map((w) => w.name)).toContain("Mục tiêu");

    await page.getByTestId("briefing-meeting").click();
    await page.getByText("29/05/2026 — CCN Hòa Sơn 1, CCN Hồ Sơn 1, KCN VSIP Lạng Sơn").click();
    const pack = page.waitForEvent("download");
    await page.getByTestId("briefing-docx").click();
    const docx = await pack;
    expect(docx.suggestedFilename()).toBe("tai-lieu-hop-seed-000-m1.docx");
    const text = (await mammoth.extractRawText({ path: (await docx.path()) as string })).value;
    expect(text).toContain("TÀI LIỆU PHỤC VỤ CUỘC HỌP");
    expect(text).toContain("KCN VSIP Lạng Sơn");

    expect(await seriousViolations(page), `axe-core: ${page.url()}`).toEqual([]);
    await saveScreenshot(page, "reports");
  });

  it("Sở Công Thương issues November's monthly report: number, date and a signer; the .docx then carries them", async () => {
    const page = await suite.signedIn("/reports", sct);
    // the page opens on the month whose report is due (before the 20th: the previous month)
    await page.getByTestId("issue-form").waitFor();
    await page.getByTestId("report-month").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("11/2026");
    await page.keyboard.press("Enter");
    await page.getByTestId("issue-number").fill("7");
    await page.getByTestId("issue-signer").click();
    await page.getByText("Người ký khác (ghi họ tên, chức vụ)").click();
    await page.getByTestId("issue-signer-name").fill("Nguyễn Văn Thử");
    await page.getByTestId("issue-signer-title").fill("Phó Giám đốc Sở Công Thương");
    await page.getByTestId("issue-submit").click();
    await page.getByText("Đã phát hành báo cáo tháng 11/2026, số 07/BC-SCT.").waitFor();

    const download = page.waitForEvent("download");
    await page.getByTestId("report-monthly-docx").click();
    const docx = await download;
    expect(docx.suggestedFilename()).toBe("bao-cao-thang-2026-11.docx");
    const text = (await mammoth.extractRawText({ path: (await docx.path()) as string })).value.replace(/\s+/g, " ");
    expect(text).toContain("Số: 07/BC-SCT");
    expect(text).toContain("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn Thử");
    expect(await seriousViolations(page), `axe-core: ${page.url()}`).toEqual([]);
  });
});
