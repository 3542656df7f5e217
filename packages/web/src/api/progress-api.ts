import type { MilestoneState, SourceRef, TenantProjectState, ZoneOccupancy } from "@dondoc/domain";
import { apiFetch } from "./http";

/** GET /api/zones/:id/progress (server features/progress/progress.ts zoneProgress). */
export interface ZoneProgressView {
  zoneId: string;
  asOf: string;
  /** may the signed-in account enter this zone's progress (canReportProgress) */
  canReport: boolean;
  milestones: (MilestoneState & { projectName: string | null; recordedBy: string | null; source: SourceRef | null })[];
  lateMilestones: (MilestoneState & { projectName?: string | null })[];
  projects: (TenantProjectState & { recordedBy: string | null; source: SourceRef | null })[];
  occupancy: ZoneOccupancy & {
    industrialLandHa: number | null;
    zoneLeasedLandHa: number | null;
    sources: { industrialLandHa: SourceRef | null; leasedLandHa: SourceRef | null; enterprises: SourceRef | null };
  };
  infrastructure: {
    wastewaterStatus: string | null;
    wastewaterCapacityM3: number | null;
    wastewaterMonitoring: boolean | null;
    fireSafetyStatus: string | null;
    sources: Record<string, SourceRef | null>;
  };
  landClearance: { totals: Record<string, number | null>; communes: number; lastReportedOn: string | null };
}

export interface ProgressImportResult {
  landClearance: number;
  milestones: number;
  tenantProjects: number;
  tenantProjectReports: number;
}

export const progressKeys = {
  all: ["progress"] as const,
  zone: (id: string, asOf: string | null) => ["progress", id, asOf ?? "today"] as const,
};

export function getZoneProgress(id: string, asOf: string | null, signal?: AbortSignal): Promise<ZoneProgressView> {
  const query = asOf ? `?asOf=${encodeURIComponent(asOf)}` : "";
  return apiFetch<ZoneProgressView>(`/api/zones/${encodeURIComponent(id)}/progress${query}`, { signal });
}

export function addMilestone(zoneId: string, body: Record<string, unknown>): Promise<ZoneProgressView> {
  return apiFetch(`/api/zones/${encodeURIComponent(zoneId)}/milestones`, { method: "POST", json: body });
}

export function addTenantProject(zoneId: string, body: Record<string, unknown>): Promise<ZoneProgressView> {
  return apiFetch(`/api/zones/${encodeURIComponent(zoneId)}/tenant-projects`, { method: "POST", json: body });
}

export function addTenantProjectReport(projectId: number, body: Record<string, unknown>): Promise<ZoneProgressView> {
  return apiFetch(`/api/tenant-projects/${projectId}/reports`, { method: "POST", json: body });
}

export const progressTemplateUrl = "/api/progress/template.xlsx";

export function importProgress(file: File): Promise<ProgressImportResult> {
  const form = new FormData();
  form.set("file", file);
  return apiFetch<ProgressImportResult>("/api/progress/import", { method: "POST", body: form });
}
