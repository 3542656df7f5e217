import { apiFetch } from "./http";

export interface AppNotification {
  id: number;
  kind: string;
  title: string;
  body: string;
  /** the task a reminder is about; null for other notices */
  taskId: string | null;
  /** where another notice leads (a periodic report's reminder: "/reporting") */
  link?: string | null;
  createdAt: string;
  readAt: string | null;
}

export const notificationKeys = { all: ["notifications"] as const };

export function listNotifications(signal?: AbortSignal) {
  return apiFetch<{ items: AppNotification[]; total: number; unread: number }>("/api/notifications", { signal });
}

export function markNotificationRead(id: number) {
  return apiFetch<{ ok: boolean }>(`/api/notifications/${id}/read`, { method: "POST" });
}
