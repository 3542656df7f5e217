import type { ReminderKind } from "../tasks/reminders";

/** What a notification is: a reminder of the job, a step of a task's follow-up, an enquiry, a security alert. */
export const notificationKinds = [
  "due-soon",
  "due-today",
  "overdue",
  "escalation",
  "submitted",
  "extension-requested",
  "confirmed",
  "returned",
  "extension-approved",
  "extension-rejected",
  "enquiry",
  "security",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** The reminder job's kinds: e-mailed in the daily digest, not one message each. */
export const reminderKinds: readonly ReminderKind[] = ["due-soon", "due-today", "overdue", "escalation"];

/** The filter of the notifications page. */
export const notificationCategories = {
  reminders: reminderKinds,
  "follow-up": ["submitted", "extension-requested", "confirmed", "returned", "extension-approved", "extension-rejected"],
  enquiries: ["enquiry"],
  security: ["security"],
} as const satisfies Record<string, readonly NotificationKind[]>;
export type NotificationCategory = keyof typeof notificationCategories;
export const notificationCategoryNames = Object.keys(notificationCategories) as NotificationCategory[];

export function isReminderKind(kind: string): kind is ReminderKind {
  return (reminderKinds as readonly string[]).includes(kind);
}

/**
 * Whether a notification went out by e-mail: waiting (the digest's hour or the next run of the
 * job), sent, failed, or not sent because the server has no SMTP_URL or the agency no address.
 * Null for what is never e-mailed (enquiries, security alerts).
 */
export const emailStatuses = ["pending", "sent", "failed", "no-smtp", "no-address"] as const;
export type EmailStatus = (typeof emailStatuses)[number];
