import type { EmailStatus, NotificationKind } from "./kinds";

/** One notification as the API gives it (GET /api/notifications) and the digest reads it. */
export interface NoticeItem {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  occurrenceId: number | null;
  /** the task it is about: short subject and current due date (an approved extension's) */
  task: { id: string; subject: string; dueDate: string | null } | null;
  taskId: string | null;
  enquiryId: number | null;
  /** where another notice leads (a periodic report's reminder: its period's page) */
  link: string | null;
  createdAt: string;
  readAt: string | null;
  /** whether it went out by e-mail; null for what is never e-mailed */
  emailStatus: EmailStatus | null;
}

/** One item of the office's "Chờ xác nhận" queue (GET /api/queue). */
export interface QueueItem {
  occurrenceId: number;
  taskId: string;
  subject: string;
  summary: string;
  /** the occurrence's label for a recurring task or a milestone; null for a task due once */
  period: string | null;
  dueDate: string | null;
  /** who sent it, when (the event's Vietnamese day and instant), and how long it has waited */
  agencyName: string;
  actorName: string;
  since: string;
  at: string;
  waitingDays: number;
  text: string | null;
  /** a submission's document date; an extension request's new due date */
  completedOn: string | null;
  newDueDate: string | null;
  attachments: number;
}

/** GET /api/queue: the items and the counts the menu shows. */
export interface ConfirmationQueue {
  submissions: QueueItem[];
  extensions: QueueItem[];
  counts: { submissions: number; extensions: number; total: number };
}
