import { periodContaining } from "@dondoc/domain";
import { and, eq, like, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, TEST_NOW, type TestContext } from "../../../test/support/test-database";
import { auditLog, landClearanceEntries, notifications, reportObligations, reportSubmissions, zoneUnits } from "../../db/schema";
import { sendReminders } from "../../jobs/send-reminders";
import { loadObligations } from "../../seed/load-obligations";
import { loadPeriodSubmissions, type PeriodSubmissions } from "./load-period-submissions";
import { readObligation } from "./obligations";

const MONTHLY = "bc-thang-000-don-vi";
let t: TestContext;
let communeId: string; // a commune committee on whose land KCN VSIP Lạng Sơn lies
let unitId: string;
const today = TEST_NOW.slice(0, 10); // 2026-11-25: the tests' clock, whatever the real date

beforeAll(async () => {
  t = await createTestContext();
  const [u] = await t.database.db.select().from(zoneUnits).where(eq(zoneUnits.zoneId, "kcn-vsip-lang-son")).orderBy(zoneUnits.unitId);
  unitId = u?.unitId ?? "";
  communeId = `ubnd-${unitId}`;
});
afterAll(() => t.cleanup());

/** A submission recorded on a given day, as if entered then. */
async function submittedOn(obligationId: string, period: string, agencyId: string, day: string, results = "Đã báo cáo") {
  await t.database.db.insert(reportSubmissions).values({
    obligationId,
    period,
    reporterAgencyId: agencyId,
    submittedOn: day,
    sections: { results },
    submittedBy: "thử nghiệm",
    submittedAt: new Date(`${day}T09:00:00+07:00`),
  });
}
const statusOf = (view: PeriodSubmissions, agencyId: string) => view.reporters.find((r) => r.agencyId === agencyId)?.status;
const counts = async () => {
  const [s] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(reportSubmissions);
  const [e] = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(landClearanceEntries);
  return { submissions: s?.n, entries: e?.n };
};

describe("seeded obligations", () => {
  it("loads the monthly, yearly and half-yearly obligations once, with source and passage", async () => {
    const list = await (await t.as("office", "van-phong-ubnd-tinh")).get<{
      items: { id: string; sourcePassage: string; deadlineText: string }[];
    }>("/api/obligations");
    expect(list.status).toBe(200);
    expect(list.body.items.map((o) => o.id).sort()).toEqual([
      "bc-6thang-tt14-chu-dau-tu",
      "bc-6thang-tt14-sct-bo",
      "bc-6thang-tt14-sct-ubnd",
      "bc-6thang-tt14-xa",
      "bc-nam-003-don-vi",
      "bc-thang-000-don-vi",
    ]);
    expect(list.body.items.every((o) => o.sourcePassage.length > 20)).toBe(true);
    expect(list.body.items.find((o) => o.id === "bc-nam-003-don-vi")?.deadlineText).toMatch(/30\/11/);
    // Circular 14/2024: the half-yearly reports are due before 20/6 and 20/12, not "hằng tháng"
    expect(list.body.items.find((o) => o.id === "bc-6thang-tt14-chu-dau-tu")?.deadlineText).toBe("Trước ngày 20/6 và 20/12 hằng năm");
    expect((await readObligation(t.database.db, MONTHLY)).deadline.inferred).toMatch(/suy ra/);
    expect(await loadObligations(t.database.db)).toEqual({ obligationsInserted: 0 });
  });

  it("a database seeded before reporters were worded gets the seed's reporters from migration 0012", async () => {
    const { readFileSync } = await import("node:fs");
    const { seedObligations } = await import("../../seed/data/obligations");
    const file = new URL("../../db/migrations/0012_reporters_as_worded.sql", import.meta.url);
    const statements = readFileSync(file, "utf8").split("--> statement-breakpoint");
    const old: Record<string, unknown> = {
      [MONTHLY]: { kind: "groups", groups: ["departments", "communes-with-project", "infrastructure-investors"], agencyIds: [] },
      "bc-nam-003-don-vi": { kind: "groups", groups: ["departments", "communes-with-cluster"], agencyIds: [] },
      "bc-6thang-tt14-chu-dau-tu": { kind: "group", group: "cluster-investors" },
      "bc-6thang-tt14-xa": { kind: "group", group: "communes-with-cluster" },
    };
    const db = t.database.db;
    const current = await Promise.all(Object.keys(old).map((id) => readObligation(db, id)));
    for (const [id, reporter] of Object.entries(old))
      await db.update(reportObligations).set({ reporter }).where(eq(reportObligations.id, id));
    for (const statement of statements) await db.execute(sql.raw(statement));
    for (const o of current) {
      const seeded = seedObligations.find((x) => x.id === o.id)?.reporter;
      expect((await readObligation(db, o.id)).reporter, o.id).toEqual(seeded);
      expect(o.reporter).toEqual(seeded);
    }
    // an obligation edited since is left as it is
    const edited = { kind: "agency", agencyIds: ["so-cong-thuong"] };
    await db.update(reportObligations).set({ reporter: edited }).where(eq(reportObligations.id, MONTHLY));
    for (const statement of statements) await db.execute(sql.raw(statement));
    expect((await readObligation(db, MONTHLY)).reporter).toMatchObject(edited);
    await db.update(reportObligations).set({ reporter: current[0]?.reporter }).where(eq(reportObligations.id, MONTHLY));
  });

  it("documents the routes in the OpenAPI document", async () => {
    const doc = await t.anonymous.get<{ paths: Record<string, unknown> }>("/api/openapi.json");
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(["/api/obligations", "/api/reporting/inbox"]));
  });
});

