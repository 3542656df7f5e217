import type { ConfirmationQueue, TaskLine } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtp } from "../../../test/support/smtp";
import { type Client, createTestContext, signIn, type TestContext } from "../../../test/support/test-database";
import { cliActor } from "../../audit/record-audit";
import { setClock } from "../../clock";
import { loadConfig } from "../../config";
import { notifications } from "../../db/schema";
import { createApp } from "../../http/app";
import { routes } from "../../routes";
import { createUser } from "../users/create-user";

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: TestContext;
let app: ReturnType<typeof createApp>;
let office: Client;
let board: Client; // Ban Quản lý Khu KTCK
let sct: Client; // Sở Công Thương
let boardTask: number; // seed-004-t12, due 14/07/2025
let monthly: number; // seed-000-t16, November 2026

const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF");
const PASSWORD = "mat-khau-thu-nghiem";

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestContext();
  // the same database served by an app that has SMTP_URL
  app = createApp({ database: t.database, config: loadConfig({ ...t.env, SMTP_URL: smtp.url }), routes, auth: t.auth });
  const person = async (username: string, role: "agency" | "office", agencyId: string, email: string) => {
    await createUser(
      t.database.db,
      { username, name: username, role, agencyId, email, password: PASSWORD },
      {
        actor: cliActor,
        requestId: null,
        today: "2026-11-23",
      },
    );
    return signIn(app, username, PASSWORD);
  };
  office = await person("vp-hang-cho", "office", "van-phong-ubnd-tinh", "vp@langson.example");
  board = await person("bql-hang-cho", "agency", "ban-quan-ly-khu-ktck", "bql@langson.example");
  sct = await person("sct-hang-cho", "agency", "so-cong-thuong", "sct@langson.example");
  const lines = (await office.get<{ items: TaskLine[] }>("/api/tasks")).body.items;
  boardTask = lines.find((l) => l.taskId === "seed-004-t12")?.occurrenceId ?? 0;
  monthly = lines.find((l) => l.taskId === "seed-000-t16" && l.occurrence.period === "2026-11")?.occurrenceId ?? 0;
  expect(boardTask * monthly).toBeGreaterThan(0);
});
afterAll(async () => {
  await t.cleanup();
  await smtp.close();
});

async function postEvent(client: Client, occurrenceId: number, fields: Record<string, string>, files: Uint8Array[] = []) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) form.append("files", new File([Buffer.from(f)], "bao-cao.pdf"));
  const res = await client.request(`/api/occurrences/${occurrenceId}/events`, { method: "POST", body: form });
  return res.status;
}
const queue = async () => (await office.get<ConfirmationQueue>("/api/queue")).body;
type Inbox = { items: { kind: string; title: string; body: string; taskId: string | null; emailStatus: string | null }[]; unread: number };
const inbox = async (c: Client, query = "") => (await c.get<Inbox>(`/api/notifications${query}`)).body;
/** The e-mail sent after the request (without holding its answer) arrives a moment later. */
const mailTo = async (address: string, n: number) => {
  for (let i = 0; i < 100 && smtp.received.filter((m) => m.to.includes(address)).length < n; i++)
    await new Promise((r) => setTimeout(r, 50));
  return smtp.received.filter((m) => m.to.includes(address));
};

