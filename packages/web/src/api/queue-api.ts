import type { ConfirmationQueue, QueueItem } from "@dondoc/domain";
import { apiFetch } from "./http";

export type { ConfirmationQueue, QueueItem };

export const queueKeys = { all: ["queue"] as const };

export function getQueue(signal?: AbortSignal) {
  return apiFetch<ConfirmationQueue>("/api/queue", { signal });
}
