import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { type Account, createAccount } from "./support/accounts";
import { settle } from "./support/browser";
import { typeDate } from "./support/forms";
import { saveScreenshot } from "./support/screenshots";
import { browserSuite } from "./support/suite";

const suite = browserSuite();
const PHONE = { width: 390, height: 844 };
const TASK = "seed-004-t12"; // Ban Quản lý Khu KTCK's report, overdue since 14/07/2025

let officer: Account;
let office: Account;
beforeAll(async () => {
  officer = await createAccount(suite.url, {
    username: "bql.vongngay",
    name: "Lê Văn Bình",
    role: "agency",
    agencyId: "ban-quan-ly-khu-ktck",
  });
  office = await createAccount(suite.url, {
    username: "vp.vongngay",
    name: "Phạm Thu Hà",
    role: "office",
    agencyId: "van-phong-ubnd-tinh",
  });
});

/** A one-page PDF, enough for the server's check of the file's bytes. */
function smallPdf(): Buffer {
  return Buffer.from(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
      "trailer << /Root 1 0 R >>",
      "%%EOF",
    ].join("\n"),
    "latin1",
  );
}

async function onPhone(path: string, account: Account): Promise<Page> {
  const p = await suite.signedIn(path, account);
  await p.setViewportSize(PHONE);
  return p;
}

/** The phone's menu: opens the drawer, reads the queue's badge, closes it. */
async function queueCountInMenu(p: Page): Promise<string | null> {
  await p.getByTestId("menu-button").click();
  const drawer = p.getByTestId("nav-drawer");
  await drawer.waitFor();
  await drawer.getByTestId("nav-queue").waitFor();
  const badge = drawer.getByTestId("nav-queue-count");
  const count = (await badge.count()) > 0 ? await badge.locator(".ant-scroll-number").first().getAttribute("title") : null;
  await p.keyboard.press("Escape");
  await drawer.waitFor({ state: "hidden" });
  return count;
}

describe("the daily loop on a phone: report, confirm, hear back", () => {
  it("an agency officer reports completion with a file from a 390×844 phone", async () => {
    const p = await onPhone(`/tasks/${TASK}`, officer);
    await p.getByTestId("action-submit").click();
    await typeDate(p, "event-completed-on", "24/11/2026");
    await p.getByTestId("event-text").fill("Báo cáo sơ kết đã trình Trưởng Ban Chỉ đạo.");
    await p
      .locator('.ant-modal input[type="file"]')
      .setInputFiles({ name: "bao-cao-so-ket.pdf", mimeType: "application/pdf", buffer: smallPdf() });
    await p.locator(".ant-modal .ant-upload-list-item", { hasText: "bao-cao-so-ket.pdf" }).waitFor();
    const saved = p.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/events"));
    await p.getByTestId("event-submit").click();
    expect((await saved).status()).toBe(201);
    await p.locator(".ant-modal").waitFor({ state: "detached" });
    await expect.poll(() => p.getByTestId("task-actions").textContent()).toContain("chờ Văn phòng UBND tỉnh xác nhận");
    // the page fits the phone
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it("the office lands on 'Chờ xác nhận', sees it with the count in the menu, and confirms it", async () => {
    const p = await onPhone("/", office);
    await p.waitForURL((url) => url.pathname === "/queue");
    await settle(p);
    const item = p.locator(`[data-testid="queue-item"][data-task-id="${TASK}"]`);
    await item.waitFor();
    expect(await item.getByTestId("queue-waiting").textContent()).toBe("gửi hôm nay");
    expect(await item.textContent()).toContain("Văn bản hoàn thành ngày 24/11/2026");
    expect(await item.textContent()).toContain("1 tệp đính kèm");
    const waiting = Number((await p.getByTestId("queue-tab-submissions").textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(waiting).toBeGreaterThanOrEqual(1);
    expect(await queueCountInMenu(p)).toBe(String(waiting));
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await saveScreenshot(p, "phone-queue");

    await item.getByTestId("queue-action-confirm").click();
    await p.getByTestId("event-text").fill("Văn phòng đã nhận Báo cáo sơ kết.");
    const saved = p.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/events"));
    await p.getByTestId("event-submit").click();
    expect((await saved).status()).toBe(201);
    await p.locator(".ant-modal").waitFor({ state: "detached" });
    await item.waitFor({ state: "detached" });
    await expect.poll(() => p.getByTestId("queue-tab-submissions").textContent()).toContain(`(${waiting - 1})`);
    expect(await queueCountInMenu(p)).toBe(waiting - 1 > 0 ? String(waiting - 1) : null);
  });

  it("the agency sees the confirmation notice, grouped under its task, and that it was not e-mailed", async () => {
    const p = await onPhone("/tasks", officer);
    await settle(p);
    // on a phone the bell opens the notifications' page
    await p.getByTestId("notification-bell").click();
    await p.waitForURL((url) => url.pathname === "/notifications");
    await settle(p);
    const group = p.locator(`[data-testid="notifications-page"] [data-testid="notification-group"][data-task-id="${TASK}"]`);
    const confirmed = group.locator('[data-kind="confirmed"]');
    await confirmed.waitFor();
    expect(await confirmed.textContent()).toContain("Văn phòng đã nhận Báo cáo sơ kết.");
    // the test server has no SMTP_URL: the page and the notice say so
    await p.getByTestId("notifications-no-smtp").waitFor();
    const api = (await (await p.request.get(`${suite.url}/api/notifications?category=follow-up`)).json()) as {
      items: { kind: string; taskId: string; emailStatus: string }[];
    };
    expect(api.items.find((n) => n.kind === "confirmed" && n.taskId === TASK)?.emailStatus).toBe("no-smtp");
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await saveScreenshot(p, "phone-notifications");

    // mark all read: nothing unread is left
    await p.getByTestId("notifications-mark-all").click();
    await expect.poll(() => p.locator('[data-testid="notifications-page"] [data-read="0"]').count()).toBe(0);
    expect(await p.getByTestId("notification-bell").getAttribute("aria-label")).toBe("Nhắc việc: 0 chưa đọc");

    // on a desk the bell opens the newest, grouped the same way
    await p.setViewportSize({ width: 1366, height: 900 });
    await p.getByTestId("notification-bell").click();
    const list = p.getByTestId("notification-list");
    const notice = list.locator(`[data-testid="notification-group"][data-task-id="${TASK}"] [data-kind="confirmed"]`);
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Đã xác nhận hoàn thành: /);
    const box = await list.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 1366).toBe(true);
    await p.keyboard.press("Escape");

    await p.goto(`${suite.url}/tasks/${TASK}`);
    await settle(p);
    await expect.poll(() => p.getByTestId("task-page").getByTestId("task-status").first().textContent()).toMatch(/^Hoàn thành/);
  });
});