describe("who must report", () => {
  it("asks those concerned (open tasks on a zone, communes where a zone lies, investors), each with why; never the recipient", async () => {
    const view = await loadPeriodSubmissions(t.database.db, MONTHLY, "2026-11", "2026-11-10");
    const reason = new Map(view.reporters.map((r) => [r.agencyId, r.reason]));
    expect(reason.get(communeId)).toMatch(/có .*KCN VSIP Lạng Sơn.* trên địa bàn/);
    expect(reason.get("so-nong-nghiep-va-moi-truong")).toMatch(/^chủ trì \d+ nhiệm vụ còn mở về .*KCN VSIP Lạng Sơn/);
    expect(reason.get("cty-vsip-lang-son")).toMatch(/chủ đầu tư hạ tầng KCN VSIP Lạng Sơn/);
    expect(view.reporters.filter((r) => !r.expected || !r.reason)).toEqual([]);
    // departments with no task on a zone are not asked (000 §5: "các đơn vị liên quan")
    for (const id of ["so-tu-phap", "so-giao-duc-va-dao-tao", "so-van-hoa-the-thao-va-du-lich", "so-ngoai-vu", "so-khoa-hoc-va-cong-nghe"])
      expect(reason.has(id)).toBe(false);
    // nor the communes given to the border economic zone by guess (LEGAL-NOTES §7.2), nor persons, nor the recipient
    const kktOnly = (await t.database.db.select({ unitId: zoneUnits.unitId, zoneId: zoneUnits.zoneId }).from(zoneUnits)).filter(
      (u, _, all) => u.zoneId === "kkt-dong-dang-lang-son" && all.every((v) => v.unitId !== u.unitId || v.zoneId === u.zoneId),
    );
    expect(kktOnly.length).toBeGreaterThan(0);
    for (const u of kktOnly) expect(reason.has(`ubnd-${u.unitId}`)).toBe(false);
    expect(reason.has("doan-thanh-son")).toBe(false);
    expect(reason.has("ubnd-tinh")).toBe(false);
    expect(reason.has("so-cong-thuong")).toBe(false);
    expect(reason.has("so-ke-hoach-va-dau-tu")).toBe(false); // merged before 2026
    expect(view.period).toMatchObject({ label: "tháng 11/2026", cutoff: { from: "2026-10-15", to: "2026-11-14" }, dueDate: "2026-11-17" });
    const yearly = await loadPeriodSubmissions(t.database.db, "bc-nam-003-don-vi", "2026", "2026-11-10");
    // "trước ngày 30/11" is Sunday 29/11/2026: due Monday 30/11 (BLDS 2015 điều 148), and says so
    expect(yearly.period).toMatchObject({ dueDate: "2026-11-30", dueDateMovedFrom: "2026-11-29" });
    // 003 does not ask the investors as such: a company is asked only for an open task it has on a cluster
    const companies = yearly.reporters.filter((r) => r.agencyId.startsWith("cty-"));
    expect(companies.every((r) => /^(chủ trì|phối hợp) \d+ nhiệm vụ còn mở về CCN/.test(r.reason ?? ""))).toBe(true);
    const sct = await loadPeriodSubmissions(t.database.db, "bc-6thang-tt14-sct-bo", "2026-H2", "2026-11-10");
    expect(sct.obligation.recipientName).toBe("Bộ Công Thương");
    expect(sct.reporters.map((r) => r.agencyId)).toEqual(["so-cong-thuong"]);
  });
});

