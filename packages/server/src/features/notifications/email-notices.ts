import { notificationCategories } from "@dondoc/domain";
import { and, eq, inArray } from "drizzle-orm";
import { now } from "../../clock";
import type { Db } from "../../db/client";
import { notifications, taskOccurrences } from "../../db/schema";
import { log } from "../../log";
import type { Mailer } from "../../mail/mailer";
import { mailableUsers } from "./recipients";

const followUpKinds = [...notificationCategories["follow-up"]];

/**
 * E-mails the follow-up notifications still `pending` (a submission to the office, a decision to an
 * agency), one message each to the addressed agency's people. Each is claimed first by an update
 * that only one instance can win, so it is sent at most once. Without SMTP_URL, or without an
 * address, the notification says so (`no-smtp`, `no-address`); a refused send is `failed`.
 */
export async function emailPendingNotices(db: Db, mailer: Mailer | null, publicUrl: string | null) {
  const claimed = await db
    .update(notifications)
    .set({ emailStatus: mailer ? "failed" : "no-smtp" })
    .where(and(eq(notifications.emailStatus, "pending"), inArray(notifications.kind, followUpKinds)))
    .returning();
  if (!mailer || claimed.length === 0) return { sent: 0, failed: 0 };
  const people = await mailableUsers(db, [...new Set(claimed.map((n) => n.agencyId).filter((a): a is string => a !== null))]);
  const tasksOf = new Map(
    (
      await db
        .select({ id: taskOccurrences.id, taskId: taskOccurrences.taskId })
        .from(taskOccurrences)
        .where(
          inArray(
            taskOccurrences.id,
            claimed.map((n) => n.occurrenceId ?? 0),
          ),
        )
    ).map((o) => [o.id, o.taskId]),
  );
  let sent = 0;
  let failed = 0;
  for (const n of claimed) {
    const to = people.filter((p) => p.agencyId === n.agencyId).map((p) => p.email);
    if (to.length === 0) {
      await db.update(notifications).set({ emailStatus: "no-address" }).where(eq(notifications.id, n.id));
      continue;
    }
    const taskId = n.occurrenceId ? tasksOf.get(n.occurrenceId) : undefined;
    const link = publicUrl && taskId ? `\n\nXem nhiệm vụ: ${publicUrl}/tasks/${encodeURIComponent(taskId)}` : "";
    try {
      await mailer.send({ to, subject: `[Đôn Đốc] ${n.title}`, text: `${n.body}${link}\n\n— Hệ thống Đôn Đốc, UBND tỉnh Lạng Sơn` });
      await db.update(notifications).set({ emailStatus: "sent", emailedAt: now() }).where(eq(notifications.id, n.id));
      sent++;
    } catch (error) {
      // already marked failed by the claim
      failed++;
      log.warn("notice e-mail failed", { key: n.key, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { sent, failed };
}
