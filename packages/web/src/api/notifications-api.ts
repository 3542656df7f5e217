import type { NoticeItem, NotificationCategory } from "@dondoc/domain";
import { apiFetch } from "./http";

/** One notification (GET /api/notifications): the domain's type. */
export type AppNotification = NoticeItem;

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
