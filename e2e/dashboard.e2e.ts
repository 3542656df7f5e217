import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Account, createAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshots";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

let leader: Account;

beforeAll(async () => {
  leader = await createAccount(suite.url, { username: "lanh.dao", name: "Hoàng Văn Minh", role: "leader", agencyId: null });
});

describe("the leaders' dashboard", () => {
  it("shows the 24 clusters with their hectares, and each bar opens the list behind it", async () => {
    const page = await suite.signedIn("/dashboard", leader);
    await expect.poll(() => page.getByTestId("kpi-clusters").innerText(), { timeout: 30_000 }).toContain("24");
    // the registry's areas today (1.126,77 ha); the plan's 1.156,77 ha adds Na Dương 1's future 30 ha expansion
    expect(await page.getByTestId("kpi-area").innerText()).toContain("1.126,77");
    expect(await page.getByTestId("kpi-area").innerText()).toContain("1.156,77");
    const operating = page.getByTestId("chart-stage-operating");
    expect(await operating.getAttribute("aria-label")).toBe("Đang hoạt động: 1 cụm, 8,5 ha");
    const stages = page.getByTestId("chart-stage").locator("a");
    expect(await stages.count()).toBeGreaterThanOrEqual(4);
    // occupancy against the 30 % and 50 % targets of 003 §III.2: CCN Địa phương số 2 is full
    expect(await page.getByTestId("chart-occupancy-ccn-dia-phuong-so-2").getAttribute("aria-label")).toBe("CCN Địa phương số 2: 100%");
    expect(await page.getByTestId("targets-table").innerText()).toContain("Chưa đạt");
    // the changes since a date chosen as dd/mm/yyyy
    expect(await page.getByTestId("changed-since").innerText()).toContain("Số liệu khu, cụm được cập nhật: 0");

    expect(await seriousViolations(page), `axe-core: ${page.url()}`).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, "dashboard");

    // a bar of the stage chart opens the zone list with the same filter and the same count
    const established = page.getByTestId("chart-stage-established");
    const label = (await established.getAttribute("aria-label")) ?? "";
    const count = label.match(/: (\d+) cụm/)?.[1];
    expect(count).toBeDefined();
    await established.click();
    await page.waitForURL((url) => url.pathname === "/zones" && url.searchParams.get("stage") === "established");
    expect(new URL(page.url()).searchParams.get("kind")).toBe("CCN");
    await expect.poll(() => page.getByTestId("zone-summary").innerText(), { timeout: 15_000 }).toMatch(new RegExp(`^${count} khu, cụm`));

    // the overdue bar of the tasks chart opens the task list filtered the same way
    await page.goBack();
    const overdue = page.getByTestId("chart-tasks-overdue");
    await overdue.waitFor();
    const overdueCount = (await overdue.getAttribute("aria-label"))?.match(/^Quá hạn: (\d+)$/)?.[1];
    expect(overdueCount).toBeDefined();
    await overdue.click();
    await page.waitForURL((url) => url.pathname === "/tasks" && url.searchParams.get("status") === "overdue");
    await expect.poll(() => page.getByTestId("tab-all").innerText(), { timeout: 15_000 }).toContain(String(overdueCount));
  });

  it("exports the dashboard as .xlsx and prints it (the PDF of the browser's print) without the menu or the controls", async () => {
    const page = await suite.signedIn("/dashboard?since=2026-11-01", leader);
    await expect.poll(() => page.getByTestId("kpi-clusters").innerText(), { timeout: 30_000 }).toContain("24");
    const download = page.waitForEvent("download");
    await page.getByTestId("dashboard-export-xlsx").click();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await (await download).path()) as string);
    const stages = wb.getWorksheet("Khu, cụm");
    const total = stages?.getRows(4, 20)?.find((r) => r.getCell(1).value === "Tổng cộng");
    expect([total?.getCell(2).value, total?.getCell(3).value]).toEqual([24, 1156.77]);

    await page.emulateMedia({ media: "print" });
    expect(await page.getByTestId("dashboard-export-print").isVisible()).toBe(false);
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.getByTestId("dashboard").isVisible()).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "dondoc-print-"));
    writeFileSync(join(dir, "dashboard.pdf"), await page.pdf({ format: "A4", landscape: true, printBackground: true }));
    const text = execFileSync("pdftotext", ["-layout", join(dir, "dashboard.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("1.156,77");
    expect(text).toContain("Đang hoạt động");
    expect(text).not.toContain("In / lưu PDF");
    expect(text).not.toContain("Khu, cụm công nghiệp tỉnh Lạng Sơn"); // the footer
  });
});
