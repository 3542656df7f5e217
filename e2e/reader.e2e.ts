import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Document, Packer, Paragraph, TextRun } from "docx";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { scannedPdfOf } from "../packages/server/test/support/scanned-pdf";
import { type Account, createAccount } from "./support/accounts";
import { typeDate } from "./support/forms";
import { saveScreenshot } from "./support/screenshots";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

const SEED_000 = fileURLToPath(new URL("../packages/domain/src/reader/golden/000_a661d64dc68d3fc7.txt", import.meta.url));
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let office: Account;

beforeAll(async () => {
  office = await createAccount(suite.url, { username: "vp.doc", name: "Hoàng Minh Đức", role: "office", agencyId: "van-phong-ubnd-tinh" });
});

/** A page signed in as the office's officer, at `path`. */
const signedIn = (path: string) => suite.signedIn(path, office);

/** The Word form of seed 000: one paragraph per line of its text. */
async function seed000Docx(): Promise<Buffer> {
  const lines = readFileSync(SEED_000, "utf8").split(/\r?\n/);
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return Packer.toBuffer(doc);
}

async function upload(p: Page) {
  const read = p.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/reader/drafts"));
  await p.locator('input[type="file"]').setInputFiles({ name: "thong-bao-ket-luan.docx", mimeType: DOCX, buffer: await seed000Docx() });
  expect((await read).status()).toBe(201);
  await p.getByTestId("reader-review").waitFor();
}

