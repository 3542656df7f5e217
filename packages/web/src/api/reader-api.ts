import type { reader } from "@dondoc/domain";
import { apiFetch } from "./http";

/** A document already recorded that the uploaded one repeats, and why (one type, from the domain). */
export type DuplicateDocument = reader.DuplicateDocument;

/** An uploaded notice with the reader's proposal, waiting for a person to review it. */
export interface ReaderDraft {
  id: string;
  filename: string;
  text: string;
  proposal: reader.ReviewedProposal;
  /** how the text was obtained: legacy encoding converted, OCR and the pages it could not read */
  notices: string[];
  duplicates: DuplicateDocument[];
}

export const readerKeys = { draft: (id: string) => ["reader", "draft", id] as const };

/** Uploads a file; `progress` is a token under which the server reports the OCR's pages while it reads. */
export function uploadDraft(file: File, progress?: string) {
  const body = new FormData();
  body.set("file", file, file.name);
  if (progress) body.set("progress", progress);
  return apiFetch<ReaderDraft>("/api/reader/drafts", { method: "POST", body });
}

export function getReadingProgress(token: string, signal?: AbortSignal) {
  return apiFetch<{ progress: { page: number; pages: number } | null }>(`/api/reader/progress/${encodeURIComponent(token)}`, { signal });
}

export function getDraft(id: string, signal?: AbortSignal) {
  return apiFetch<ReaderDraft>(`/api/reader/drafts/${encodeURIComponent(id)}`, { signal });
}

export function cancelDraft(id: string) {
  return apiFetch<{ ok: boolean }>(`/api/reader/drafts/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export function confirmDraft(id: string, proposal: reader.ReviewedProposal, allowDuplicate = false) {
  return apiFetch<{ documentId: string; taskIds: string[] }>(`/api/reader/drafts/${encodeURIComponent(id)}/confirm`, {
    method: "POST",
    json: { ...proposal, allowDuplicate },
  });
}
