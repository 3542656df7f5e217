import { addDays, type IsoDate } from "../calendar/iso-date";
import { vietnamDateOf } from "../calendar/vietnam-time";
import { formatDateVi } from "../shared/format";
import { type GroupableNotification, groupNotifications, shortTaskTitle } from "./group-notifications";

/** The instant of a day's digest: `hour`:00 in Vietnam (UTC+7 all year). */
export function digestCutoff(day: IsoDate, hour: number): Date {
  return new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+07:00`);
}

/** The Vietnamese day whose digest is due at `now`, or null before that day's hour. */
export function digestDayAt(now: Date, hour: number): IsoDate | null {
  const day = vietnamDateOf(now);
  return now >= digestCutoff(day, hour) ? day : null;
}

/** Reminders recorded this close to a run may still be committing: they wait for the next digest. */
export const DIGEST_SETTLE_MS = 60_000;

/**
 * The reminders a person's digest sent at `at` holds: those created since the previous digest's
 * window ended (the first one: since the day before's hour) until a minute before `at`. Windows
 * follow one another without gap or overlap, so a reminder is in exactly one digest; one created
 * after the hour but before a late run (a server started at 8:00) is in that day's digest.
 */
export function digestWindow(day: IsoDate, hour: number, previousEnd: Date | null, at: Date): { from: Date; to: Date } {
  return { from: previousEnd ?? digestCutoff(addDays(day, -1), hour), to: new Date(at.getTime() - DIGEST_SETTLE_MS) };
}

export interface DigestItem extends GroupableNotification {
  body: string;
}

/**
 * One person's daily e-mail, in Vietnamese: the reminders grouped by task under a short title
 * (subject and deadline), each reminder's text below, and a link to the task or the report.
 */
export function digestMessage(day: IsoDate, items: readonly DigestItem[], publicUrl: string | null): { subject: string; text: string } {
  const groups = groupNotifications(items);
  const tasks = groups.filter((g) => g.taskId !== null).length;
  const others = groups.length - tasks;
  const counted = [tasks > 0 ? `${tasks} nhiệm vụ` : null, others > 0 ? `${others} báo cáo định kỳ` : null].filter(Boolean).join(", ");
  const lines: string[] = [`Nhắc việc ngày ${formatDateVi(day)}: ${counted}.`, ""];
  groups.forEach((g, i) => {
    lines.push(`${i + 1}. ${shortTaskTitle(g.subject, g.dueDate)}`);
    for (const n of g.items) lines.push(`   - ${n.title}`, `     ${n.body}`);
    const path = g.taskId ? `/tasks/${encodeURIComponent(g.taskId)}` : g.link;
    if (publicUrl && path) lines.push(`   Xem: ${publicUrl}${path}`);
    lines.push("");
  });
  if (publicUrl) lines.push(`Tất cả thông báo: ${publicUrl}/notifications`, "");
  lines.push("— Hệ thống Đôn Đốc, UBND tỉnh Lạng Sơn");
  return { subject: `[Đôn Đốc] Nhắc việc ngày ${formatDateVi(day)}: ${counted}`, text: lines.join("\n") };
}
