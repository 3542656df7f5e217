import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { type Account, apiSession, createAccount } from "./support/accounts";
import { settle } from "./support/browser";
import { saveScreenshot } from "./support/screenshots";
import { ADMIN } from "./support/server";
import { browserSuite } from "./support/suite";

/**
 * Readable on a phone (390 × 844), beyond "nothing wider than the screen" (responsive.e2e.ts): the
 * document never scrolls sideways, the dashboard's targets show each name and figure within the
 * screen (not in a column hidden to the right of a scrolling table), and the charts' text is not
 * scaled down below 10 px. Keeps the phone screenshots (one screen each) in docs/screenshots/.
 */
const suite = browserSuite();

const PHONE = { width: 390, height: 844 };

let office: Account;
let leader: Account;
let agency: Account;
let task = "";
let ownTask = "";
let meeting: string | null = null;
let documentId = "";
let targets: { text: string }[] = [];

beforeAll(async () => {
  const admin = await apiSession(suite.url, ADMIN);
  const tasks = await admin.get<{ items: { taskId: string; document: { id: string }; meetingId: string | null }[] }>("/api/tasks");
  const first = tasks.items.find((t) => t.meetingId) ?? tasks.items[0];
  if (!first) throw new Error("không có nhiệm vụ nào trong dữ liệu mẫu");
  task = first.taskId;
  meeting = first.meetingId;
  documentId = first.document.id;
  office = await createAccount(suite.url, { username: "vp.phone", name: "Phạm Thu Hà", role: "office", agencyId: "van-phong-ubnd-tinh" });
  leader = await createAccount(suite.url, { username: "ld.phone", name: "Hoàng Văn Minh", role: "leader", agencyId: null });
  agency = await createAccount(suite.url, { username: "bql.phone", name: "Lê Văn Bình", role: "agency", agencyId: "ban-quan-ly-khu-ktck" });
  const mine = await (await apiSession(suite.url, agency)).get<{ items: { taskId: string }[] }>("/api/tasks");
  ownTask = mine.items[0]?.taskId ?? "";
  if (!ownTask) throw new Error("Ban Quản lý Khu KTCK không có nhiệm vụ nào");
  targets = (await (await apiSession(suite.url, leader)).get<{ targets: { text: string }[] }>("/api/dashboard")).targets;
  if (targets.length === 0) throw new Error("bảng điều khiển không có mục tiêu nào");
});

/** How far the document scrolls sideways: scrollWidth beyond clientWidth (0 when it does not). */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Where `locator`'s box is not readable without scrolling sideways: outside the screen, or cut by
 * a box that scrolls or hides what overflows it (a table's scrolling container). Empty when readable.
 */
async function hiddenSideways(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return "not shown";
    if (r.left < -1 || r.right > document.documentElement.clientWidth + 1)
      return `outside the screen (${Math.round(r.left)}–${Math.round(r.right)} px)`;
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
      if (getComputedStyle(box).overflowX === "visible") continue;
      const b = box.getBoundingClientRect();
      if (r.left < b.left - 1 || r.right > b.right + 1) {
        return `cut by ${box.tagName.toLowerCase()}.${String(box.getAttribute("class") ?? "").slice(0, 40)} (${Math.round(r.left)}–${Math.round(r.right)} px in ${Math.round(b.left)}–${Math.round(b.right)} px)`;
      }
    }
    return "";
  });
}

/** The smallest font a chart's text is drawn at, in screen pixels (an SVG scaled to the screen scales its text). */
async function smallestChartText(page: Page): Promise<number> {
  return page.evaluate(() => {
    let smallest = Number.POSITIVE_INFINITY;
    for (const svg of Array.from(document.querySelectorAll<SVGSVGElement>("figure svg, svg[role=img]"))) {
      const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width);
      for (const text of Array.from(svg.querySelectorAll("text"))) {
        if (!text.textContent?.trim()) continue;
        smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(text).fontSize) * scale);
      }
    }
    return smallest;
  });
}

