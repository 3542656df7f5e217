import type { NoticeItem } from "@dondoc/domain";
import { and, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { notifications, occurrenceSpans, taskOccurrences, tasks } from "../../db/schema";

export type { NoticeItem };

/** Notifications with what the page and the digest show of their task; by `ids`, or by a condition, newest first. */
export async function loadNoticeItems(db: Db, ids: number[]): Promise<NoticeItem[]>;
export async function loadNoticeItems(db: Db, where: SQL | undefined, limit: number, offset?: number): Promise<NoticeItem[]>;
export async function loadNoticeItems(db: Db, which: number[] | SQL | undefined, limit = 500, offset = 0): Promise<NoticeItem[]> {
  if (Array.isArray(which) && which.length === 0) return [];
  const rows = await db
    .select({
      n: notifications,
      taskId: taskOccurrences.taskId,
      subject: tasks.subject,
      dueDate: sql<
        string | null
      >`case when ${occurrenceSpans.extensionStatus} = 'approved' then ${occurrenceSpans.extensionNewDueDate} else ${taskOccurrences.dueDate} end`,
    })
    .from(notifications)
    .leftJoin(taskOccurrences, eq(taskOccurrences.id, notifications.occurrenceId))
    .leftJoin(tasks, eq(tasks.id, taskOccurrences.taskId))
    .leftJoin(occurrenceSpans, and(eq(occurrenceSpans.occurrenceId, taskOccurrences.id), isNull(occurrenceSpans.validTo)))
    .where(Array.isArray(which) ? inArray(notifications.id, which) : which)
    .orderBy(desc(notifications.id))
    .limit(Array.isArray(which) ? which.length : limit)
    .offset(Array.isArray(which) ? 0 : offset);
  return rows.map(({ n, taskId, subject, dueDate }) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    occurrenceId: n.occurrenceId,
    task: taskId && subject ? { id: taskId, subject, dueDate } : null,
    taskId: taskId ?? null,
    enquiryId: n.enquiryId,
    // a periodic report's reminder (key "report:<obligation>:<period>:…") opens the reporter's inbox
    link: n.key.startsWith("report:") ? reportLink(n.key) : null,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
    emailStatus: n.emailStatus,
  }));
}

/** "report:<obligation>:<period>:<kind>:<agency>" → the period's page. */
function reportLink(key: string): string {
  const [, obligation, period] = key.split(":");
  return obligation && period ? `/reporting/${obligation}/${period}` : "/reporting";
}