describe("the document reader in the browser", () => {
  it("reads the .docx of seed 000 again: duplicate warning, names outside the registry decided, highlighted quotes, one deadline edited, one summary, confirmed into the follow-up views", async () => {
    const p = await signedIn("/reader");
    await upload(p);
    const tasks = p.getByTestId("proposed-task");
    const count = await tasks.count();
    expect(count).toBeGreaterThanOrEqual(14);
    expect(await p.getByTestId("header-docType").inputValue()).toBe("TB");
    expect(await p.getByTestId("header-title").inputValue()).toContain("Cụm công nghiệp Hòa Sơn 1");
    await expect.poll(() => p.locator("mark.reader-quote").count()).toBeGreaterThanOrEqual(count - 2);
    // names the registry does not know are marked for the reviewer
    expect(await p.getByTestId("unresolved").count()).toBeGreaterThan(0);
    expect(await p.getByTestId("unresolved").first().textContent()).toBe("chưa xác định");

    // notice 000 is already recorded (seed): warned, and confirming is not possible without saying so
    const documents = async () => ((await (await p.request.get(`${suite.url}/api/documents`)).json()) as { total: number }).total;
    const before = await documents();
    await p.getByTestId("duplicate-warning").waitFor();
    expect(await p.getByTestId("duplicate-warning").textContent()).toContain("phần lớn nhiệm vụ trùng");
    expect(await p.getByTestId("reader-confirm").isDisabled()).toBe(true);
    await p.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(p, "reader-duplicate");
    await p.getByTestId("allow-duplicate").click();

    // a name outside the registry must be decided before confirming: the attempt lists it, nothing is created
    await p.getByTestId("reader-confirm").click();
    const undecided = p.locator(".ant-alert-error li", { hasText: "chưa có trong danh mục" });
    await expect.poll(() => undecided.count()).toBeGreaterThan(0);
    expect(await p.locator(".ant-modal-confirm").count()).toBe(0);
    expect(await documents()).toBe(before);
    const keep = p.getByTestId("keep-outside");
    const names = await keep.count();
    for (let i = 0; i < names; i++) await keep.nth(i).click();
    await expect.poll(() => p.getByTestId("outside-registry").count()).toBe(names);
    await expect.poll(() => p.getByTestId("unresolved").count()).toBe(0);

    // a task's button brings its quote into view and marks it
    await tasks.nth(2).getByTestId("task-focus").click();
    await expect.poll(() => p.locator("#quote-2").getAttribute("class")).toContain("active");
    await expect.poll(() => p.locator("#quote-2").isVisible()).toBe(true);
    expect(await p.locator("#quote-2").textContent()).toContain("Giao UBND xã Tân Thành");

    // the second task (Sở Nông nghiệp và Môi trường, "tiếp tục": continuous) gets a date instead
    const second = tasks.nth(1);
    expect(await second.textContent()).toContain("Sở Nông nghiệp và Môi trường");
    await second.getByTestId("deadline-1-kind").click();
    await p.locator('.ant-select-item-option[title="Ngày cụ thể"]').click();
    await expect.poll(() => second.getByTestId("deadline-1-preview").textContent()).toBe("Thời hạn chưa đủ hoặc chưa hợp lệ");
    await typeDate(second, "deadline-1-value", "15/12/2026");
    await expect.poll(() => second.getByTestId("deadline-1-preview").textContent()).toBe("Chậm nhất ngày 15/12/2026");
    await p.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(p, "reader-review");

    // one summary, asked once
    await p.getByTestId("reader-confirm").click();
    const summary = p.getByTestId("confirm-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(
      new RegExp(`^Sẽ tạo ${count} nhiệm vụ, giao cho \\d+ cơ quan trong danh mục; ${names} tên được giữ ngoài danh mục\\.$`),
    );
    const confirmed = p.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/confirm"));
    await p.locator(".ant-modal-confirm .ant-btn-primary").click();
    expect((await confirmed).status()).toBe(201);
    expect(await documents()).toBe(before + 1);
    await p.waitForURL((url) => url.pathname.startsWith("/documents/doc-"));
    const documentId = new URL(p.url()).pathname.split("/")[2] ?? "";
    // one line per occurrence (the monthly report has one per month), one task per proposed task
    const rows = p.getByTestId("document-tasks").locator("tr[data-task-id]");
    const taskIds = () => rows.evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute("data-task-id")))].length);
    await expect.poll(taskIds).toBe(count);
    expect(await p.getByTestId("document-title").textContent()).toContain("Cụm công nghiệp Hòa Sơn 1");
    const edited = p.locator(`tr[data-task-id="${documentId}-t2"]`);
    expect(await edited.textContent()).toContain("15/12/2026");
    expect(await edited.getByTestId("task-status").textContent()).toBe("Đang thực hiện, trong hạn");

    // and in the task list, filtered by the new document
    await p.goto(`${suite.url}/tasks?tab=all&document=${documentId}`);
    const listed = p.getByTestId("task-table").locator("tr[data-task-id]");
    await expect.poll(() => listed.count()).toBeGreaterThanOrEqual(count);
    const ids = await listed.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-task-id") ?? ""));
    expect(ids.every((id) => id.startsWith(`${documentId}-t`))).toBe(true);
  });

  it("reads a scanned notice by OCR, showing the page being read, then the recognised text and how it was obtained", async () => {
    const p = await signedIn("/reader");
    const scan = Buffer.from(scannedPdfOf(readFileSync(SEED_000, "utf8").split("\n").slice(0, 40).join("\n")));
    const read = p.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/reader/drafts"), { timeout: 120_000 });
    await p.locator('input[type="file"]').setInputFiles({ name: "ban-quet.pdf", mimeType: "application/pdf", buffer: scan });
    await p.getByTestId("ocr-progress").waitFor({ timeout: 30_000 });
    expect(await p.getByTestId("reader-upload").textContent()).toContain("Đang nhận dạng chữ bản quét: trang 1/1");
    expect((await read).status()).toBe(201);
    await p.getByTestId("reader-review").waitFor();
    expect(await p.getByTestId("reader-notices").textContent()).toContain("nhận dạng từ bản quét (OCR, 1 trang");
    expect(await p.getByTestId("reader-text").textContent()).toContain("Hòa Sơn");
    expect(await p.getByTestId("proposed-task").count()).toBeGreaterThanOrEqual(1);
  }, 150_000);

  it("cancelling a reading leaves nothing behind", async () => {
    const p = await signedIn("/reader");
    await upload(p);
    const draftId = new URL(p.url()).searchParams.get("draft");
    await p.getByTestId("reader-cancel").click();
    const cancelled = p.waitForResponse((r) => r.request().method() === "DELETE");
    await p.locator(".ant-popconfirm .ant-btn-primary").click();
    expect((await cancelled).status()).toBe(200);
    await p.getByTestId("reader-upload").waitFor();
    expect((await p.request.get(`${suite.url}/api/reader/drafts/${draftId}`)).status()).toBe(404);
  });
});