describe("the monthly report's list of those who have not reported", () => {
  it("names each body with why it was asked, and no department that was not", async () => {
    const mammoth = (await import("mammoth")).default;
    const res = await (await t.as("office", "van-phong-ubnd-tinh")).request("/api/reports/monthly?period=2026-11&format=docx");
    expect(res.status).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) })).value.replace(/\s+/g, " ");
    const section = text.slice(text.indexOf("TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ"), text.indexOf("KHÓ KHĂN, VƯỚNG MẮC"));
    const lists = [...section.matchAll(/- (Chưa đến hạn|Chưa nộp – quá hạn) \((\d+)\): ([^-]+?)(?= - |$)/g)];
    expect(lists.length).toBeGreaterThan(0);
    for (const [, , n, names] of lists) {
      // "A (reason); B (reason)": every body with its reason in brackets
      const bodies = (names ?? "").trim().split(/\); /);
      expect(bodies).toHaveLength(Number(n));
      for (const b of bodies) expect(b).toMatch(/^[^()]+ \((chủ trì|phối hợp|có |chủ đầu tư hạ tầng)/);
    }
    expect(section).toMatch(/Sở Nông nghiệp và Môi trường \(chủ trì \d+ nhiệm vụ còn mở về /);
    for (const name of [
      "Sở Tư pháp",
      "Sở Giáo dục và Đào tạo",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Ngoại vụ",
      "Sở Khoa học và Công nghệ",
    ])
      expect(section).not.toContain(name);
  });
});

describe("on time, late, missing, as of dates", () => {
  it("judges each reporter by its first submission, and ignores submissions after asOf", async () => {
    await submittedOn(MONTHLY, "2026-11", "so-nong-nghiep-va-moi-truong", "2026-11-16");
    await submittedOn(MONTHLY, "2026-11", "trung-tam-phat-trien-quy-dat", "2026-11-20");
    await submittedOn(MONTHLY, "2026-11", "trung-tam-phat-trien-quy-dat", "2026-11-21", "Bản thay thế");
    const before = await loadPeriodSubmissions(t.database.db, MONTHLY, "2026-11", "2026-11-16");
    expect(statusOf(before, "so-nong-nghiep-va-moi-truong")).toBe("on-time");
    expect(statusOf(before, "trung-tam-phat-trien-quy-dat")).toBe("not-due");
    expect(statusOf(before, communeId)).toBe("not-due");
    const atDue = await loadPeriodSubmissions(t.database.db, MONTHLY, "2026-11", "2026-11-18");
    expect(statusOf(atDue, "trung-tam-phat-trien-quy-dat")).toBe("overdue");
    expect(statusOf(atDue, communeId)).toBe("overdue");
    const after = await loadPeriodSubmissions(t.database.db, MONTHLY, "2026-11", "2026-11-22");
    const taiChinh = after.reporters.find((r) => r.agencyId === "trung-tam-phat-trien-quy-dat");
    expect(taiChinh).toMatchObject({
      status: "late",
      submittedOn: "2026-11-20",
      submissionCount: 2,
      sections: { results: "Bản thay thế" },
    });
    expect(statusOf(after, "so-nong-nghiep-va-moi-truong")).toBe("on-time");
    expect(statusOf(after, communeId)).toBe("overdue");
    expect(after.counts["on-time"]).toBe(1);
    expect(after.counts.late).toBe(1);
    // reproducible: the view as of 20/11 still shows the first text
    const on20 = await loadPeriodSubmissions(t.database.db, MONTHLY, "2026-11", "2026-11-20");
    expect(on20.reporters.find((r) => r.agencyId === "trung-tam-phat-trien-quy-dat")?.sections).toEqual({ results: "Đã báo cáo" });
  });

  it("answers 404 for a period that does not exist", async () => {
    const sct = await t.as("agency", "so-cong-thuong");
    expect((await sct.get(`/api/obligations/${MONTHLY}/periods/2026-Q4`)).status).toBe(404);
    expect((await sct.get(`/api/obligations/${MONTHLY}/periods/2025-01`)).status).toBe(404); // before it started
    expect((await sct.get(`/api/obligations/${MONTHLY}/periods/2026-11`)).status).toBe(200);
  });
});

