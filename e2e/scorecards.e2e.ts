import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { type Account, createAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshots";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

let leader: Account;

beforeAll(async () => {
  leader = await createAccount(suite.url, { username: "lanh.dao.bd", name: "Hoàng Văn Minh", role: "leader", agencyId: null });
});

/** The figure a KPI card of the dashboard shows ("21"), as a number. */
async function kpi(page: Page, testId: string): Promise<number> {
  const value = page.getByTestId(testId).locator(".ant-statistic-content-value");
  await value.waitFor({ timeout: 30_000 });
  return Number((await value.innerText()).replace(/\./g, ""));
}

async function openScorecards(page: Page) {
  await page.goto(`${suite.url}/scorecards`);
  const summary = page.getByTestId("scorecards-overdue");
  await summary.waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId("scorecard-table").locator(".ant-spin-spinning").count()).toBe(0);
  return summary;
}

describe("the scorecards", () => {
  it("show the dashboard's overdue task count for the same date, and keep tasks and report submissions apart", async () => {
    const page = await suite.signedIn("/dashboard", leader);
    const dashboardOverdue = await kpi(page, "kpi-overdue");
    expect(dashboardOverdue).toBeGreaterThan(0);

    const summary = await openScorecards(page);
    // the same date (today) and the same count as the dashboard
    const text = await summary.innerText();
    expect(text).toMatch(/^Nhiệm vụ đang quá hạn tại ngày \d{2}\/\d{2}\/\d{4}: \d+ — cùng số với Bảng điều khiển/);
    const withoutBody = Number(text.match(/\((\d+) nhiệm vụ chưa xác định được cơ quan chủ trì/)?.[1] ?? 0);
    expect(Number(await summary.getAttribute("data-count"))).toBe(dashboardOverdue);

    // two groups of columns: tasks due in the period, periodic reports due in the period
    expect(await page.getByTestId("group-tasks").innerText()).toBe("Nhiệm vụ có hạn trong kỳ");
    expect(await page.getByTestId("group-reports").innerText()).toBe("Báo cáo định kỳ phải gửi trong kỳ");
    const table = page.getByTestId("scorecard-table");
    const cell = (agency: string, col: string) => table.locator(`tr[data-agency="${agency}"] [data-col="${col}"]`).innerText();
    // a commune with clusters on its land was asked for its reports and sent none: red in the reports, not in its tasks
    const commune = "ubnd-xa-tan-thanh";
    const owed = Number(await cell(commune, "reports.total"));
    expect(owed).toBeGreaterThan(0);
    expect(Number(await cell(commune, "reports.overdue")) + Number(await cell(commune, "reports.inProgress"))).toBe(owed);
    expect(await cell(commune, "reports.onTimeRate")).toMatch(/^0\s?%$/);
    expect(await cell(commune, "total")).toMatch(/^\d+$/); // its tasks, in their own columns
    // nobody is on the list for a duty nobody gave it, and a Vice-Chairman is not an agency
    expect(await table.locator('tr[data-agency="so-tu-phap"]').count()).toBe(0);
    expect(await table.locator('tr[data-agency="doan-thanh-son"]').count()).toBe(0);

    // the overdue tasks per body, whatever their due date, and those without a resolved lead add up to at least
    // the count (a task with two leads counts for each)
    const perBody = (await table.locator('[data-col="tasksOverdueNow"]').allInnerTexts()).map(Number);
    expect(perBody.reduce((a, b) => a + b, 0) + withoutBody).toBeGreaterThanOrEqual(dashboardOverdue);
    expect(await seriousViolations(page), `axe-core: ${page.url()}`).toEqual([]);
  });

  it("fit a phone (390×844)", async () => {
    const page = await suite.signedIn("/scorecards", leader);
    await page.setViewportSize({ width: 390, height: 844 });
    await openScorecards(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, "phone-scorecards", { fullPage: false });
  });
});
