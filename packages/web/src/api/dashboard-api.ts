import type { Dashboard } from "@dondoc/domain";
import { apiFetch, apiUrl } from "./http";

/** GET /api/dashboard: the domain's response type (packages/domain/src/dashboard), not a copy. */
export type { Dashboard };

export const dashboardKeys = {
  all: ["dashboard"] as const,
  of: (since: string | undefined) => ["dashboard", since ?? ""] as const,
};

export function getDashboard(since: string | undefined, signal?: AbortSignal): Promise<Dashboard> {
  return apiFetch<Dashboard>(apiUrl("/api/dashboard", { since }), { signal });
}

/** GET /api/dashboard.xlsx: the same figures as a workbook, one sheet per block. */
export function dashboardXlsxUrl(since: string | undefined): string {
  return apiUrl("/api/dashboard.xlsx", { since });
}
