import { addDays, obligationPeriods, obligationSchema, periodContaining, vietnamDateOf } from "@dondoc/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { seedObligations } from "../packages/server/src/seed/data/obligations";
import { type Account, createAccount } from "./support/accounts";
import { inputOf } from "./support/forms";
import { saveScreenshot } from "./support/screenshots";
import { browserSuite } from "./support/suite";

const suite = browserSuite();

/**
 * "Done when" of issue 7: a commune officer submits the month's figures for its project; the
 * consolidator (Sở Công Thương) sees them arrive on time; a reporter that did not submit shows as
 * late after the deadline. Periods are computed from the real date, as the server computes them.
 */
const MONTHLY = "bc-thang-000-don-vi";
const COMMUNE = "ubnd-xa-huu-lung"; // KCN VSIP Lạng Sơn and CCN Hồ Sơn 1 lie in xã Hữu Lũng (seed 000)
const ZONE = "kcn-vsip-lang-son";
const obligation = obligationSchema.parse(seedObligations.find((o) => o.id === MONTHLY));
const today = vietnamDateOf(new Date());
const current = periodContaining(obligation, today); // its cut-off window holds today: always before its due date
const past = obligationPeriods(obligation, addDays(today, -120), today)
  .filter((p) => p.dueDate < today)
  .at(-1);

let commune: Account;
let sct: Account;

beforeAll(async () => {
  commune = await createAccount(suite.url, { username: "xa.huulung", name: "Hoàng Văn Nam", role: "agency", agencyId: COMMUNE });
  sct = await createAccount(suite.url, { username: "sct.tonghop", name: "Nguyễn Thị Lan", role: "agency", agencyId: "so-cong-thuong" });
});

describe("periodic reports", () => {
  it("a commune officer submits the period's report with its project's land clearance figures", async () => {
    const p = await suite.signedIn("/reporting", commune);
    const row = p.locator(`tr[data-obligation="${MONTHLY}"][data-period="${current.period}"]`);
    await row.waitFor();
    await expect.poll(() => row.locator("[data-status]").getAttribute("data-status")).toBe("not-due");
    expect(await row.textContent()).toContain(current.label);

    await p.getByTestId(`submit-${MONTHLY}-${current.period}`).click();
    const modal = p.locator(".ant-modal");
    await modal.waitFor();
    await p.getByTestId("section-results").fill("Đã kiểm đếm 520 trường hợp bị ảnh hưởng; tiếp tục phê duyệt phương án bồi thường.");
    await p.getByTestId("section-difficulties").fill("Một số hộ chưa đồng thuận với đơn giá bồi thường.");
    await p.getByTestId(`project-toggle-${ZONE}`).click();
    await inputOf(p, `figure-${ZONE}-householdsCounted`).fill("520");
    const saved = p.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/submissions"));
    await p.getByTestId("submission-send").click();
    expect((await saved).status()).toBe(201);
    await modal.waitFor({ state: "detached" });
    await expect.poll(() => row.locator("[data-status]").getAttribute("data-status")).toBe("on-time");
    expect(await row.locator("[data-status]").textContent()).toBe("Đúng hạn");
    await p.locator(".ant-message-notice").waitFor({ state: "detached" });
    await saveScreenshot(p, "reporting-inbox");
  });

  it("the consolidator sees it arrive on time, and a reporter that did not submit as overdue after the deadline", async () => {
    const p = await suite.signedIn("/reporting", sct);
    // the obligation lists who is asked for the period under way, each with why
    const asked = p.getByTestId(`reporters-${MONTHLY}`);
    await asked.locator("summary").click();
    expect(await asked.locator(`li[data-agency="${COMMUNE}"]`).innerText()).toMatch(
      /^UBND xã Hữu Lũng — .*có .*KCN VSIP Lạng Sơn.* trên địa bàn$/,
    );
    expect(await asked.locator('li[data-agency="so-tu-phap"]').count()).toBe(0);
    await p.getByTestId(`period-link-${MONTHLY}-${current.period}`).click();
    await p.waitForURL((url) => url.pathname === `/reporting/${MONTHLY}/${current.period}`);
    const mine = p.locator(`tr[data-agency="${COMMUNE}"]`);
    await mine.waitFor();
    expect(await mine.getAttribute("data-status")).toBe("on-time");
    expect(await mine.locator("[data-status]").textContent()).toBe("Đúng hạn");
    expect(await mine.textContent()).toContain("Đã kiểm đếm 520 trường hợp");
    await saveScreenshot(p, "reporting-period-consolidator");

    // the last period whose deadline has passed: nobody submitted it, so every reporter is overdue
    expect(past).toBeDefined();
    await p.goto(`${suite.url}/reporting/${MONTHLY}/${past?.period}`);
    const late = p.locator(`tr[data-agency="so-nong-nghiep-va-moi-truong"]`);
    await late.waitFor();
    expect(await late.getAttribute("data-status")).toBe("overdue");
    expect(await late.locator("[data-status]").textContent()).toBe("Chưa nộp – quá hạn");
    // and the list says why it was asked: a department with an open task on a zone (000 §5, "các đơn vị liên quan")
    expect(await late.getByTestId("reporter-reason").textContent()).toMatch(/^Được yêu cầu báo cáo vì: chủ trì \d+ nhiệm vụ còn mở về /);
    expect(await p.locator(`tr[data-agency="so-tu-phap"]`).count()).toBe(0);
    expect(await p.locator(`tr[data-agency="${COMMUNE}"]`).getAttribute("data-status")).toBe("overdue");
    // as of its due date, the same period was not yet due
    await p.goto(`${suite.url}/reporting/${MONTHLY}/${past?.period}?asOf=${past?.dueDate}`);
    await expect.poll(() => p.locator(`tr[data-agency="so-nong-nghiep-va-moi-truong"]`).getAttribute("data-status")).toBe("not-due");
  });
});
