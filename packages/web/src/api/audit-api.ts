import { apiFetch, apiUrl } from "./http";

/** One line of the append-only audit log. */
export interface AuditEntry {
  id: number;
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const auditKeys = { list: (filter: AuditFilter) => ["audit", filter] as const };

export function listAudit(filter: AuditFilter, signal?: AbortSignal) {
  return apiFetch<{ items: AuditEntry[]; total: number }>(apiUrl("/api/audit", { ...filter }), { signal });
}
