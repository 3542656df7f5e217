import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { type Account, apiSession, createAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { settle } from "./support/browser";
import { ADMIN } from "./support/server";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1366, height: 900 };

interface Role {
  name: string;
  account: Account;
  paths: string[];
}
const roles: Role[] = [];

beforeAll(async () => {
  const admin = await apiSession(suite.url, ADMIN);
  const tasks = await admin.get<{ items: { taskId: string; document: { id: string }; meetingId: string | null }[] }>("/api/tasks");
  const task = tasks.items.find((t) => t.meetingId) ?? tasks.items[0];
  if (!task) throw new Error("không có nhiệm vụ nào trong dữ liệu mẫu");
  const zone = "ccn-hoa-son-1";
  const registry = ["/zones", `/zones/${zone}`, "/map", "/units", "/account/password"];
  const followUp = [
    "/tasks",
    `/tasks/${encodeURIComponent(task.taskId)}`,
    "/calendar",
    "/scorecards",
    "/reporting",
    "/notifications",
    `/documents/${task.document.id}`,
  ];
  const meeting = task.meetingId ? [`/meetings/${task.meetingId}`] : [];
  const account = (username: string, name: string, role: string, agencyId: string | null) =>
    createAccount(suite.url, { username, name, role, agencyId });
  const agency = await account("bql.dienthoai", "Lê Văn Bình", "agency", "ban-quan-ly-khu-ktck");
  const mine = await (await apiSession(suite.url, agency)).get<{ items: { taskId: string }[] }>("/api/tasks");
  const own = mine.items[0];
  if (!own) throw new Error("Ban Quản lý Khu KTCK không có nhiệm vụ nào");
  roles.push(
    {
      name: "admin",
      account: ADMIN,
      paths: [...registry, `/zones/${zone}/edit`, "/zones/new", "/users", "/audit", "/queue", "/notifications"],
    },
    {
      name: "office",
      account: await account("vp.dienthoai", "Phạm Thu Hà", "office", "van-phong-ubnd-tinh"),
      paths: [...registry, ...followUp, ...meeting, "/queue", "/board", "/reader", "/dashboard", "/reports"],
    },
    {
      name: "agency",
      account: agency,
      // its own task: another agency's is not found
      paths: [...registry, ...followUp.filter((p) => !p.startsWith("/tasks/")), `/tasks/${encodeURIComponent(own.taskId)}`, "/enquiries"],
    },
    {
      name: "leader",
      account: await account("ld.dienthoai", "Hoàng Văn Minh", "leader", null),
      paths: [...registry, ...followUp, ...meeting, "/board", "/dashboard", "/reports"],
    },
    {
      name: "investor",
      account: await account("cdt.dienthoai", "Nguyễn Văn Đầu", "investor", "ld-tan-dai-nam"),
      paths: [...registry, "/tasks", "/calendar", "/scorecards", "/notifications"],
    },
  );
});

/** The widest element sticking out of the viewport, to say which one overflows. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.scrollWidth;
    let culprit = "";
    if (width > window.innerWidth) {
      for (const el of Array.from(document.querySelectorAll("body *"))) {
        const r = el.getBoundingClientRect();
        // the element whose right edge makes the page's width
        if (Math.abs(r.right + window.scrollX - width) < 2 && r.width > 0) {
          const parent = el.parentElement;
          culprit = `${el.tagName.toLowerCase()}.${String(el.getAttribute("class") ?? "").slice(0, 60)} in ${parent?.tagName.toLowerCase()}.${String(parent?.getAttribute("class") ?? "").slice(0, 60)} → ${Math.round(r.right)}`;
          break;
        }
      }
    }
    return { width, inner: window.innerWidth, culprit };
  });
}

/** Every signed-in route of the role at `size`: nothing wider than the screen, the menu reachable, no serious axe finding. */
async function visitAll(role: Role, size: { width: number; height: number }) {
  const page = await suite.signedIn("/zones", role.account);
  await page.setViewportSize(size);
  const problems: string[] = [];
  for (const path of role.paths) {
    await page.goto(`${suite.url}${path}`);
    await settle(page);
    const o = await overflow(page);
    if (o.width > o.inner) problems.push(`${path}: scrollWidth ${o.width} > ${o.inner} (${o.culprit})`);
    const findings = await seriousViolations(page);
    for (const f of findings) problems.push(`${path}: axe ${f.id} ${f.targets.join(", ")}`);
    if (size.width < 992) {
      // below the desktop breakpoint the menu is a button that opens a drawer
      const button = page.getByTestId("menu-button");
      if (!(await button.isVisible())) {
        problems.push(`${path}: no menu button`);
        continue;
      }
      await button.click();
      await page.getByTestId("nav-drawer").waitFor();
      if (!(await page.getByTestId("nav-drawer").getByTestId("nav-zones").isVisible())) problems.push(`${path}: the drawer has no menu`);
      await page.keyboard.press("Escape");
      await page.getByTestId("nav-drawer").waitFor({ state: "hidden" });
    } else if (!(await page.getByTestId("main-menu").isVisible())) problems.push(`${path}: no menu`);
  }
  return { page, problems };
}

describe("every signed-in page on a phone and on a desk", () => {
  for (const name of ["admin", "office", "agency", "leader", "investor"]) {
    it(`${name} at 390×844 and 1366×900`, async () => {
      const role = roles.find((r) => r.name === name);
      if (!role) throw new Error(name);
      const phone = await visitAll(role, PHONE);
      expect(phone.problems).toEqual([]);
      const desk = await visitAll(role, DESK);
      expect(desk.problems).toEqual([]);
    }, 300_000);
  }
});
