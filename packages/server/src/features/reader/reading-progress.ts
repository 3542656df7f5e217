import type { OcrProgress } from "../../files/ocr-pdf";

/**
 * How far the OCR of an upload has gone, by a token the browser chose, so that it can show
 * "trang 2/5" while its upload request is still running. Kept in this instance's memory only (a
 * token not found answers "no progress known", which the browser shows as a plain spinner); an
 * entry is dropped when its reading ends.
 */
const progress = new Map<string, OcrProgress & { actorId: string }>();
const MAX_ENTRIES = 1000;

export function recordProgress(actorId: string, token: string, p: OcrProgress): void {
  if (progress.size >= MAX_ENTRIES && !progress.has(token)) return;
  progress.set(token, { ...p, actorId });
}
export function endProgress(token: string): void {
  progress.delete(token);
}
export function readProgress(actorId: string, token: string): OcrProgress | null {
  const p = progress.get(token);
  return p && p.actorId === actorId ? { page: p.page, pages: p.pages } : null;
}