/** A page at 390 × 844 signed in as `account`. */
async function phone(account: Account): Promise<Page> {
  const page = await suite.signedIn("/zones", account);
  await page.setViewportSize(PHONE);
  return page;
}

async function visit(page: Page, path: string) {
  await page.goto(`${suite.url}${path}`);
  await settle(page);
}

describe("on a phone, 390 × 844", () => {
  it("the dashboard's targets: each name and figure within the screen; the charts' text at least 10 px", async () => {
    const page = await phone(leader);
    await visit(page, "/dashboard");
    const names = page.getByTestId("target-name");
    await names.first().waitFor();
    expect(await names.count()).toBe(targets.length);
    expect(await page.getByTestId("target-value").count()).toBe(targets.length);
    const problems: string[] = [];
    for (let i = 0; i < targets.length; i++) {
      const name = names.nth(i);
      expect(await name.innerText()).toContain(targets[i]?.text);
      await name.scrollIntoViewIfNeeded();
      const nameProblem = await hiddenSideways(name);
      if (nameProblem) problems.push(`target ${i + 1} name: ${nameProblem}`);
      // the figure, what it counts and the verdict: the whole of "Thực tế" and "Đánh giá"
      for (const part of ["target-value", "target-explanation", "target-verdict"]) {
        const problem = await hiddenSideways(page.getByTestId(part).nth(i));
        if (problem) problems.push(`target ${i + 1} ${part}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await smallestChartText(page)).toBeGreaterThanOrEqual(10);
    expect(await sideways(page)).toBeLessThanOrEqual(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, "phone-dashboard", { fullPage: false });
    await page.getByTestId("targets").scrollIntoViewIfNeeded();
    await page.getByTestId("targets").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await saveScreenshot(page, "phone-dashboard-targets", { fullPage: false });
  }, 120_000);

  it("no signed-in page scrolls sideways, a task list shows each task and its status within the screen, no chart text below 10 px (office, agency officer, admin)", async () => {
    const visits: { account: Account; paths: string[] }[] = [
      {
        account: office,
        paths: [
          "/dashboard",
          "/tasks",
          `/tasks/${encodeURIComponent(task)}`,
          "/queue",
          "/notifications",
          "/zones",
          "/zones/ccn-hoa-son-1",
          "/reports",
          "/reporting",
          "/scorecards",
          "/reader",
          "/map",
          "/calendar",
          "/board",
          "/units",
          `/documents/${documentId}`,
          ...(meeting ? [`/meetings/${meeting}`] : []),
        ],
      },
      { account: agency, paths: ["/tasks", `/tasks/${encodeURIComponent(ownTask)}`, "/reporting", "/enquiries"] },
      { account: ADMIN, paths: ["/users", "/audit", "/zones/new", "/zones/ccn-hoa-son-1/edit", "/account/password"] },
    ];
    const problems: string[] = [];
    for (const { account, paths } of visits) {
      const page = await phone(account);
      for (const path of paths) {
        await visit(page, path);
        const extra = await sideways(page);
        if (extra > 1) problems.push(`${account.username} ${path}: ${extra} px wider than the screen`);
        // a list of tasks: the first line's task and status are read without scrolling sideways
        const line = page.locator("tr[data-task-id]").first();
        if (await line.count()) {
          for (const [part, locator] of [
            ["task", line.getByTestId("task-link")],
            ["status", line.locator(".ant-tag").first()],
          ] as const) {
            const problem = await hiddenSideways(locator);
            if (problem) problems.push(`${account.username} ${path}: the first task's ${part} ${problem}`);
          }
        }
        const chart = await smallestChartText(page);
        if (chart < 10) problems.push(`${account.username} ${path}: a chart's text at ${chart.toFixed(1)} px`);
        if (account === agency && path === "/tasks") await saveScreenshot(page, "phone-tasks-inbox", { fullPage: false });
        if (account === agency && path.startsWith("/tasks/")) await saveScreenshot(page, "phone-task", { fullPage: false });
        if (account === office && path === "/zones/ccn-hoa-son-1") await saveScreenshot(page, "phone-zone", { fullPage: false });
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
