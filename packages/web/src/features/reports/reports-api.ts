import type { Meeting } from "../../api/documents-api";
import { apiFetch, apiUrl } from "../../api/http";

/** Download links of the generated reports (the browser sends the session cookie; the server names the file). */
export const reportLinks = {
  monthly: (period: string, format: "docx" | "xlsx") => apiUrl("/api/reports/monthly", { period, format }),
  annual: (year: number, format: "docx" | "xlsx") => apiUrl("/api/reports/annual", { year, format }),
  briefingForMeeting: (meetingId: string) => apiUrl("/api/reports/briefing", { meetingId }),
  briefingForZone: (zoneId: string) => apiUrl("/api/reports/briefing", { zoneId }),
};

export const reportKeys = { meetings: ["meetings", "list"] as const };

export function listMeetings(signal?: AbortSignal) {
  return apiFetch<{ items: Meeting[]; total: number }>("/api/meetings", { signal });
}

export interface IssueBody {
  number: number;
  issuedOn: string;
  signerId?: string;
  signer?: { name: string; title: string };
}
export interface Issued {
  number: number;
  issuedOn: string;
  signer: { id: string; name: string; title: string };
  occurrenceId: number | null;
}

/** Issues the monthly report of `period` (Sở Công Thương): number, date, signer; completes its own occurrence. */
export function issueMonthlyReport(period: string, body: IssueBody) {
  return apiFetch<Issued>(`/api/reports/monthly/${encodeURIComponent(period)}/issue`, { method: "POST", json: body });
}
