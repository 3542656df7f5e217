import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { saveScreenshot } from "./support/screenshots";
import { ADMIN } from "./support/server";
import { browserSuite } from "./support/suite";
import { readRows, withCell } from "./support/workbook";

const suite = browserSuite();

/** A page signed in as the administrator, at `path`. */
const open = (path: string) => suite.signedIn(path, ADMIN);

const zoneNames = (p: Page) => p.getByTestId("zone-link").allTextContents();

/** Chooses a zone in the map's side panel, then clicks at a fraction of the map's width and height. */
async function placeZone(p: Page, search: string, name: string, fx: number, fy: number) {
  await p.getByTestId("place-zone-select").click();
  await p.getByTestId("place-zone-select").locator("input").fill(search);
  await p.locator(".ant-select-item-option", { hasText: name }).click();
  const box = await p.getByTestId("zone-map").boundingBox();
  if (!box) throw new Error("the map has no size");
  const saved = p.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/api/zones/"));
  await p.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
  expect((await saved).status()).toBe(200);
}

describe("zone registry in the browser", () => {
  it("list → search 'hoa son' → Hòa Sơn 1 → area 80 → the detail and its history show the change", async () => {
    const p = await open("/zones");
    await p.getByTestId("zone-link").first().waitFor();
    expect((await zoneNames(p)).length).toBeGreaterThan(20);
    await expect.poll(() => p.getByTestId("zone-summary").textContent()).toMatch(/^27 khu, cụm · tổng diện tích [\d.,]+ ha/);
    await saveScreenshot(p, "zones-list");

    await p.getByTestId("zone-search").locator("input").fill("hoa son");
    await p.getByTestId("zone-search").locator("input").press("Enter");
    await expect.poll(() => zoneNames(p)).toEqual(["CCN Hòa Sơn 1", "CCN Hòa Sơn 3"]);
    expect(new URL(p.url()).searchParams.get("q")).toBe("hoa son");
    expect(await p.getByTestId("zone-summary").textContent()).toContain("2 khu, cụm");

    await p.getByRole("link", { name: "CCN Hòa Sơn 1" }).click();
    await expect.poll(() => p.getByTestId("field-areaHa").textContent()).toBe("74,9");
    expect(await p.getByTestId("source-areaHa").textContent()).toContain("609/QĐ-UBND");

    await p.getByTestId("zone-edit").click();
    const area = p.getByTestId("input-areaHa");
    await area.fill("80");
    await p.getByTestId("zone-save").click();

    await p.waitForURL(`${suite.url}/zones/ccn-hoa-son-1`);
    await expect.poll(() => p.getByTestId("field-areaHa").textContent()).toBe("80");
    const areaHistory = p.locator('[data-testid="zone-history"] tr[data-field="areaHa"] .history-value');
    await expect.poll(() => areaHistory.allTextContents()).toEqual(["80", "74,9"]);
    expect(await p.getByTestId("source-areaHa").textContent()).toContain("Quản trị hệ thống");

    // saved for good: a fresh load shows the same
    await p.reload();
    await expect.poll(() => p.getByTestId("field-areaHa").textContent()).toBe("80");
    await expect.poll(() => areaHistory.allTextContents()).toEqual(["80", "74,9"]);
    await saveScreenshot(p, "zone-detail");
  });

  it("an edit cites a new document typed in the form (number, date, issuer), recorded with the figure", async () => {
    const p = await open("/zones/ccn-hoa-son-3/edit");
    const area = p.getByTestId("input-areaHa");
    await area.waitFor();
    await area.fill("41");
    await p.getByText("Văn bản mới").click();
    await p.getByTestId("source-new-number").fill("77/SCT-QLCN");
    // Enter in a field of the form does not save it half-filled
    await p.getByTestId("source-new-number").press("Enter");
    expect(new URL(p.url()).pathname).toBe("/zones/ccn-hoa-son-3/edit");
    const issuedOn = p.getByTestId("source-new-issued-on");
    await issuedOn.fill("20/11/2026");
    await issuedOn.press("Enter");
    await p.getByTestId("source-new-issuer").fill("Sở Công Thương");
    await p.getByTestId("zone-save").click();
    await p.waitForURL(`${suite.url}/zones/ccn-hoa-son-3`);
    await expect.poll(() => p.getByTestId("source-areaHa").textContent()).toContain("77/SCT-QLCN");
  });

  it("the map renders without a tile server, marks approximate locations and lists zones without coordinates", async () => {
    const p = await open("/map");
    const map = p.getByTestId("zone-map");
    await map.locator("canvas").waitFor();
    await expect.poll(() => map.getAttribute("data-ready"), { timeout: 30_000 }).toBe("true");
    expect(await p.getByTestId("unlocated-zones").textContent()).toMatch(/Chưa có tọa độ \(1\).*CCN Địa phương số 2/);
    expect(await p.getByTestId("legend-approximate").textContent()).toBe("vị trí gần đúng");
    expect(await p.locator(".maplibregl-ctrl-attrib").textContent()).toContain("sapnhap.bando.com.vn");
    expect(await p.getByTestId("map-legend").textContent()).toContain("26 khu, cụm có vị trí gần đúng");

    // an editor places a zone by choosing it and clicking on the map: its location becomes exact
    await placeZone(p, "hoa son 1", "CCN Hòa Sơn 1", 0.45, 0.55);
    await expect.poll(() => p.getByTestId("map-legend").textContent()).toContain("25 khu, cụm có vị trí gần đúng");
    await p.locator(".ant-message-notice").waitFor({ state: "detached", timeout: 15_000 });
    await saveScreenshot(p, "zone-map");

    // and the zone that had no location at all
    await placeZone(p, "dia phuong", "CCN Địa phương số 2", 0.6, 0.45);
    await expect.poll(() => p.getByTestId("unlocated-zones").textContent()).toContain("Chưa có tọa độ (0)");

    // a click on a zone opens its popup, whose link leads to the zone's page
    const box = await map.boundingBox();
    if (!box) throw new Error("the map has no size");
    await p.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.55);
    const popup = p.locator('[data-testid="zone-popup"]');
    await expect.poll(() => popup.textContent()).toContain("CCN Hòa Sơn 1");
    await popup.getByRole("link").click();
    await p.waitForURL(`${suite.url}/zones/ccn-hoa-son-1`);
    await expect.poll(() => p.getByTestId("field-location").textContent()).not.toContain("vị trí gần đúng");
  });

  it("exports the filtered list to Excel; an import with an invalid cell is refused by row and column, writing nothing", async () => {
    const p = await open("/zones?kind=KCN");
    await expect.poll(() => zoneNames(p)).toEqual(["KCN Đồng Bành", "KCN VSIP Lạng Sơn"]);
    const download = p.waitForEvent("download");
    await p.getByTestId("zone-export").click();
    const file = await (await download).path();
    const rows = await readRows(file);
    expect(rows.map((r) => r.Tên)).toEqual(["KCN Đồng Bành", "KCN VSIP Lạng Sơn"]);

    const broken = join(mkdtempSync(join(tmpdir(), "dondoc-xlsx-")), "khu-cum.xlsx");
    await withCell(file, broken, "Diện tích (ha)", -5);
    await p.locator('input[type="file"]').setInputFiles(broken);
    const errors = p.getByTestId("import-errors");
    await expect.poll(() => errors.textContent()).toContain("Chưa ghi dòng nào");
    expect(await errors.locator("tbody tr").first().textContent()).toMatch(/^2Diện tích \(ha\).*không được âm/);
    await p.locator(".ant-modal-footer button").click();
    await p.reload();
    await expect.poll(() => p.locator(`tr[data-row-key="kcn-vsip-lang-son"]`).textContent()).toContain("599,76");
  });

  it("switches to English", async () => {
    const p = await open("/zones");
    await p.getByTestId("zone-link").first().waitFor();
    await p.getByTestId("lang-toggle").getByText("English").click();
    await expect.poll(() => p.getByRole("heading", { level: 2 }).textContent()).toBe("Industrial zones and clusters");
    expect(await p.getByTestId("zone-summary").textContent()).toMatch(/^27 zones · total area [\d,]+\.\d+ ha/);
    expect(await p.evaluate(() => document.documentElement.lang)).toBe("en");
  });
});