describe("submitting", () => {
  const current = () =>
    periodContaining(
      { frequency: "month", cutoff: { kind: "decree-09-2019", monthsEarlier: 0 }, deadline: { kind: "working-days-after", value: "2" } },
      today,
    ).period;

  it("is for the reporter's own agency only; the consolidator view is for the recipient and the office", async () => {
    const police = await t.as("agency", "cong-an-tinh");
    const res = await police.send("POST", `/api/obligations/${MONTHLY}/periods/${current()}/submissions`, { sections: { results: "x" } });
    expect(res.status).toBe(403);
    const commune = await t.as("agency", communeId);
    expect((await commune.get(`/api/obligations/${MONTHLY}/periods/2026-11`)).status).toBe(404);
    expect((await (await t.as("office", "van-phong-ubnd-tinh")).get(`/api/obligations/${MONTHLY}/periods/2026-11`)).status).toBe(200);
    expect((await (await t.as("leader")).get(`/api/obligations/${MONTHLY}/periods/2026-11`)).status).toBe(200);
  });

  it("refuses sections the obligation does not ask, and writes nothing", async () => {
    const commune = await t.as("agency", communeId);
    const before = await counts();
    const res = await commune.send<{ error: { details: { path: string }[] } }>(
      "POST",
      `/api/obligations/${MONTHLY}/periods/${current()}/submissions`,
      {
        sections: { results: "", opinion: "x" },
      },
    );
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain("sections.opinion");
    expect(await counts()).toEqual(before);
  });

  it("a bad land clearance figure writes neither the submission nor any entry", async () => {
    const commune = await t.as("agency", communeId);
    const before = await counts();
    const auditBefore = (await t.database.db.select().from(auditLog).where(eq(auditLog.entity, "report-submission"))).length;
    const res = await commune.send("POST", `/api/obligations/${MONTHLY}/periods/${current()}/submissions`, {
      sections: { results: "Đã kiểm đếm thêm 30 hộ" },
      landClearance: [
        { zoneId: "kcn-vsip-lang-son", unitId, reportedOn: today, householdsCounted: 520 },
        { zoneId: "kcn-vsip-lang-son", unitId, reportedOn: today, areaRecoveredHa: 10, areaHandedOverHa: 12 },
      ],
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain("landClearance.1.areaHandedOverHa");
    expect(JSON.stringify(res.body)).toContain("Diện tích bàn giao không thể lớn hơn diện tích đã thu hồi");
    expect(await counts()).toEqual(before);
    expect((await t.database.db.select().from(auditLog).where(eq(auditLog.entity, "report-submission"))).length).toBe(auditBefore);
    // another commune's land is refused by the ledger's own rule
    const other = await commune.send("POST", `/api/obligations/${MONTHLY}/periods/${current()}/submissions`, {
      sections: { results: "x" },
      landClearance: [{ zoneId: "ccn-hoa-son-1", unitId: "khong-co-xa", reportedOn: today, householdsCounted: 1 }],
    });
    expect(other.status).toBe(422);
    expect(await counts()).toEqual(before);
  });

  it("a commune officer submits the period's figures; the consolidator sees them on time", async () => {
    const commune = await t.as("agency", communeId);
    const inbox = await commune.get<{
      items: { obligationId: string; period: string; status: string }[];
      projects: { zoneId: string; unitId: string }[];
    }>("/api/reporting/inbox");
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.find((i) => i.obligationId === MONTHLY && i.period === current())?.status).toBe("not-due");
    // November's figures (15/10–14/11) were due on 17/11; nothing was sent by 25/11
    expect(inbox.body.items.find((i) => i.obligationId === MONTHLY && i.period === "2026-11")?.status).toBe("overdue");
    expect(inbox.body.projects).toContainEqual(expect.objectContaining({ zoneId: "kcn-vsip-lang-son", unitId }));

    const res = await commune.send<{ submissionId: number; landClearanceEntryIds: number[] }>(
      "POST",
      `/api/obligations/${MONTHLY}/periods/${current()}/submissions`,
      {
        sections: { results: "Đã kiểm đếm 520 hộ", difficulties: "Một số hộ chưa đồng thuận", proposals: "" },
        landClearance: [{ zoneId: "kcn-vsip-lang-son", unitId, reportedOn: today, householdsCounted: 520, areaRecoveredHa: 60 }],
      },
    );
    expect(res.status).toBe(201);
    expect(res.body.landClearanceEntryIds).toHaveLength(1);
    const [entry] = await t.database.db
      .select()
      .from(landClearanceEntries)
      .where(eq(landClearanceEntries.id, res.body.landClearanceEntryIds[0] ?? 0));
    expect(entry).toMatchObject({ zoneId: "kcn-vsip-lang-son", unitId, householdsCounted: 520 });
    expect(
      (
        await t.database.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entity, "report-submission"), eq(auditLog.action, "submit")))
      ).length,
    ).toBe(1);

    const sct = await t.as("agency", "so-cong-thuong");
    const view = await sct.get<PeriodSubmissions>(`/api/obligations/${MONTHLY}/periods/${current()}`);
    const mine = view.body.reporters.find((r) => r.agencyId === communeId);
    expect(mine).toMatchObject({
      status: "on-time",
      submittedOn: today,
      sections: { results: "Đã kiểm đếm 520 hộ", difficulties: "Một số hộ chưa đồng thuận" },
      figureRefs: { "land-clearance": res.body.landClearanceEntryIds },
    });
    // the documents helper's loader, as of yesterday, does not see it yet
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const past = await loadPeriodSubmissions(t.database.db, MONTHLY, current(), yesterday);
    expect(past.reporters.find((r) => r.agencyId === communeId)?.status).toBe("not-due");
  });
});

