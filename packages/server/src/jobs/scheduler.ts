import { now, today } from "../clock";
import type { Config } from "../config";
import type { Db } from "../db/client";
import { emailPendingNotices } from "../features/notifications/email-notices";
import { log } from "../log";
import type { Mailer } from "../mail/mailer";
import { sendDigests } from "./send-digests";
import { sendReminders } from "./send-reminders";

/**
 * Runs the reminder job soon after start and then every REMINDER_INTERVAL_SECONDS: reminders in
 * the app, follow-up notices' e-mail, and from DIGEST_HOUR each person's daily digest. Its state is
 * in the database.
 */
export function startScheduler(db: Db, config: Config, mailer: Mailer | null): () => void {
  if (config.reminders.intervalSeconds === 0) return () => {};
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await sendReminders(db, today(), config.reminders, mailer);
      if (result.created > 0) log.info("reminders", result);
      // follow-up notices missed after their request (a crash, a slow SMTP), then the day's digests
      await emailPendingNotices(db, mailer, config.publicUrl);
      const digests = await sendDigests(db, now(), config.reminders.digestHour, mailer, config.publicUrl);
      if (digests.sent + digests.failed > 0) log.info("digests", digests);
    } catch (error) {
      log.error("reminder job failed", { error: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, 2_000);
  const timer = setInterval(run, config.reminders.intervalSeconds * 1000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
