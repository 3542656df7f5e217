import { useQuery } from "@tanstack/react-query";
import { getQueue, queueKeys } from "../../../api/queue-api";

const EVERY_MINUTE = 60_000;

/** The office's queue: the menu's count and the queue page read the same answer (GET /api/queue), refreshed every minute. */
export function useQueue(enabled = true) {
  return useQuery({ queryKey: queueKeys.all, queryFn: ({ signal }) => getQueue(signal), refetchInterval: EVERY_MINUTE, enabled });
}
