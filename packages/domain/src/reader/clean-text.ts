import { foldVi, normVi } from "../shared/vi-text";
import { markTableRows } from "./table-rows";

/**
 * First pass of the reader: raw extracted text → clean lines. Removes what PDF, Word and web
 * extraction add to a document: footnote markers and bodies, markdown bold, page numbers, repeated
 * page headers, control characters. Every kept line is normalised with `normVi`.
 */

/** What separated a line from the previous kept line. */
export type LineGap = "none" | "blank" | "separator";

export interface CleanLine {
  text: string;
  gap: LineGap;
}

/** Control characters (tabs and form feeds become spaces first) and the replacement character. */
const CONTROL = /[\p{Cc}\ufffd]/gu;
const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070-\u2079]+/g;
const FOOTNOTE_REF = /\[\[\d{1,3}\]\]/g;
/** "quy hoạch1 để": a footnote number glued to a word (not "Km18"). */
const GLUED_NUMBER = /(?<![\p{L}\p{N}])(\p{L}{2,})(\d{1,2})(?=[\s,.;:!?)\]]|$)/gu;
/** Units and codes that legitimately carry a number ("Km18", "kV", "ha"). */
const GLUE_EXCEPTIONS = new Set(["km", "kv", "kw", "kwh", "mw", "mwh", "cm", "mm", "ha", "ql", "dt", "tl"]);
const FOOTNOTE_BODY = /^\s*(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\[\d{1,3}\]\])/;
const OPENS_BLOCK = /^\s*(?:[-–•+*]\s|\d{1,2}[.)]\s|[IVX]{1,5}\.\s|Điều\s+\d+\.|Nơi nhận)/u;
const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*Trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$/i;
/** A wide blank line: what PDF extraction leaves of the rule above the footnotes of a page. */
const FOOTNOTE_RULE = /^[ \t\u00a0]{20,}$/;
/** The first line of a PDF page begins with one or two spaces. */
const PAGE_START = /^(?:\f|[ \u00a0]{1,2})\S/;
/** Web extraction ends table cells with "|"; the mark stays so cells are never read as sentences. */
export const TABLE_CELL = /\s\|$/;
export function withoutCellMark(text: string): string {
  return text.replace(TABLE_CELL, "").trim();
}
const TYPOS: [RegExp, string][] = [[/(?<!\p{L})liên qua(?!\p{L})/gu, "liên quan"]];

/** Known typos of the documents, fixed once lines are joined into paragraphs. */
export function fixTypos(paragraph: string): string {
  let s = paragraph;
  for (const [pattern, replacement] of TYPOS) s = s.replace(pattern, replacement);
  return s;
}

/** Removes inline noise from one line: footnote markers, bold marks, control characters. */
export function stripInlineNoise(line: string): string {
  let s = line
    .replace(/[\t\f\v]/g, " ")
    .replace(CONTROL, "")
    .replace(/\*\*/g, "")
    .replace(FOOTNOTE_REF, "")
    .replace(SUPERSCRIPT, "");
  s = s.replace(GLUED_NUMBER, (match, word: string) => (isGlueCandidate(word) ? word : match));
  s = s.replace(/\s*\|\s*$/, " |"); // a table cell: kept marked, see TABLE_CELL
  return normVi(s);
}

/** Whether digits glued to the end of `word` are a footnote number. */
export function isGlueCandidate(word: string): boolean {
  return /\p{Ll}/u.test(word) && !GLUE_EXCEPTIONS.has(foldVi(word));
}

export function cleanLines(raw: string): CleanLine[] {
  const rawLines = markTableRows(raw.replace(/\r\n?/g, "\n").replace(/\f/g, "\n\f").split("\n"));
  const dropped = footnoteRegions(rawLines);
  footnoteContinuations(rawLines, dropped);
  const texts = rawLines.map((line, i) =>
    dropped.has(i) || FOOTNOTE_BODY.test(line) || PAGE_NUMBER.test(line) || line.trim() === "" ? null : stripInlineNoise(line),
  );
  const keys = texts.map((t) => (t === null || t.length > 80 ? "" : foldVi(t)));
  const repeated = repeatedShortLines(texts, keys);
  const out: CleanLine[] = [];
  const seen = new Set<string>();
  let gap: LineGap = "none";
  for (let i = 0; i < rawLines.length; i++) {
    const rawLine = rawLines[i] ?? "";
    const text = texts[i];
    if (text === null || text === undefined) {
      if (rawLine.replace(/\f/g, "").trim() === "" && !dropped.has(i)) {
        gap = /[ \t\u00a0]/.test(rawLine) ? "separator" : stronger(gap, "blank");
      }
      continue;
    }
    if (text === "" || text === "|") continue;
    const key = keys[i] ?? "";
    if (repeated.has(key)) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const previous = out[out.length - 1];
    if (previous && previous.text === text && text.length >= 15) continue;
    out.push({ text, gap });
    gap = "none";
  }
  return out;
}

/**
 * A footnote body that starts with its marker ("¹ Thông báo số …") runs on over the lines that
 * follow it directly (no empty line between), until a line that opens a block.
 */
function footnoteContinuations(lines: string[], dropped: Set<number>): void {
  for (let i = 0; i < lines.length; i++) {
    if (!FOOTNOTE_BODY.test(lines[i] ?? "")) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] ?? "";
      if (line.trim() === "" || FOOTNOTE_BODY.test(line) || OPENS_BLOCK.test(line)) break;
      dropped.add(j);
    }
  }
}

function stronger(a: LineGap, b: LineGap): LineGap {
  const rank = { none: 0, blank: 1, separator: 2 };
  return rank[a] >= rank[b] ? a : b;
}

/** Lines between a footnote rule and the start of the next page are footnote bodies. */
function footnoteRegions(lines: string[]): Set<number> {
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!FOOTNOTE_RULE.test(lines[i] ?? "")) continue;
    for (let j = i + 1, seen = 0; j < lines.length && seen < 25; j++) {
      const line = lines[j] ?? "";
      if (line.trim() === "") continue;
      seen++;
      if (PAGE_START.test(line)) {
        for (let k = i; k < j; k++) dropped.add(k);
        break;
      }
    }
  }
  return dropped;
}

/**
 * Short lines repeated on three or more pages (running headers). Bullets, numbered lines and
 * all-caps lines (mottos, signature titles, which a duplicated passage may legitimately repeat)
 * are never dropped this way.
 */
function repeatedShortLines(texts: (string | null)[], keys: string[]): Set<string> {
  const counts = new Map<string, number>();
  texts.forEach((t, i) => {
    const key = keys[i] ?? "";
    if (t === null || t.length < 5 || t.length > 80 || key.length < 5) return;
    if (/^[-–•+*\d]|^[IVX]+\./.test(t) || !/\p{Ll}/u.test(t)) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return new Set([...counts].filter(([, n]) => n >= 3).map(([k]) => k));
}
