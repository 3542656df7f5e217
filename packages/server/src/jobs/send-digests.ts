import { type DigestItem, digestDayAt, digestMessage, digestWindow, type IsoDate, reminderKinds } from "@dondoc/domain";
import { and, asc, desc, eq, gte, inArray, lt, ne } from "drizzle-orm";
import { now } from "../clock";
import type { Db } from "../db/client";
import { emailDigests, notifications } from "../db/schema";
import { loadNoticeItems } from "../features/notifications/notice-items";
import { mailableUsers } from "../features/notifications/recipients";
import { log } from "../log";
import type { Mailer } from "../mail/mailer";

/**
 * The daily reminder e-mail: from `hour` o'clock (Vietnam time), each person who can be e-mailed
 * gets ONE message for the day with the reminders of their agency created since their previous
 * digest (domain `digestWindow`), grouped by task. The row (person, day) in `email_digests` is inserted before sending
 * and only the instance whose insert succeeds sends, so two instances never send it twice; a
 * reminder belongs to one window, so it is e-mailed to a person at most once.
 */
export async function sendDigests(db: Db, at: Date, hour: number, mailer: Mailer | null, publicUrl: string | null) {
  const day = digestDayAt(at, hour);
  if (!mailer || !day) return { sent: 0, failed: 0 };
  const done = new Set(
    (await db.select({ userId: emailDigests.userId }).from(emailDigests).where(eq(emailDigests.day, day))).map((d) => d.userId),
  );
  const agencyIds = (await db.selectDistinct({ agencyId: notifications.agencyId }).from(notifications))
    .map((r) => r.agencyId)
    .filter((a): a is string => a !== null);
  const people = (await mailableUsers(db, agencyIds)).filter((p) => !done.has(p.id));
  let sent = 0;
  let failed = 0;
  for (const person of people) {
    const result = await digestFor(db, person, day, hour, at, mailer, publicUrl);
    if (result === "sent") sent++;
    if (result === "failed") failed++;
  }
  return { sent, failed };
}

async function digestFor(
  db: Db,
  person: { id: string; email: string; agencyId: string },
  day: IsoDate,
  hour: number,
  at: Date,
  mailer: Mailer,
  publicUrl: string | null,
): Promise<"sent" | "failed" | "empty" | "taken"> {
  const [previous] = await db
    .select({ to: emailDigests.windowTo })
    .from(emailDigests)
    .where(and(eq(emailDigests.userId, person.id), lt(emailDigests.day, day)))
    .orderBy(desc(emailDigests.day))
    .limit(1);
  const window = digestWindow(day, hour, previous?.to ?? null, at);
  const [claim] = await db
    .insert(emailDigests)
    .values({ userId: person.id, day, windowFrom: window.from, windowTo: window.to, status: "sending" })
    .onConflictDoNothing()
    .returning({ userId: emailDigests.userId });
  if (!claim) return "taken"; // another instance has it
  const ids = (
    await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(
          eq(notifications.agencyId, person.agencyId),
          inArray(notifications.kind, [...reminderKinds]),
          gte(notifications.createdAt, window.from),
          lt(notifications.createdAt, window.to),
        ),
      )
      .orderBy(asc(notifications.id))
  ).map((r) => r.id);
  const finish = (status: "sent" | "failed" | "empty") =>
    db
      .update(emailDigests)
      .set({ status, items: ids.length, at: now() })
      .where(and(eq(emailDigests.userId, person.id), eq(emailDigests.day, day)));
  if (ids.length === 0) {
    await finish("empty");
    return "empty";
  }
  const items: DigestItem[] = await loadNoticeItems(db, ids);
  const message = digestMessage(day, items, publicUrl);
  try {
    await mailer.send({ to: [person.email], ...message });
    await finish("sent");
    await db.update(notifications).set({ emailStatus: "sent", emailedAt: now() }).where(inArray(notifications.id, ids));
    return "sent";
  } catch (error) {
    await finish("failed");
    // a reminder another person's digest carried stays "sent"
    await db
      .update(notifications)
      .set({ emailStatus: "failed" })
      .where(and(inArray(notifications.id, ids), ne(notifications.emailStatus, "sent")));
    log.warn("digest e-mail failed", { userId: person.id, day, error: error instanceof Error ? error.message : String(error) });
    return "failed";
  }
}
