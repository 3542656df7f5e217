import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { type Account, createAccount } from "./support/accounts";
import { inputOf, typeDate } from "./support/forms";
import { saveScreenshot } from "./support/screenshots";
import { browserSuite } from "./support/suite";
import { readRows } from "./support/workbook";

const suite = browserSuite();

let officer: Account;
let office: Account;

const TASK = "Hoàn thiện dự thảo Báo cáo sơ kết trình Trưởng Ban Chỉ đạo ban hành";
const BQL = "ban-quan-ly-khu-ktck";

beforeAll(async () => {
  officer = await createAccount(suite.url, { username: "bql.canbo", name: "Lê Văn Bình", role: "agency", agencyId: BQL });
  office = await createAccount(suite.url, { username: "vp.canbo", name: "Phạm Thu Hà", role: "office", agencyId: "van-phong-ubnd-tinh" });
});

/** A one-page PDF, enough for the server's check of the file's bytes. */
function smallPdf(): Buffer {
  const body = [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n");
  return Buffer.from(body, "latin1");
}

/** Records one entry through its form and waits for the server's 201. */
async function record(p: Page, action: string, fill: () => Promise<void>) {
  await p.getByTestId(`action-${action}`).click();
  await fill();
  const saved = p.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/events"));
  await p.getByTestId("event-submit").click();
  expect((await saved).status()).toBe(201);
  await p.locator(".ant-modal").waitFor({ state: "detached" });
}

/** The scorecard of the lead agency for the year 2025, chosen with the period picker. */
async function doneOnTime2025(p: Page): Promise<number> {
  await p.goto(`${suite.url}/scorecards`);
  await p.getByTestId("period-kind").getByText("Năm").click();
  // the table shows the previous period's figures until the year's answer arrives: wait for it
  const answered = p.waitForResponse((r) => r.url().includes("/api/scorecards?from=2025-01-01&to=2025-12-31") && r.ok());
  await typeDate(p, "period-value", "2025");
  await p.waitForURL((url) => url.searchParams.get("period") === "2025");
  await answered;
  const cell = p.locator(`tr[data-agency="${BQL}"] [data-col="doneOnTime"]`);
  await cell.waitFor();
  await expect.poll(() => p.getByTestId("scorecard-table").locator(".ant-spin-spinning").count()).toBe(0);
  return Number(await cell.textContent());
}

describe("directive follow-up in the browser", () => {
  it("the border-zone board reports progress with a PDF and submits completion dated 14/07/2025", async () => {
    const p = await suite.signedIn("/tasks", officer);
    await expect
      .poll(() => p.getByRole("heading", { level: 2 }).textContent())
      .toBe("Nhiệm vụ của Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn");
    await p.getByTestId("tab-overdue").click();
    await p.locator('.ant-tabs-tab-active [data-testid="tab-overdue"]').waitFor();
    const row = p.locator('tr[data-task-id="seed-004-t12"]');
    await expect.poll(() => row.textContent()).toContain(TASK);
    expect(await row.getByTestId("task-status").textContent()).toMatch(/^Quá hạn \d+ ngày$/);
    expect(await row.getByTestId("task-status").getAttribute("data-status")).toBe("overdue");
    // an officer sees only its own agency's tasks: not Sở Công Thương's monthly report, overdue as well
    expect(await p.locator('tr[data-task-id="seed-000-t16"]').count()).toBe(0);
    await saveScreenshot(p, "tasks-inbox");

    // the Excel export holds the list shown: the same tasks, in the same order
    const downloading = p.waitForEvent("download");
    await p.getByTestId("task-export").click();
    const exported = await readRows(await (await downloading).path());
    const shown = await p.locator("tr[data-task-id] [data-testid='task-link']").allTextContents();
    expect(exported.map((r) => r["Nhiệm vụ"])).toEqual(shown);

    await row.getByRole("link", { name: TASK }).click();
    await p.waitForURL((url) => url.pathname === "/tasks/seed-004-t12");
    await expect.poll(() => p.getByTestId("task-title").textContent()).toBe(TASK);
    expect(await p.getByTestId("action-confirm").count()).toBe(0); // the office's, not the agency's

    await record(p, "progress", async () => {
      await p.getByTestId("event-text").fill("Đã hoàn thiện dự thảo, đang lấy ý kiến các thành viên Ban Chỉ đạo.");
      await inputOf(p, "event-percent").fill("80");
      await p
        .locator('.ant-modal input[type="file"]')
        .setInputFiles({ name: "du-thao-bao-cao.pdf", mimeType: "application/pdf", buffer: smallPdf() });
      await p.locator(".ant-modal .ant-upload-list-item", { hasText: "du-thao-bao-cao.pdf" }).waitFor();
    });
    const timeline = p.getByTestId("task-timeline");
    await expect.poll(() => timeline.getByTestId("attachment-link").textContent()).toContain("du-thao-bao-cao.pdf");
    const href = await timeline.getByTestId("attachment-link").getAttribute("href");
    const download = await p.request.get(`${suite.url}${href}`);
    expect([download.status(), download.headers()["content-type"]]).toEqual([200, "application/pdf"]);

    await record(p, "submit", async () => {
      await typeDate(p, "event-completed-on", "14/07/2025");
      await p.getByTestId("event-text").fill("Báo cáo sơ kết đã trình Trưởng Ban Chỉ đạo ngày 14/7/2025.");
    });
    await expect.poll(() => timeline.locator('[data-testid="timeline-event"]').count()).toBe(2);
    expect(await timeline.textContent()).toContain("Ngày văn bản hoàn thành: 14/07/2025");
    expect(await p.getByTestId("task-actions").textContent()).toContain("chờ Văn phòng UBND tỉnh xác nhận");
    expect(await p.getByTestId("action-submit").count()).toBe(0);
  });

  it("the office confirms: the task is done on time and the board's 2025 scorecard counts one more", async () => {
    const p = await suite.signedIn("/scorecards", office);
    const before = await doneOnTime2025(p);

    await p.goto(`${suite.url}/tasks/seed-004-t12`);
    await p.getByTestId("action-confirm").waitFor();
    expect(await p.getByTestId("action-progress").count()).toBe(0); // the agency's, not the office's
    await record(p, "confirm", async () => {
      await p.getByTestId("event-text").fill("Văn phòng đã nhận Báo cáo sơ kết.");
    });
    const status = p.getByTestId("task-page").getByTestId("task-status").first();
    await expect.poll(() => status.textContent()).toBe("Hoàn thành đúng hạn");
    expect(await status.getAttribute("data-status")).toBe("done-on-time");
    await expect.poll(() => p.getByTestId("task-timeline").locator('[data-testid="timeline-event"]').count()).toBe(3);
    await p.locator(".ant-message-notice").last().waitFor({ state: "detached", timeout: 15_000 });
    await saveScreenshot(p, "task-page");

    expect(await doneOnTime2025(p)).toBe(before + 1);
    await expect.poll(() => p.locator(`[data-testid="scorecard-chart"] g[data-agency="${BQL}"] rect`).count()).toBeGreaterThan(1);
    await saveScreenshot(p, "scorecards");

    // the overdue board no longer lists it
    await p.goto(`${suite.url}/board`);
    await p.getByTestId("overdue-board").waitFor();
    expect(await p.locator('tr[data-task-id="seed-004-t12"]').count()).toBe(0);
    expect(await p.locator(`[data-testid="board-group"][data-agency="${BQL}"]`).count()).toBe(1);
  });
});
