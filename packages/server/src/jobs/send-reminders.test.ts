import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtp } from "../../test/support/smtp";
import { createTestContext, signIn, type TestContext } from "../../test/support/test-database";
import { cliActor } from "../audit/record-audit";
import { setClock } from "../clock";
import { loadConfig } from "../config";
import { notifications } from "../db/schema";
import { createUser } from "../features/users/create-user";
import { createMailer } from "../mail/mailer";
import { sendDigests } from "./send-digests";
import { sendReminders } from "./send-reminders";

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: TestContext;
const PUBLIC = "https://dondoc.langson.example";
const person = (username: string, name: string, role: "agency" | "office", agencyId: string, email: string) =>
  createUser(
    t.database.db,
    { username, name, role, agencyId, email, password: "mat-khau-thu-nghiem" },
    { actor: cliActor, requestId: null, today: "2026-11-16" },
  );
beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestContext();
  await person("sct-nhac-viec", "Chuyên viên SCT", "agency", "so-cong-thuong", "sct@langson.example");
  await person("sct-nhac-viec-2", "Chuyên viên SCT 2", "agency", "so-cong-thuong", "sct2@langson.example");
  await person("vp-nhac-viec", "Chuyên viên VP", "office", "van-phong-ubnd-tinh", "vp@langson.example");
});
afterAll(async () => {
  await t.cleanup();
  await smtp.close();
});

const config = () => loadConfig({ ...t.env, SMTP_URL: smtp.url, DIGEST_HOUR: "7" });
const mailer = () => createMailer(config().mail);
const to = (address: string) => smtp.received.filter((m) => m.to.includes(address));
const sctRows = async () => t.database.db.select().from(notifications).where(eq(notifications.agencyId, "so-cong-thuong"));

describe("reminders: in the app at once, by e-mail in one daily digest per person", () => {
  it("creates the day's reminders without e-mailing any of them, each once even when run again or twice at once", async () => {
    setClock("2026-11-16T06:00:00+07:00");
    const run = () => sendReminders(t.database.db, "2026-11-16", config().reminders, mailer());
    const first = await run();
    expect(first.created).toBeGreaterThan(5);
    const [again, a, b] = [await run(), ...(await Promise.all([run(), run()]))];
    expect([again.created, a?.created, b?.created]).toEqual([0, 0, 0]);
    expect(smtp.received).toHaveLength(0);
    const rows = await sctRows();
    expect(rows.some((r) => r.kind === "due-soon" && r.title === "Sắp đến hạn: Nhiệm vụ chung")).toBe(true);
    expect(rows.every((r) => r.emailStatus === "pending")).toBe(true);
    // an agency nobody can be e-mailed at says so
    const board = await t.database.db.select().from(notifications).where(eq(notifications.agencyId, "ban-quan-ly-khu-ktck"));
    expect(board.length).toBeGreaterThan(0);
    expect(new Set(board.map((r) => r.emailStatus))).toEqual(new Set(["no-address"]));
  });

  it("sends nothing before 07:00 Vietnam time, then ONE digest to each person, even with two instances running the job", async () => {
    const at = (iso: string) => sendDigests(t.database.db, new Date(iso), 7, mailer(), PUBLIC);
    expect(await at("2026-11-16T06:59:00+07:00")).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
    setClock("2026-11-16T07:05:00+07:00");
    const [one, two] = await Promise.all([at("2026-11-16T07:05:00+07:00"), at("2026-11-16T07:05:00+07:00")]);
    expect((one?.sent ?? 0) + (two?.sent ?? 0)).toBe(3);
    expect(await at("2026-11-16T09:00:00+07:00")).toEqual({ sent: 0, failed: 0 });
    expect([to("sct@langson.example").length, to("sct2@langson.example").length, to("vp@langson.example").length]).toEqual([1, 1, 1]);
    expect(smtp.received.every((m) => m.to.length === 1)).toBe(true);

    const digest = to("sct@langson.example")[0];
    const rows = await sctRows();
    expect(digest?.subject).toMatch(/^\[Đôn Đốc\] Nhắc việc ngày 16\/11\/2026: \d+ nhiệm vụ/);
    // every reminder of the agency is in it once, under its task's short title
    expect(digest?.text.match(/^ {3}- /gm)?.length).toBe(rows.length);
    const groups = digest?.text.match(/^\d+\. /gm)?.length ?? 0;
    expect(groups).toBeLessThan(rows.length); // the monthly report's overdue months under one title
    expect(digest?.text).toContain("Nhiệm vụ chung · hạn ");
    expect(digest?.text).toContain("đến hạn ngày 19/11/2026, còn 3 ngày. Chủ trì: Sở Công Thương.");
    expect(digest?.text).toContain(`${PUBLIC}/tasks/seed-000-t16`);
    expect(to("vp@langson.example")[0]?.text).toMatch(/Quá hạn \d+ ngày: /);
    expect(new Set((await sctRows()).map((r) => r.emailStatus))).toEqual(new Set(["sent"]));
  });

  it("a later day's digest holds only what came since, even created after the hour: nothing is e-mailed twice", async () => {
    // the server was started at 8:00 that day
    setClock("2026-11-19T08:00:00+07:00");
    const before = (await sctRows()).length;
    await sendReminders(t.database.db, "2026-11-19", config().reminders, mailer());
    const fresh = (await sctRows()).length - before;
    expect(fresh).toBeGreaterThan(0); // the monthly report is due today
    const count = smtp.received.length;
    await sendDigests(t.database.db, new Date("2026-11-19T08:05:00+07:00"), 7, mailer(), PUBLIC);
    const next = to("sct@langson.example").slice(1);
    expect(next).toHaveLength(1);
    expect(next[0]?.subject).toMatch(/^\[Đôn Đốc\] Nhắc việc ngày 19\/11\/2026/);
    expect(next[0]?.text.match(/^ {3}- /gm)?.length).toBe(fresh);
    expect(next[0]?.text).not.toContain("còn 3 ngày");
    // at most one message per person that day
    const recipients = smtp.received.slice(count).flatMap((m) => m.to);
    expect(recipients.length).toBe(new Set(recipients).size);
  });

  it("shows the reminders in the app, to the agency's own users only, with whether they were e-mailed", async () => {
    const sct = await signIn(t.app, "sct-nhac-viec", "mat-khau-thu-nghiem");
    const inbox = await sct.get<{ items: { kind: string; taskId: string; emailStatus: string }[]; unread: number; total: number }>(
      "/api/notifications?category=reminders",
    );
    expect(inbox.body.items.some((n) => n.kind === "due-soon" && n.taskId === "seed-000-t16")).toBe(true);
    expect(inbox.body.items.every((n) => n.kind !== "escalation")).toBe(true);
    expect(inbox.body.items.every((n) => n.emailStatus === "sent")).toBe(true);
    expect(inbox.body.unread).toBe(inbox.body.total);
  });
});
