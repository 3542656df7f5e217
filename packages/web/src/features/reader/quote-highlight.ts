/**
 * Finding a task's source quote in the document text, although the reader cleaned it: the text may
 * still hold markdown bold, footnote markers ("¹", "[[4]]"), line breaks and another tone-mark
 * placement ("Hoà"/"Hòa"). Both are reduced to their letters and digits, folded (no marks, đ→d,
 * lower case), and matched there; the match is mapped back to the original characters.
 */

interface Folded {
  key: string;
  /** for each character of `key`, its index in the original text */
  at: number[];
}

const KEEP = /[\p{L}\p{Nd}]/u;

function foldChar(ch: string): string {
  return ch.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d").toLowerCase();
}

export function foldWithIndex(text: string): Folded {
  let key = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (!KEEP.test(ch)) continue;
    for (const f of foldChar(ch)) {
      if (!KEEP.test(f)) continue;
      key += f;
      at.push(i);
    }
  }
  return { key, at };
}

const EDGE = 40;

/** [start, end) of `quote` in `text`, or null. Tries the whole quote, then its beginning and its end (noise in the middle). */
export function findQuote(text: string, quote: string | null | undefined, folded: Folded = foldWithIndex(text)): [number, number] | null {
  const q = foldWithIndex(quote ?? "").key;
  if (q.length < 8) return null;
  const span = (from: number, length: number): [number, number] => [
    folded.at[from] as number,
    (folded.at[from + length - 1] as number) + 1,
  ];
  const whole = folded.key.indexOf(q);
  if (whole >= 0) return span(whole, q.length);
  const head = q.slice(0, EDGE);
  const start = folded.key.indexOf(head);
  if (start < 0) return null;
  // the end: the quote's last letters (shorter and shorter, in case noise sits near the end), not too far away
  const limit = start + q.length * 1.5 + 40;
  for (const size of [EDGE, 24, 16]) {
    const tail = q.slice(-size);
    const end = folded.key.indexOf(tail, start + Math.max(0, q.length - size - 40));
    if (end >= 0 && end + size <= limit) return span(start, end + size - start);
  }
  return span(start, head.length);
}

export interface Segment {
  /** where the segment starts in the text (a stable key) */
  start: number;
  text: string;
  /** the task whose quote this is, or null for plain text */
  task: number | null;
}

/** The text cut into plain runs and highlighted quotes (one per task; a quote that overlaps an earlier one is left out). */
export function highlightSegments(text: string, quotes: readonly (string | null | undefined)[]): Segment[] {
  const folded = foldWithIndex(text);
  const ranges = quotes
    .map((quote, task) => ({ task, range: findQuote(text, quote, folded) }))
    .filter((r): r is { task: number; range: [number, number] } => r.range !== null)
    .sort((a, b) => a.range[0] - b.range[0]);
  const segments: Segment[] = [];
  let pos = 0;
  for (const { task, range } of ranges) {
    const [start, end] = range;
    if (start < pos) continue;
    if (start > pos) segments.push({ start: pos, text: text.slice(pos, start), task: null });
    segments.push({ start, text: text.slice(start, end), task });
    pos = end;
  }
  if (pos < text.length) segments.push({ start: pos, text: text.slice(pos), task: null });
  return segments;
}
