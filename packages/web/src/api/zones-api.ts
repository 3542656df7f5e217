import type { CreateZoneInput, ZoneDetail, ZoneFilter, ZoneList } from "@dondoc/domain";
import { apiFetch, apiUrl } from "./http";

/** What the form sends: the input before the schema's transforms (location as typed). */
export type ZonePayload = Record<string, unknown>;

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

export const zoneKeys = {
  all: ["zones"] as const,
  list: (filter: Partial<ZoneFilter>) => ["zones", "list", filter] as const,
  detail: (id: string) => ["zones", "detail", id] as const,
};

export function listZones(filter: Partial<ZoneFilter>, signal?: AbortSignal): Promise<ZoneList> {
  return apiFetch<ZoneList>(apiUrl("/api/zones", filter), { signal });
}

export function getZone(id: string, signal?: AbortSignal): Promise<ZoneDetail> {
  return apiFetch<ZoneDetail>(`/api/zones/${encodeURIComponent(id)}`, { signal });
}

export function createZone(input: ZonePayload | CreateZoneInput): Promise<ZoneDetail> {
  return apiFetch<ZoneDetail>("/api/zones", { method: "POST", json: input });
}

/** PATCH with If-Match: the server answers 409 when someone saved in between. */
export function updateZone(id: string, version: number, changes: ZonePayload): Promise<ZoneDetail> {
  return apiFetch<ZoneDetail>(`/api/zones/${encodeURIComponent(id)}`, {
    method: "PATCH",
    json: changes,
    headers: { "if-match": String(version) },
  });
}

export function exportUrl(filter: Partial<ZoneFilter>): string {
  const { page: _page, pageSize: _pageSize, ...rest } = filter;
  return apiUrl("/api/zones.xlsx", rest);
}

export function importZones(file: File): Promise<ImportResult> {
  const form = new FormData();
  form.set("file", file);
  return apiFetch<ImportResult>("/api/zones/import", { method: "POST", body: form });
}
