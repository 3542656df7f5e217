import type { SubmissionStatus, TaskStatus } from "@dondoc/domain";
import { apiFetch, apiUrl } from "./http";

/** GET /api/dashboard: every figure names the list behind it (`link`, a path of this app). */
export interface Dashboard {
  asOf: string;
  since: string;
  zones: {
    clusters: number;
    areaHa: number;
    /** the plan's total (003), expansions included */
    planAreaHa: number | null;
    byStage: { stage: string; label: string; count: number; areaHa: number; link: string }[];
    link: string;
    industrialZones: number;
    industrialZonesAreaHa: number;
  };
  occupancy: {
    id: string;
    name: string;
    stage: string;
    occupancy: number | null;
    leasedHa: number | null;
    industrialLandHa: number | null;
    enterprises: number | null;
    basis: "projects" | "zone-figure" | "unknown";
    link: string;
  }[];
  /** clusters with an occupancy figure (the chart shows the fullest 30) */
  occupancyCount: number;
  occupancyLink: string;
  occupancyTargets: number[];
  lateMilestones: {
    count: number;
    items: {
      zoneId: string;
      zoneName: string;
      projectId: number | null;
      milestone: string;
      label: string;
      plannedOn: string | null;
      daysLate: number | null;
      link: string;
    }[];
  };
  tasks: { total: number; byStatus: Record<TaskStatus, number>; links: Record<TaskStatus, string>; link: string };
  overdueByAgency: { agencyId: string | null; agency: string; count: number; link: string }[];
  landClearance: {
    zoneId: string;
    name: string;
    areaHa: number | null;
    totals: Record<string, number | null>;
    link: string;
  }[];
  targets: {
    id: string;
    text: string;
    byYear: number | null;
    threshold: number | null;
    actual: {
      computable: boolean;
      actual: number | null;
      goal: number | null;
      met: boolean | null;
      zoneIds: string[];
      explanation: string;
    };
    zones: { id: string; name: string; link: string }[];
  }[];
  submissions: {
    obligationId: string;
    title: string;
    period: string;
    label: string;
    dueDate: string;
    counts: Record<SubmissionStatus, number>;
    expected: number;
    link: string;
  }[];
  changedSince: {
    zoneFigures: number;
    zonesChanged: string[];
    zonesChangedCount: number;
    zones: { id: string; name: string; link: string }[];
    taskUpdates: number;
    completionsConfirmed: number;
    landClearanceEntries: number;
    reportsSubmitted: number;
    tasksLink: string;
  };
}

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
