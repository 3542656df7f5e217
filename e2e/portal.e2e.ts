import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "./support/accounts";
import { adminApi } from "./support/api";
import { seriousViolations } from "./support/axe";
import { saveScreenshot } from "./support/screenshots";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

beforeAll(async () => {
  // two clusters with industrial and leased land, so that the free-land filter has something to show
  const admin = await adminApi(suite.url);
  expect((await admin.send("PATCH", "/api/zones/ccn-hoa-son-1", { industrialLandHa: 52, leasedLandHa: 12 })).status).toBe(200);
  expect((await admin.send("PATCH", "/api/zones/ccn-dinh-lap", { industrialLandHa: 50, leasedLandHa: 20 })).status).toBe(200);
});

/** A signed-out page at `path`, which must answer 200. */
async function open(path: string): Promise<Page> {
  const page = await suite.page();
  const res = await page.goto(`${suite.url}${path}`);
  expect(res?.status()).toBe(200);
  return page;
}

async function expectAccessible(p: Page) {
  expect(await seriousViolations(p), `axe-core: ${p.url()}`).toEqual([]);
}

const cardNames = (p: Page) => p.locator(".zone-card h3 a").allTextContents();

describe("public portal in the browser", () => {
  it("Vietnamese home: figures, map, filters and the published clusters, without signing in", async () => {
    const p = await open("/portal");
    expect(await p.locator("html").getAttribute("lang")).toBe("vi");
    expect(await p.locator("h1").textContent()).toBe("Đầu tư vào khu, cụm công nghiệp Lạng Sơn");
    expect(await cardNames(p)).toContain("CCN Hòa Sơn 1");
    expect((await cardNames(p)).length).toBe(26);
    expect(await p.locator("svg.map .zones a").count()).toBeGreaterThan(20);
    expect(await p.locator(".figures").textContent()).toContain("70 ha đất công nghiệp còn trống");
    expect(await p.locator("figcaption .attribution").textContent()).toContain("vietnamese-provinces-database");
    await expectAccessible(p);
    await saveScreenshot(p, "portal-home");
  });

  it("English home, reached with the language switch", async () => {
    const p = await open("/portal");
    await p.locator(".lang-switch").click();
    await p.waitForURL(`${suite.url}/en/portal`);
    expect(await p.locator("html").getAttribute("lang")).toBe("en");
    expect(await p.locator("h1").textContent()).toBe("Invest in Lạng Sơn's industrial zones and clusters");
    expect(await p.locator(".zone-card").first().textContent()).toMatch(/Industrial cluster|Industrial zone|Border economic zone/);
    expect(await p.locator(".figures").textContent()).toContain("1,156.77"); // the plan's total (003), in English number format
    await expectAccessible(p);
    await saveScreenshot(p, "portal-home-en");
  });

  it("the free-land filter shows only the clusters with land left, on the list and the map", async () => {
    const p = await open("/portal");
    await p.getByLabel("Chỉ khu, cụm còn đất trống").check();
    await p.getByRole("button", { name: "Lọc" }).click();
    await p.waitForURL((url) => url.searchParams.get("freeLand") === "1");
    expect(await cardNames(p)).toEqual(["CCN Đình Lập", "CCN Hòa Sơn 1"]);
    expect(await p.locator("svg.map .zones a").count()).toBe(2);
    expect(await p.locator(".count").textContent()).toContain("2 khu, cụm phù hợp");
    await expectAccessible(p);
  });

  it("Hòa Sơn 1's page: location, land and occupancy computed, documents, licence", async () => {
    const p = await open("/portal");
    await p.getByRole("link", { name: "CCN Hòa Sơn 1", exact: true }).first().click();
    await p.waitForURL(`${suite.url}/portal/zones/ccn-hoa-son-1`);
    expect(await p.locator("h1").textContent()).toBe("CCN Hòa Sơn 1");
    const facts = (await p.locator("main").textContent()) ?? "";
    expect(facts).toContain("Xã Tân Thành");
    expect(facts).toContain("Huyện Hữu Lũng");
    expect(facts).toContain("74,9 ha");
    expect(facts).toContain("40 ha"); // free land: 52 − 12
    expect(facts).toContain("23,1%"); // occupancy: 12 ÷ 52
    expect(facts).toContain("609/QĐ-UBND");
    expect(facts).toContain("Creative Commons Attribution 4.0");
    await expectAccessible(p);
    await saveScreenshot(p, "portal-zone");
  });

  it("an enquiry sent from Hòa Sơn 1's page is stored for the agency, which answers it", async () => {
    const p = await open("/portal/zones/ccn-hoa-son-1");
    expect(await p.getByLabel("Khu, cụm quan tâm").inputValue()).toBe("ccn-hoa-son-1");
    await p.getByLabel("Họ và tên").fill("Trần Thị Nhà Đầu Tư");
    await p.getByLabel("Công ty, tổ chức").fill("Công ty TNHH Thử Nghiệm");
    await p.getByLabel("E-mail").fill("nha.dau.tu@example.com");
    await p.getByLabel("Điện thoại").fill("0912 345 678");
    await p.getByLabel("Nhu cầu").selectOption("Thuê đất công nghiệp");
    await p.getByLabel("Nội dung câu hỏi").fill("Xin giá thuê đất và thời điểm bàn giao mặt bằng.");
    await p.getByLabel(/Tôi đã đọc thông báo/).check();
    await p.getByRole("button", { name: "Gửi câu hỏi" }).click();
    await p.waitForURL(`${suite.url}/portal/enquiries`);
    expect(await p.locator("h1").textContent()).toBe("Đã gửi câu hỏi");
    await expectAccessible(p);

    const admin = await adminApi(suite.url);
    const list = await admin.send<{ items: { id: number; name: string; zone: { id: string }; interest: string }[] }>(
      "GET",
      "/api/enquiries",
    );
    const sent = list.body.items.find((e) => e.name === "Trần Thị Nhà Đầu Tư");
    expect(sent).toMatchObject({ zone: { id: "ccn-hoa-son-1" }, interest: "Thuê đất công nghiệp" });
    // Sở Công Thương, which maintains the clusters, sees it in the product and answers it there
    const officer = await createAccount(suite.url, {
      username: "sct-hoi-dap",
      name: "Chuyên viên SCT",
      role: "agency",
      agencyId: "so-cong-thuong",
    });
    const inbox = await suite.signedIn("/enquiries", officer);
    await inbox.getByTestId(`answer-${sent?.id}`).click();
    await inbox.getByTestId("enquiry-answer").fill("Xin liên hệ chủ đầu tư hạ tầng để biết giá thuê.");
    await inbox.getByRole("button", { name: "Gửi trả lời" }).click();
    await inbox.getByText("Đã trả lời").waitFor();
    const answered = await admin.send<{ items: { id: number; answer: string | null }[] }>("GET", "/api/enquiries");
    expect(answered.body.items.find((e) => e.id === sent?.id)?.answer).toBe("Xin liên hệ chủ đầu tư hạ tầng để biết giá thuê.");
    await inbox.context().close();
  });

  it("policies and contacts, in both languages", async () => {
    const p = await open("/portal/policies");
    expect(await p.locator("main").textContent()).toContain("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn");
    await expectAccessible(p);
    await p.goto(`${suite.url}/en/portal/policies`);
    expect(await p.locator("h1").textContent()).toBe("Policies and contacts");
    await expectAccessible(p);
  });

  it("on a phone (390×844) the home page fits the screen", async () => {
    const p = await open("/portal");
    await p.setViewportSize({ width: 390, height: 844 });
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(p);
    const dir = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
    mkdirSync(dir, { recursive: true });
    await p.screenshot({ path: `${dir}portal-phone.png` });
  });
});
