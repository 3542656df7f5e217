import type { EmailStatus, NotificationCategory, NotificationKind } from "@dondoc/domain";
import { apiFetch } from "./http";

export interface AppNotification {
  id: number;
  kind: NotificationKind;
  title: string;
  body: string;
  occurrenceId: number | null;
  /** the task it is about: short subject and current due date */
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

export interface NotificationList {
  items: AppNotification[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
  email: { smtp: boolean; digestHour: number };
}

export interface NotificationFilter {
  category?: NotificationCategory;
  unread?: boolean;
  page?: number;
}

export const notificationKeys = {
  all: ["notifications"] as const,
  list: (f: NotificationFilter) => ["notifications", f] as const,
};

export function listNotifications(filter: NotificationFilter = {}, signal?: AbortSignal) {
  const q = new URLSearchParams();
  if (filter.category) q.set("category", filter.category);
  if (filter.unread) q.set("unread", "1");
  if (filter.page && filter.page > 1) q.set("page", String(filter.page));
  const query = q.toString();
  return apiFetch<NotificationList>(`/api/notifications${query ? `?${query}` : ""}`, { signal });
}

export function markNotificationRead(id: number) {
  return apiFetch<{ ok: boolean }>(`/api/notifications/${id}/read`, { method: "POST" });
}

export function markAllNotificationsRead(category?: NotificationCategory) {
  return apiFetch<{ read: number }>("/api/notifications/read-all", { method: "POST", json: { category } });
}
