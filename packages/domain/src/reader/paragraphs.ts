import { type CleanLine, fixTypos, TABLE_CELL } from "./clean-text";

/**
 * Second pass: clean lines → paragraphs. Joins the lines that PDF extraction broke inside a
 * sentence and drops passages the extraction duplicated.
 *
 * Three layouts occur. In "double-spaced" text (PDF) every line is followed by an empty line and
 * most lines end mid-sentence, so empty lines mean nothing and only whitespace-only lines separate
 * paragraphs. In "blank-separated" text (Word) an empty line ends a paragraph and a bare line break
 * usually does not. In "line-per-paragraph" text (web pages) every line is a paragraph. In all
 * three a line that starts in lower case continues the sentence.
 */

export const BLOCK_START =
  /^(?:[-–—•+*]\s|\d{1,2}(?:\.\d{1,2})*(?:\.[a-zđ])?[.)]\s|\(\d{1,2}\)\s|\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\s|[IVXLC]{1,6}\.\s|[a-zđ]\)\s|Điều\s+\d+\.|Nơi nhận\s*:|Số\s*:|\p{Lu}[\p{L} ]{1,30},\s*ngày\s|Ngày\s+\d{1,2}\/\d{1,2}\/\d{4}\s*,)/u;
const NUMBERED = /^(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*(?:\.[a-zđ])?|[a-zđ])[.)]|\(\d{1,2}\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))\s/u;
/** A numbered line that assigns work is an item, never a heading. */
const ASSIGNS = /^(?:Giao|Yêu cầu|Đề nghị)\s/u;
const TERMINATED = /[.;:!?…][)"”’]?$|\.\/\.$/u;

/** A line in capitals ("THÔNG BÁO", "TL. CHỦ TỊCH"); a lone acronym ("UBND") is not one. */
export function isAllCaps(text: string): boolean {
  if (/\p{Ll}/u.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= 2 && words.join("").length >= 6;
}

export function endsSentence(text: string): boolean {
  return TERMINATED.test(text.trim());
}

/** A numbered line that reads as a heading: short, and ends without a full stop. */
export function isHeadingLike(text: string): boolean {
  if (text.length > 160) return false;
  if (isAllCaps(text)) return true;
  const numbered = NUMBERED.exec(text);
  if (!numbered || ASSIGNS.test(text.slice(numbered[0].length))) return false;
  return !endsSentence(text) || text.trim().endsWith(":");
}

/** A line that continues a sentence: lower case or a number ("21/4/2025 của UBND tỉnh"). */
function startsMidSentence(text: string): boolean {
  return /^[\p{Ll}\d]/u.test(text);
}

type Layout = "double-spaced" | "blank-separated" | "line-per-paragraph";

function layoutOf(lines: CleanLine[]): Layout {
  if (isDoubleSpaced(lines)) return "double-spaced";
  const gaps = lines.slice(1).filter((l) => l.gap !== "none").length;
  return gaps < 0.1 * Math.max(lines.length - 1, 1) ? "line-per-paragraph" : "blank-separated";
}

function isDoubleSpaced(lines: CleanLine[]): boolean {
  const long = lines.filter((l) => l.text.length > 30);
  if (long.length < 6) return false;
  const open = long.filter((l) => !endsSentence(l.text)).length;
  return open / long.length > 0.5;
}

/** The paragraph being built; end checks look at its last line only (long texts stay linear). */
interface Current {
  parts: string[];
  last: string;
  allCaps: boolean;
}

export function toParagraphs(lines: CleanLine[]): string[] {
  const layout = layoutOf(lines);
  const paragraphs: string[] = [];
  let current: Current | null = null;
  for (const line of lines) {
    if (current === null) {
      current = { parts: [line.text], last: line.text, allCaps: isAllCaps(line.text) };
      continue;
    }
    const join = continues(current, line, layout);
    if (join === "break") {
      paragraphs.push(current.parts.join(""));
      current = { parts: [line.text], last: line.text, allCaps: isAllCaps(line.text) };
    } else {
      current.parts.push(join === "glue" ? line.text : ` ${line.text}`);
      current.last = line.text;
      current.allCaps = current.allCaps && isAllCaps(line.text);
    }
  }
  if (current !== null) paragraphs.push(current.parts.join(""));
  return dropDuplicates(paragraphs.map(fixTypos));
}

function continues(current: Current, line: CleanLine, layout: Layout): "break" | "space" | "glue" {
  const next = line.text;
  const last = current.last;
  const single = current.parts.length === 1;
  const headingLike = single && isHeadingLike(last);
  if (TABLE_CELL.test(last) || TABLE_CELL.test(next)) return "break";
  if (/^[-–]\s/.test(next) && !endsSentence(last) && !headingLike && !current.allCaps) {
    return "space"; // "Đồng Đăng\n- Lạng Sơn": a hyphen that only looks like a bullet
  }
  if (BLOCK_START.test(next)) return "break";
  // "Kính gửi: Bộ X" is a line of its own: the body starts after it
  if (/^Kính gửi\s*:/u.test(current.parts[0] ?? "") && /^\p{Lu}/u.test(next)) return "break";
  if (isAllCaps(next) || current.allCaps) return "break";
  if (/[\p{Lu}\d]-$/u.test(last)) return "glue"; // "116/KH-" + "UBND"
  if (startsMidSentence(next)) return "space";
  if (endsSentence(last)) return "break";
  if (line.gap === "separator") return "break";
  if (layout === "double-spaced") return headingLike && last.length < 60 ? "break" : "space";
  if (layout === "line-per-paragraph" || line.gap === "blank") return "break";
  if (headingLike) return "break";
  return "space";
}

/**
 * Drops passages that PDF extraction repeated: a long paragraph seen before, or a run of three or
 * more paragraphs seen before. A short line that legitimately recurs (the chair of two meetings) stays.
 */
function dropDuplicates(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  const repeated = paragraphs.map((p) => {
    const key = p.toLowerCase();
    const again = seen.has(key);
    seen.add(key);
    return again;
  });
  const inRun = (i: number) => {
    let from = i;
    let to = i;
    while (from > 0 && repeated[from - 1]) from--;
    while (to < repeated.length - 1 && repeated[to + 1]) to++;
    return to - from + 1 >= 3;
  };
  return paragraphs.filter((p, i) => !(repeated[i] && (p.length >= 120 || inRun(i))));
}
