import { type Actor, type EmailStatus, type Reminder, type ReminderSettings, remindersFor } from "@dondoc/domain";
import type { Db } from "../db/client";
import { notifications, tasks } from "../db/schema";
import { mailableUsers } from "../features/notifications/recipients";
import { submissionReminders } from "../features/reporting/submission-reminders";
import { rollIntervalBase } from "../features/tasks/interval-counts";
import { lapseMeetingPreparations } from "../features/tasks/lapse-preparations";
import { listTaskLines } from "../features/tasks/list-tasks";
import { syncOccurrences } from "../features/tasks/sync-occurrences";
import type { Mailer } from "../mail/mailer";

const scheduler: Actor = { id: "scheduler", name: "Bộ nhắc việc", role: "admin", agencyId: null, registryKinds: [] };

/**
 * One run of the reminder job: creates the occurrences of recurring tasks ahead of time, then every
 * reminder due today, in the app. The unique key of a notification makes each reminder happen at
 * most once, even with several instances on one database or after a restart. E-mail is not sent
 * here: each person gets one digest a day (`sendDigests`); a reminder says whether it will be
 * e-mailed (`pending`) or why not (no SMTP_URL, no address in the agency).
 */
export async function sendReminders(db: Db, today: string, settings: ReminderSettings, mailer: Mailer | null) {
  await syncOccurrences(db, today);
  await rollIntervalBase(db, today);
  await lapseMeetingPreparations(db, today);
  const lines = await listTaskLines(db, scheduler, { asOf: today });
  const assigned = new Map((await db.select({ id: tasks.id, on: tasks.assignedOn }).from(tasks)).map((t) => [t.id, t.on]));
  const due: { r: Reminder; occurrenceId: number | null }[] = [];
  for (const line of lines)
    for (const r of remindersFor(line, today, settings, assigned.get(line.taskId) ?? null))
      due.push({ r, occurrenceId: line.occurrenceId });
  // periodic reports not yet submitted (features/reporting)
  for (const r of await submissionReminders(db, today, settings)) due.push({ r, occurrenceId: null });
  const mailable = new Set(mailer ? (await mailableUsers(db, [...new Set(due.map((d) => d.r.agencyId))])).map((u) => u.agencyId) : []);
  const emailStatus = (agencyId: string): EmailStatus => (!mailer ? "no-smtp" : mailable.has(agencyId) ? "pending" : "no-address");
  let created = 0;
  for (const { r, occurrenceId } of due) {
    const [row] = await db
      .insert(notifications)
      .values({
        key: r.key,
        kind: r.kind,
        agencyId: r.agencyId,
        occurrenceId,
        title: r.title,
        body: r.body,
        emailStatus: emailStatus(r.agencyId),
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (row) created++;
  }
  return { created };
}
