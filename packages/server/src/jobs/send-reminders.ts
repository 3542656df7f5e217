import { type Actor, type Reminder, type ReminderSettings, remindersFor } from "@dondoc/domain";
import { and, eq, inArray, isNotNull, notLike } from "drizzle-orm";
import { now } from "../clock";
import type { Db } from "../db/client";
import { notifications, tasks, users } from "../db/schema";
import { submissionReminders } from "../features/reporting/submission-reminders";
import { listTaskLines } from "../features/tasks/list-tasks";
import { syncOccurrences } from "../features/tasks/sync-occurrences";
import { log } from "../log";
import type { Mailer } from "../mail/mailer";

const scheduler: Actor = { id: "scheduler", name: "Bộ nhắc việc", role: "admin", agencyId: null, registryKinds: [] };

/**
 * One run of the reminder job: creates the occurrences of recurring tasks ahead of time, then every
 * reminder due today. The unique key of a notification makes each reminder happen at most once,
 * even with several instances on one database or after a restart; only the instance whose insert
 * succeeded sends its e-mail.
 */
export async function sendReminders(db: Db, today: string, settings: ReminderSettings, mailer: Mailer | null, publicUrl: string | null) {
  await syncOccurrences(db, today);
  const lines = await listTaskLines(db, scheduler, { asOf: today });
  const assigned = new Map((await db.select({ id: tasks.id, on: tasks.assignedOn }).from(tasks)).map((t) => [t.id, t.on]));
  let created = 0;
  let emailed = 0;
  const deliver = async (r: Reminder, occurrenceId: number | null, link: string) => {
    const [row] = await db
      .insert(notifications)
      .values({ key: r.key, kind: r.kind, agencyId: r.agencyId, occurrenceId, title: r.title, body: r.body })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (!row) return;
    created++;
    if (!mailer) return;
    const to = (
      await db
        .select({ email: users.email })
        .from(users)
        .where(
          and(
            eq(users.agencyId, r.agencyId),
            eq(users.disabled, false),
            isNotNull(users.email),
            notLike(users.email, "%@tai-khoan.dondoc"),
          ),
        )
    ).map((u) => u.email);
    if (to.length === 0) return;
    try {
      await mailer.send({ to, subject: `[Đôn Đốc] ${r.title}`, text: `${r.body}${link}\n\n— Hệ thống Đôn Đốc, UBND tỉnh Lạng Sơn` });
      await db
        .update(notifications)
        .set({ emailedAt: now() })
        .where(inArray(notifications.id, [row.id]));
      emailed++;
    } catch (error) {
      log.warn("reminder e-mail failed", { key: r.key, error: error instanceof Error ? error.message : String(error) });
    }
  };
  for (const line of lines) {
    for (const r of remindersFor(line, today, settings, assigned.get(line.taskId) ?? null)) {
      await deliver(r, line.occurrenceId, publicUrl ? `\n\nXem nhiệm vụ: ${publicUrl}/tasks/${line.taskId}` : "");
    }
  }
  // periodic reports not yet submitted (features/reporting)
  for (const r of await submissionReminders(db, today, settings)) {
    await deliver(r, null, publicUrl ? `\n\nGửi báo cáo: ${publicUrl}${r.link}` : "");
  }
  return { created, emailed };
}
