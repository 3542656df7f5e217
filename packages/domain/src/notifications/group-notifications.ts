import { formatDateVi } from "../shared/format";

/** What grouping needs of a notification: what it is about and whether it was read. */
export interface GroupableNotification {
  id: number;
  /** the task it is about (one of its occurrences), with the task's short subject and that occurrence's current due date */
  task: { id: string; subject: string; dueDate: string | null } | null;
  /** another page it opens (a periodic report's inbox) */
  link: string | null;
  title: string;
  readAt: string | null;
}

export interface NotificationGroup<T extends GroupableNotification> {
  key: string;
  /** the task's subject, or the notification's own title when it is about no task */
  subject: string;
  dueDate: string | null;
  taskId: string | null;
  link: string | null;
  items: T[];
  unread: number;
}

/** A task's short title: its subject and deadline ("Quy hoạch chung Khu KTCK · hạn 19/11/2026"). */
export function shortTaskTitle(subject: string, dueDate: string | null): string {
  return dueDate ? `${subject} · hạn ${formatDateVi(dueDate)}` : subject;
}

/**
 * Notifications grouped by what they are about: one group per task (the reminders of all its
 * periods under one short title, with the most urgent due date), one per periodic report's page,
 * any other alone. Groups keep the order of their first item; items keep theirs.
 */
export function groupNotifications<T extends GroupableNotification>(items: readonly T[]): NotificationGroup<T>[] {
  const groups = new Map<string, NotificationGroup<T>>();
  for (const n of items) {
    const key = n.task ? `t:${n.task.id}` : n.link ? `l:${n.link}` : `n:${n.id}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        subject: n.task?.subject ?? n.title,
        dueDate: n.task?.dueDate ?? null,
        taskId: n.task?.id ?? null,
        link: n.link,
        items: [],
        unread: 0,
      };
      groups.set(key, g);
    }
    g.items.push(n);
    const due = n.task?.dueDate ?? null;
    if (due && (!g.dueDate || due < g.dueDate)) g.dueDate = due;
    if (!n.readAt) g.unread++;
  }
  return [...groups.values()];
}