describe("the office's queue and the notices of each step", () => {
  it("is empty before anyone submits, and refused to an agency", async () => {
    expect((await queue()).counts).toEqual({ submissions: 0, extensions: 0, total: 0 });
    expect((await board.get("/api/queue")).status).toBe(403);
  });

  it("a submission with a file waits in the queue, the office is told in the app and by e-mail", async () => {
    expect(await postEvent(board, boardTask, { type: "submit", completedOn: "2026-11-24", text: "Đã trình báo cáo sơ kết." }, [pdf])).toBe(
      201,
    );
    const q = await queue();
    expect(q.counts).toEqual({ submissions: 1, extensions: 0, total: 1 });
    expect(q.submissions[0]).toMatchObject({
      taskId: "seed-004-t12",
      agencyName: expect.stringContaining("Ban Quản lý Khu kinh tế cửa khẩu"),
      since: "2026-11-25",
      waitingDays: 0,
      completedOn: "2026-11-24",
      attachments: 1,
      dueDate: "2025-07-14",
    });
    const notice = (await inbox(office)).items.find((n) => n.kind === "submitted");
    expect(notice).toMatchObject({ taskId: "seed-004-t12" });
    expect(notice?.title).toMatch(/^Chờ xác nhận: /);
    expect(notice?.body).toContain("văn bản ngày 24/11/2026");
    const [mail] = await mailTo("vp@langson.example", 1);
    expect(mail?.subject).toBe(`[Đôn Đốc] ${notice?.title}`);
    expect((await inbox(office)).items.find((n) => n.kind === "submitted")?.emailStatus).toBe("sent");
    // a refused event writes no notice
    const before = (await t.database.db.select().from(notifications).where(eq(notifications.kind, "submitted"))).length;
    expect(await postEvent(board, boardTask, { type: "submit", completedOn: "2026-11-24" })).toBe(409);
    expect((await t.database.db.select().from(notifications).where(eq(notifications.kind, "submitted"))).length).toBe(before);
  });

  it("three days later it has waited 3 days; an extension request joins the queue", async () => {
    setClock("2026-11-28T09:00:00+07:00");
    expect(await postEvent(sct, monthly, { type: "extension-request", text: "Chờ số liệu các xã", newDueDate: "2026-12-10" })).toBe(201);
    const q = await queue();
    expect(q.counts).toEqual({ submissions: 1, extensions: 1, total: 2 });
    expect(q.submissions[0]?.waitingDays).toBe(3);
    expect(q.extensions[0]).toMatchObject({ taskId: "seed-000-t16", period: "Tháng 11/2026", newDueDate: "2026-12-10", waitingDays: 0 });
    expect((await inbox(office)).items[0]).toMatchObject({ kind: "extension-requested", taskId: "seed-000-t16" });
  });

  it("confirming, deciding and returning empty the queue and tell the lead agency each time", async () => {
    expect(await postEvent(office, boardTask, { type: "confirm", text: "Đã nhận." })).toBe(201);
    const confirmed = (await inbox(board)).items.find((n) => n.kind === "confirmed");
    expect(confirmed?.title).toMatch(/^Đã xác nhận hoàn thành: /);
    expect((await mailTo("bql@langson.example", 1))[0]?.subject).toBe(`[Đôn Đốc] ${confirmed?.title}`);

    expect(await postEvent(office, monthly, { type: "extension-approve" })).toBe(201);
    const approved = (await inbox(sct)).items.find((n) => n.kind === "extension-approved");
    expect(approved?.body).toContain("đến ngày 10/12/2026");
    expect(await postEvent(sct, monthly, { type: "submit", completedOn: "2026-11-28" })).toBe(201);
    expect((await queue()).counts).toEqual({ submissions: 1, extensions: 0, total: 1 });
    expect((await queue()).submissions[0]?.dueDate).toBe("2026-12-10");
    expect(await postEvent(office, monthly, { type: "return", text: "Thiếu số liệu xã Hữu Lũng." })).toBe(201);
    const returned = (await inbox(sct)).items.find((n) => n.kind === "returned");
    expect(returned?.body).toContain("Lý do: Thiếu số liệu xã Hữu Lũng.");
    expect((await queue()).counts).toEqual({ submissions: 0, extensions: 0, total: 0 });
    // progress reports tell nobody; the office hears nothing of its own decisions
    expect((await inbox(office)).items.map((n) => n.kind).sort()).toEqual(["extension-requested", "submitted", "submitted"]);
  });

  it("marks all read, for the agency's people only; without SMTP a notice says it was not e-mailed", async () => {
    expect((await inbox(sct)).unread).toBeGreaterThan(1);
    expect((await sct.send<{ read: number }>("POST", "/api/notifications/read-all", {})).body.read).toBeGreaterThan(1);
    expect((await inbox(sct)).unread).toBe(0);
    expect((await inbox(office)).unread).toBe(3);
    expect((await inbox(sct, "?unread=1")).items).toEqual([]);

    // the test context's own app has no SMTP_URL: the office's notice says it was not e-mailed
    const withoutSmtp = await signIn(t.app, "sct-hang-cho", PASSWORD);
    expect(await postEvent(withoutSmtp, monthly, { type: "submit", completedOn: "2026-11-29" })).toBe(201);
    let status: string | null | undefined = "pending";
    for (let i = 0; i < 100 && status === "pending"; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await inbox(office)).items[0]?.emailStatus;
    }
    expect((await inbox(office)).items[0]).toMatchObject({ kind: "submitted", emailStatus: "no-smtp" });
  });

  it("a notice the mail server could not take says it failed", async () => {
    // nothing listens on port 1: the connection is refused
    const broken = createApp({
      database: t.database,
      config: loadConfig({ ...t.env, SMTP_URL: "smtp://127.0.0.1:1" }),
      routes,
      auth: t.auth,
    });
    const officer = await signIn(broken, "sct-hang-cho", PASSWORD);
    expect(await postEvent(officer, monthly, { type: "extension-request", text: "Chờ số liệu", newDueDate: "2026-12-20" })).toBe(201);
    let status: string | null | undefined = "pending";
    for (let i = 0; i < 200 && status === "pending"; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await inbox(office)).items[0]?.emailStatus;
    }
    expect((await inbox(office)).items[0]).toMatchObject({ kind: "extension-requested", emailStatus: "failed" });
  });
});
