import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { choose, typeDate } from "./support/forms";
import { saveScreenshot } from "./support/screenshots";
import { ADMIN } from "./support/server";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

describe("a zone's progress in the browser", () => {
  it("CCN Địa phương số 2: 100 % computed, no wastewater plant; a late milestone shows Chậm", async () => {
    const page = await suite.signedIn("/zones/ccn-dia-phuong-so-2", ADMIN);
    await page.getByTestId("zone-tab-progress").click();
    await expect.poll(() => page.getByTestId("progress-occupancy").textContent()).toBe("100%");
    expect(await page.getByTestId("progress-enterprises").textContent()).toBe("12");
    expect(await page.getByTestId("progress-wastewater").textContent()).toBe("Chưa có");
    expect(page.url()).toContain("tab=progress");

    await page.getByTestId("add-milestone").click();
    await choose(page, "milestone-kind", "nuoc thai", "Nhà máy xử lý nước thải tập trung");
    await typeDate(page, "milestone-planned", "30/06/2026");
    const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/milestones"));
    await page.locator(".ant-modal-footer .ant-btn-primary").click();
    expect((await saved).status()).toBe(201);
    await page.getByTestId("milestone-late").first().waitFor();
    expect(await page.getByTestId("milestone-late").first().textContent()).toMatch(/^Chậm \d+ ngày$/);
    await page.locator(".ant-message-notice").waitFor({ state: "detached" });
    await saveScreenshot(page, "zone-progress");
  });

  it("the monthly import downloads its template and shows a bad file's errors by sheet, row and column", async () => {
    const page = await suite.signedIn("/zones/ccn-hoa-son-1?tab=progress", ADMIN);
    const download = page.waitForEvent("download");
    await page.getByTestId("progress-template").click();
    const template = join(mkdtempSync(join(tmpdir(), "dondoc-progress-")), "mau.xlsx");
    await (await download).saveAs(template);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.getWorksheet("Giải phóng mặt bằng");
    if (!ws) throw new Error("no land clearance sheet");
    ws.getRow(3).values = ["CCN Hòa Sơn 1", "Xã Tân Thành", "15/11/2026", 10, -5];
    const broken = template.replace("mau.xlsx", "so-lieu.xlsx");
    await wb.xlsx.writeFile(broken);
    await page.locator('input[type="file"]').setInputFiles(broken);
    const errors = page.getByTestId("progress-import-errors");
    await expect.poll(() => errors.textContent()).toContain("Chưa ghi dòng nào");
    expect(await errors.locator("tbody tr").first().textContent()).toBe(
      "Giải phóng mặt bằng3Số hộ đã kiểm đếmSố hộ đã kiểm đếm không được âm.",
    );
  });
});
