import type { LandClearanceFigures, ObligationPeriod, ReportFigure, ReportSection, SubmissionStatus } from "@dondoc/domain";
import { apiFetch, apiUrl } from "../../api/http";

/** GET /api/reporting/inbox: the periods the account's agency reports, and its projects' land clearance figures. */
export interface InboxItem {
  obligationId: string;
  title: string;
  recipientName: string;
  period: string;
  label: string;
  cutoff: { from: string; to: string };
  dueDate: string;
  /** the date the rule states, when it fell on a day off and the deadline moved to the next working day */
  dueDateMovedFrom: string | null;
  /** why the agency is asked ("có CCN Hòa Sơn 1 trên địa bàn") */
  reason: string;
  daysToDue: number;
  status: SubmissionStatus;
  submittedOn: string | null;
  figures: ReportFigure[];
  sections: ReportSection[];
  lastSections: Partial<Record<ReportSection, string>>;
  link: string;
}

export interface ReportingProject {
  zoneId: string;
  zoneName: string;
  areaHa: number | null;
  unitId: string;
  unitName: string;
  latest: LandClearanceFigures | null;
}

export interface ReportingInbox {
  agencyId: string | null;
  asOf: string;
  items: InboxItem[];
  projects: ReportingProject[];
}

export interface ObligationSummary {
  id: string;
  title: string;
  recipientAgencyId: string;
  recipientName: string;
  reporterText: string;
  reporterCount: number;
  /** who is asked for the period under way, each with why */
  reporters: { agencyId: string; name: string; reason: string }[];
  frequencyLabel: string;
  deadlineText: string;
  deadline: { inferred?: string };
  cutoff: { inferred?: string };
  legalBasis: string;
  sourcePassage: string | null;
  nextPeriods: ObligationPeriod[];
  recentPeriods: ObligationPeriod[];
}

export interface PeriodReporter {
  agencyId: string;
  agencyName: string;
  expected: boolean;
  /** why it was asked; null for a body that sent without being asked */
  reason: string | null;
  status: SubmissionStatus;
  submittedOn: string | null;
  submittedBy: string | null;
  sections: Partial<Record<ReportSection, string>>;
  figureRefs: Record<string, number[]>;
  submissionCount: number;
}

export interface PeriodSubmissions {
  obligation: {
    id: string;
    title: string;
    recipientName: string;
    frequencyLabel: string;
    deadlineText: string;
    deadlineInferred: string | null;
    sections: ReportSection[];
    figures: ReportFigure[];
    legalBasis: string;
  };
  period: ObligationPeriod;
  asOf: string;
  reporters: PeriodReporter[];
  counts: Record<SubmissionStatus, number>;
}

export type LandClearanceForm = Partial<LandClearanceFigures> & { zoneId: string; unitId: string; reportedOn: string };

export interface SubmissionForm {
  sections: Partial<Record<ReportSection, string>>;
  landClearance: LandClearanceForm[];
}

export const reportingKeys = {
  all: ["reporting"] as const,
  inbox: ["reporting", "inbox"] as const,
  obligations: ["reporting", "obligations"] as const,
  period: (id: string, period: string, asOf?: string) => ["reporting", "period", id, period, asOf ?? null] as const,
};

export function getInbox(signal?: AbortSignal) {
  return apiFetch<ReportingInbox>("/api/reporting/inbox", { signal });
}

export function listObligations(signal?: AbortSignal) {
  return apiFetch<{ items: ObligationSummary[]; total: number; asOf: string }>("/api/obligations", { signal });
}

export function getPeriod(id: string, period: string, asOf?: string, signal?: AbortSignal) {
  return apiFetch<PeriodSubmissions>(apiUrl(`/api/obligations/${encodeURIComponent(id)}/periods/${encodeURIComponent(period)}`, { asOf }), {
    signal,
  });
}

export function submitReport(id: string, period: string, form: SubmissionForm) {
  return apiFetch<{ submissionId: number; landClearanceEntryIds: number[] }>(
    `/api/obligations/${encodeURIComponent(id)}/periods/${encodeURIComponent(period)}/submissions`,
    { method: "POST", json: form },
  );
}
