import { today } from "../clock";
import type { Config } from "../config";
import type { Db } from "../db/client";
import { log } from "../log";
import type { Mailer } from "../mail/mailer";
import { sendReminders } from "./send-reminders";

/** Runs the reminder job soon after start and then every REMINDER_INTERVAL_SECONDS; its state is in the database. */
export function startScheduler(db: Db, config: Config, mailer: Mailer | null): () => void {
  if (config.reminders.intervalSeconds === 0) return () => {};
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const result = await sendReminders(db, today(), config.reminders, mailer, config.publicUrl);
      if (result.created > 0) log.info("reminders", result);
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
