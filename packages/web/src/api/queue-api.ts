import { apiFetch } from "./http";

/** One item of the office's queue (GET /api/queue). */
export interface QueueItem {
  occurrenceId: number;
  taskId: string;
  subject: string;
  summary: string;
  period: string | null;
  dueDate: string | null;
  agencyName: string;
  actorName: string;
  since: string;
  at: string;
  waitingDays: number;
  text: string | null;
  completedOn: string | null;
  newDueDate: string | null;
  attachments: number;
}

export interface ConfirmationQueue {
  submissions: QueueItem[];
  extensions: QueueItem[];
  counts: { submissions: number; extensions: number; total: number };
}

export const queueKeys = { all: ["queue"] as const };

export function getQueue(signal?: AbortSignal) {
  return apiFetch<ConfirmationQueue>("/api/queue", { signal });
}
