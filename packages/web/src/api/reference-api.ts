import { apiFetch, apiUrl } from "./http";

export type UnitLevel = "province" | "district" | "city" | "commune" | "ward" | "town";

export interface Unit {
  id: string;
  code: string | null;
  name: string;
  level: UnitLevel;
  parentId: string | null;
  validFrom: string | null;
  validTo: string | null;
  formerDistrictIds: string[];
  status: "transcribed" | "confirmed" | "unverified";
  note: string | null;
}

export interface UnitLink {
  id: string;
  name: string;
  partial: boolean;
  effectiveOn: string | null;
  parentId?: string | null;
}

export interface UnitDetail extends Unit {
  successors: UnitLink[];
  predecessors: UnitLink[];
  children: Unit[];
}

export interface Agency {
  id: string;
  name: string;
  kind: string;
  shortName: string | null;
  aliases: string[];
  /** organisational parent (a person's body) */
  parentId?: string | null;
  /** a person's position */
  title?: string | null;
  /** set when the agency no longer exists (merged departments, former districts) */
  validTo?: string | null;
}

export interface SourceDocument {
  id: string;
  type: string;
  number: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
}

export interface MapConfig {
  tileUrl: string | null;
  tileAttribution: string | null;
  boundaryAttribution: { vi: string; en: string };
}

interface Listing<T> {
  items: T[];
  total: number;
}

export const referenceKeys = {
  units: (query: Record<string, string | undefined>) => ["units", query] as const,
  unit: (id: string) => ["units", "detail", id] as const,
  agencies: ["agencies"] as const,
  documents: ["documents"] as const,
  mapConfig: ["map-config"] as const,
};

export function listUnits(query: { level?: string; validOn?: string; q?: string; formerDistrict?: string }, signal?: AbortSignal) {
  return apiFetch<Listing<Unit>>(apiUrl("/api/units", query), { signal });
}

export function getUnit(id: string, signal?: AbortSignal) {
  return apiFetch<UnitDetail>(`/api/units/${encodeURIComponent(id)}`, { signal });
}

export function listAgencies(signal?: AbortSignal) {
  return apiFetch<Listing<Agency>>("/api/agencies", { signal });
}

export function listDocuments(signal?: AbortSignal) {
  return apiFetch<Listing<SourceDocument>>("/api/documents", { signal });
}

export function getMapConfig(signal?: AbortSignal) {
  return apiFetch<MapConfig>("/api/map-config", { signal });
}
