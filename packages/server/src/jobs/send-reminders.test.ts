import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../test/support/test-database";
import { cliActor } from "../audit/record-audit";
import { loadConfig } from "../config";
import { createUser } from "../features/users/create-user";
import { createMailer } from "../mail/mailer";
import { sendReminders } from "./send-reminders";

/** A real SMTP server (npm smtp-server) on a loopback port, keeping every message it receives. */
const received: { to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let raw = "";
    stream.on("data", (c: Buffer) => {
      raw += c.toString("utf8");
    });
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
      callback();
    });
  },
});
let t: TestContext;
let smtpUrl: string;
beforeAll(async () => {
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  t = await createTestContext();
  await createUser(
    t.database.db,
    {
      username: "sct-nhac-viec",
      name: "Chuyên viên SCT",
      role: "agency",
      agencyId: "so-cong-thuong",
      email: "sct@langson.example",
      password: "mat-khau-thu-nghiem",
    },
    { actor: cliActor, requestId: null, today: "2026-11-16" },
  );
  await createUser(
    t.database.db,
    {
      username: "vp-nhac-viec",
      name: "Chuyên viên VP",
      role: "office",
      agencyId: "van-phong-ubnd-tinh",
      email: "vp@langson.example",
      password: "mat-khau-thu-nghiem",
    },
    { actor: cliActor, requestId: null, today: "2026-11-16" },
  );
});
afterAll(async () => {
  await t.cleanup();
  await new Promise<void>((r) => smtp.close(() => r()));
});

/** Decodes the quoted-printable or base64 text body nodemailer wrote. */
function textOf(raw: string): string {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return Buffer.from(
    body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    "latin1",
  ).toString("utf8");
}
const subjectOf = (raw: string) => {
  const m = raw.match(/^Subject: (.*(?:\r?\n[ \t].*)*)/m);
  return (m?.[1] ?? "").replace(/\r?\n[ \t]/g, "").replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
};

describe("reminders", () => {
  it("e-mails Sở Công Thương 3 days before the monthly report is due, in Vietnamese, and only once", async () => {
    const config = loadConfig({ ...t.env, SMTP_URL: smtpUrl });
    const run = () =>
      sendReminders(t.database.db, "2026-11-16", config.reminders, createMailer(config.mail), "https://dondoc.langson.example");
    const first = await run();
    expect(first.emailed).toBeGreaterThan(0);
    const dueSoon = received.filter((m) => subjectOf(m.raw).startsWith("[Đôn Đốc] Sắp đến hạn"));
    expect(dueSoon).toHaveLength(1);
    expect(dueSoon[0]?.to).toEqual(["sct@langson.example"]);
    expect(subjectOf(dueSoon[0]?.raw ?? "")).toBe(
      "[Đôn Đốc] Sắp đến hạn: Tổng hợp tình hình các khu, cụm công nghiệp, báo cáo UBND tỉnh hằng tháng",
    );
    const text = textOf(dueSoon[0]?.raw ?? "");
    expect(text).toContain("Tháng 11/2026");
    expect(text).toContain("đến hạn ngày 19/11/2026, còn 3 ngày. Chủ trì: Sở Công Thương.");
    expect(text).toContain("https://dondoc.langson.example/tasks/seed-000-t16");
    // escalation of long-overdue tasks reaches the provincial office
    expect(received.some((m) => m.to.includes("vp@langson.example") && subjectOf(m.raw).startsWith("[Đôn Đốc] Quá hạn"))).toBe(true);

    const count = received.length;
    const [again, concurrentA, concurrentB] = [await run(), ...(await Promise.all([run(), run()]))];
    expect([again.created, concurrentA?.created, concurrentB?.created]).toEqual([0, 0, 0]);
    expect(received.length).toBe(count);
  });

  it("shows the same reminders in the app, to the agency's own users only", async () => {
    const { signIn } = await import("../../test/support/test-database");
    const sct = await signIn(t.app, "sct-nhac-viec", "mat-khau-thu-nghiem");
    const inbox = await sct.get<{ items: { kind: string; title: string; taskId: string }[]; unread: number }>("/api/notifications");
    expect(inbox.body.items.some((n) => n.kind === "due-soon" && n.taskId === "seed-000-t16")).toBe(true);
    expect(inbox.body.items.every((n) => n.kind !== "escalation")).toBe(true);
    expect(inbox.body.unread).toBe(inbox.body.items.length);
  });
});
