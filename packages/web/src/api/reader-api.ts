import type { reader } from "@dondoc/domain";
import { apiFetch } from "./http";

/** An uploaded notice with the reader's proposal, waiting for a person to review it. */
export interface ReaderDraft {
  id: string;
  filename: string;
  text: string;
  proposal: reader.DocumentProposal;
}

export const readerKeys = { draft: (id: string) => ["reader", "draft", id] as const };

export function uploadDraft(file: File) {
  const body = new FormData();
  body.set("file", file, file.name);
  return apiFetch<ReaderDraft>("/api/reader/drafts", { method: "POST", body });
}

export function getDraft(id: string, signal?: AbortSignal) {
  return apiFetch<ReaderDraft>(`/api/reader/drafts/${encodeURIComponent(id)}`, { signal });
}

export function cancelDraft(id: string) {
  return apiFetch<{ ok: boolean }>(`/api/reader/drafts/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export function confirmDraft(id: string, proposal: reader.DocumentProposal) {
  return apiFetch<{ documentId: string; taskIds: string[] }>(`/api/reader/drafts/${encodeURIComponent(id)}/confirm`, {
    method: "POST",
    json: proposal,
  });
}