describe("scorecards and reminders", () => {
  it("counts each period in the agency scorecard: a commune that never submits shows overdue items", async () => {
    const office = await t.as("office", "van-phong-ubnd-tinh");
    const res = await office.get<{
      items: { agency: string; tasks: { overdue: number }; reports: { overdue: number; doneOnTime: number; total: number } }[];
    }>("/api/scorecards?from=2026-06-01&to=2026-10-31&asOf=2026-11-22");
    expect(res.status).toBe(200);
    const commune = res.body.items.find((c) => c.agency === communeId);
    // June to October 2026: five monthly periods and the first half-year of Circular 14 (the commune has a cluster), none submitted
    expect(commune?.reports).toMatchObject({ total: 6, overdue: 6, doneOnTime: 0 });
    const nn = (
      await office.get<{ items: { agency: string; reports: { doneOnTime: number } }[] }>(
        "/api/scorecards?from=2026-11-01&to=2026-11-30&asOf=2026-11-22",
      )
    ).body.items.find((c) => c.agency === "so-nong-nghiep-va-moi-truong");
    expect(nn?.reports.doneOnTime).toBe(1);
  });

  it("reminds reporters that have not submitted, once", async () => {
    const settings = {
      intervalSeconds: 60,
      daysBefore: 3,
      escalateAfterDays: 7,
      asapFollowUpDays: 15,
      officeAgencyId: "van-phong-ubnd-tinh",
    };
    const reportKeys = async () =>
      (await t.database.db.select().from(notifications).where(like(notifications.key, "report:%"))).map((n) => n.key);
    await sendReminders(t.database.db, "2026-11-17", settings, null);
    const keys = await reportKeys();
    expect(keys).toContain(`report:${MONTHLY}:2026-11:due-today:${communeId}`);
    expect(keys).not.toContain(`report:${MONTHLY}:2026-11:due-today:so-nong-nghiep-va-moi-truong`); // submitted on 16/11
    const second = await sendReminders(t.database.db, "2026-11-17", settings, null);
    expect(second.created).toBe(0);
    expect(await reportKeys()).toHaveLength(keys.length);
    await sendReminders(t.database.db, "2026-11-18", settings, null);
    expect(await reportKeys()).toContain(`report:${MONTHLY}:2026-11:overdue:${communeId}`);
    const inApp = await (await t.as("agency", communeId)).get<{ items: { title: string; link: string | null; taskId: string | null }[] }>(
      "/api/notifications",
    );
    expect(inApp.body.items).toContainEqual(
      expect.objectContaining({ title: "Báo cáo định kỳ quá hạn: tháng 11/2026", link: `/reporting/${MONTHLY}/2026-11`, taskId: null }),
    );
  });
});
