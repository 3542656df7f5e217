import type { TaskLine } from "@dondoc/domain";
import { apiFetch } from "./http";

export interface Meeting {
  id: string;
  kind: "meeting" | "inspection";
  date: string;
  time: string | null;
  place: string | null;
  chairId: string | null;
  chairName?: string | null;
  subject: string;
  participantIds: string[];
  zoneIds: string[];
  noticeDocumentId: string | null;
  conclusionDocumentId: string | null;
}

export interface DocumentDetail {
  id: string;
  type: string;
  number: string | null;
  issuedOn: string | null;
  issuer: string;
  signer: string | null;
  title: string;
  file: string | null;
  meetings: Meeting[];
  tasks: TaskLine[];
}

export interface MeetingDetail extends Meeting {
  tasks: TaskLine[];
}

export const documentKeys = {
  detail: (id: string) => ["documents", "detail", id] as const,
  meeting: (id: string) => ["meetings", "detail", id] as const,
};

export function getDocument(id: string, signal?: AbortSignal) {
  return apiFetch<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`, { signal });
}

export function getMeeting(id: string, signal?: AbortSignal) {
  return apiFetch<MeetingDetail>(`/api/meetings/${encodeURIComponent(id)}`, { signal });
}
