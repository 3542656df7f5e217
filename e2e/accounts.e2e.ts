import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signInFirstTime } from "./support/accounts";
import { choose } from "./support/forms";
import { saveScreenshot } from "./support/screenshots";
import { ADMIN } from "./support/server";
import { openSignedIn } from "./support/sign-in";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

/** one-time passwords the admin handed out, by username */
const handedOut = new Map<string, string>();

/** The admin fills the form; the one-time password shows once, in a modal with a copy button. */
async function createOfficer(p: Page, username: string, name: string, agencySearch: string, agency: string) {
  await p.getByTestId("user-new").click();
  await p.getByTestId("user-username").fill(username);
  await p.getByTestId("user-name").fill(name);
  await choose(p, "user-agency", agencySearch, agency);
  const created = p.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/users"));
  await p.getByTestId("user-save").click();
  expect((await created).status()).toBe(201);
  const otp = p.getByTestId("one-time-password");
  await otp.waitFor({ state: "visible" });
  await expect.poll(() => otp.textContent()).toMatch(/\S{10,}/);
  handedOut.set(username, (await otp.textContent()) ?? "");
  expect(await p.locator(".ant-modal .ant-typography-copy").count()).toBe(1);
  await p.getByTestId("otp-close").click();
  await otp.waitFor({ state: "hidden" });
}

/** Waits for a zone's page, then tells whether it offers Edit. */
async function offersEdit(p: Page, zoneId: string): Promise<boolean> {
  await p.goto(`${suite.url}/zones/${zoneId}`);
  await p.getByTestId("zone-name").waitFor();
  return (await p.getByTestId("zone-edit").count()) > 0;
}

describe("accounts and agency-scoped permissions in the browser", () => {
  it("an admin creates an officer of Sở Công Thương and one of Sở Xây dựng, each with a one-time password", async () => {
    const p = await suite.page();
    await openSignedIn(p, suite.url, "/users", ADMIN);
    await p.getByTestId("user-table").waitFor();
    await createOfficer(p, "sct.canbo", "Nguyễn Thị Thương", "cong thuong", "Sở Công Thương");
    await createOfficer(p, "sxd.canbo", "Trần Văn Dựng", "xay dung", "Sở Xây dựng");

    const row = (username: string) => p.locator(`tr[data-username="${username}"]`);
    await expect.poll(() => row("sct.canbo").textContent()).toContain("Sở Công Thương");
    expect(await row("sct.canbo").textContent()).toContain("Cán bộ sở, ban, ngành, xã");
    expect(await row("sct.canbo").locator('[data-state="must-change-password"]').count()).toBe(1);
    expect(await row("sxd.canbo").textContent()).toContain("Sở Xây dựng");
    await p.locator(".ant-message-notice").last().waitFor({ state: "detached", timeout: 15_000 });
    await saveScreenshot(p, "users");

    await p.getByTestId("nav-admin").hover();
    await p.getByTestId("nav-audit").click();
    await p.waitForURL(`${suite.url}/audit`);
    const created = p.locator('tr[data-action="create"][data-entity="user"]');
    await expect.poll(() => created.count()).toBe(3); // the two officers and, first of all, the admin
    const newest = await created.first().getByTestId("audit-diff").textContent();
    expect(newest).toContain("Tên đăng nhập: sxd.canbo");
    expect(newest).toContain("Cơ quan: Sở Xây dựng");
    expect(newest).toContain("Vai trò: Cán bộ sở, ban, ngành, xã");
    await p.mouse.move(640, 700); // away from the menu, so that its submenu closes
    await p.locator(".ant-menu-submenu-popup").first().waitFor({ state: "hidden" });
    await saveScreenshot(p, "audit");
  });

  it("the Sở Công Thương officer changes the one-time password, then may edit clusters (CCN) but not KCN VSIP", async () => {
    const p = await suite.page();
    const account = { username: "sct.canbo", password: handedOut.get("sct.canbo") ?? "" };
    await signInFirstTime(p, suite.url, "/zones", account, "mat-khau-moi-cua-sct");
    expect(await p.getByTestId("user-menu-name").textContent()).toBe("Nguyễn Thị Thương");
    expect(await p.getByTestId("user-menu-role").textContent()).toBe("Cán bộ sở, ban, ngành, xã · Sở Công Thương");
    expect(await p.getByTestId("nav-admin").count()).toBe(0);
    expect(await p.getByTestId("nav-follow-up").count()).toBe(1);
    await p.getByTestId("zone-link").first().waitFor();
    expect(await p.getByTestId("zone-new").count()).toBe(1);

    expect(await offersEdit(p, "ccn-hoa-son-1")).toBe(true);
    expect(await offersEdit(p, "ccn-bac-lang")).toBe(true);
    expect(await offersEdit(p, "kcn-vsip-lang-son")).toBe(false);

    // the pages of the admin are not offered, and refused when typed in
    await p.goto(`${suite.url}/users`);
    await p.getByTestId("forbidden").waitFor();
  });

  it("the Sở Xây dựng officer sees no Edit anywhere, and no accounts or audit menu", async () => {
    const p = await suite.page();
    const account = { username: "sxd.canbo", password: handedOut.get("sxd.canbo") ?? "" };
    await signInFirstTime(p, suite.url, "/zones", account, "mat-khau-moi-cua-sxd");
    expect(await p.getByTestId("user-menu-role").textContent()).toBe("Cán bộ sở, ban, ngành, xã · Sở Xây dựng");
    await p.getByTestId("zone-link").first().waitFor();
    expect(await p.getByTestId("nav-admin").count()).toBe(0);
    expect(await p.getByTestId("zone-new").count()).toBe(0);
    expect(await p.getByTestId("zone-import").count()).toBe(0);
    for (const zone of ["ccn-hoa-son-1", "kcn-vsip-lang-son", "kkt-dong-dang-lang-son"])
      expect(await offersEdit(p, zone), zone).toBe(false);

    await p.goto(`${suite.url}/map`);
    await p.getByTestId("unlocated-zones").waitFor();
    expect(await p.getByTestId("place-zone").count()).toBe(0);
  });
});
