import { TABLE_CELL, withoutCellMark } from "./clean-text";
import { endsSentence, isAllCaps, isHeadingLike } from "./paragraphs";

/**
 * Body paragraphs → blocks with their section headings. Roman numerals and all-caps lines open
 * parts ("II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"), short numbered lines open sections
 * ("1. Đối với Dự án Cụm công nghiệp Hòa Sơn 1"), longer numbered paragraphs are items
 * ("3. Giao Sở Xây dựng chủ trì, …"), and "- …" lines are bullets.
 */

export type BlockKind = "heading" | "item" | "bullet" | "plain" | "cell";

export interface Block {
  kind: BlockKind;
  /** The text without its number or bullet mark. */
  text: string;
  /** Enclosing part heading ("II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"), if any. */
  part: string | null;
  /** Enclosing section headings, outermost first ("Đối với Dự án Cụm công nghiệp Hòa Sơn 1"). */
  sections: string[];
  /** Numbering levels open around the block (a numbered block counts the levels above its own). */
  depth?: number;
}

export function headingsOf(block: Block): string[] {
  return block.part === null ? block.sections : [block.part, ...block.sections];
}

const ROMAN = /^([IVXLC]{1,6})\.\s+/u;
/**
 * Numbering marks below the parts, by style: "1." / "1.2." / "1)" / "(1)" / "a)" / "Điều 3.". The
 * first style met is the outermost; a mark of a style already open closes everything under it, so
 * a heading rules the lines below it until the next heading of the same or a higher level.
 */
const NUMBERING: [string, RegExp][] = [
  ["n.n.a", /^\d{1,2}(?:\.\d{1,2})+\.[a-zđ][.)]\s+/u],
  ["n.n", /^\d{1,2}(?:\.\d{1,2})+\.?\s+/u],
  ["n.", /^\d{1,2}\.\s+/u],
  ["n)", /^\d{1,2}\)\s+/u],
  ["(n)", /^\(\d{1,2}\)\s+/u],
  ["(i)", /^\((?:i{1,3}|iv|vi{0,3}|ix|x)\)\s+/u],
  ["a)", /^[a-zđ]\)\s+/u],
  ["article", /^Điều\s+\d+\.\s*/u],
];
const BULLET = /^[-–—•+*]\s+/u;

interface Level {
  style: string;
  heading: string | null;
}

function numberingOf(paragraph: string): { style: string; mark: string } | null {
  for (const [style, re] of NUMBERING) {
    const m = re.exec(paragraph);
    if (m) return { style, mark: m[0] };
  }
  return null;
}

/** An article's title ("Điều 2. Tổ chức thực hiện") is a heading; "Điều 2. Giao Sở X …" is an item. */
function isArticleHeading(text: string): boolean {
  return text.length <= 120 && (!endsSentence(text) || text.trim().endsWith(":")) && !/^(?:Giao|Yêu cầu|Đề nghị)\s/u.test(text);
}

export function toBlocks(paragraphs: string[]): Block[] {
  const blocks: Block[] = [];
  let part: string | null = null;
  let levels: Level[] = [];
  const sections = () => levels.flatMap((l) => (l.heading === null ? [] : [l.heading]));
  for (const paragraph of paragraphs) {
    if (/^Nơi nhận\s*:?/u.test(paragraph)) break;
    if (TABLE_CELL.test(paragraph)) {
      blocks.push({ kind: "cell", text: withoutCellMark(paragraph), part, sections: sections(), depth: levels.length });
      continue;
    }
    const roman = ROMAN.exec(paragraph);
    const numbering = roman ? null : numberingOf(paragraph);
    if (roman || (isAllCaps(paragraph) && !numbering)) {
      part = strip(paragraph, roman?.[0]);
      levels = [];
      blocks.push({ kind: "heading", text: part, part: null, sections: [], depth: 0 });
    } else if (numbering) {
      const text = strip(paragraph, numbering.mark);
      const heading = numbering.style === "article" ? isArticleHeading(text) : isHeadingLike(paragraph);
      const open = levels.findIndex((l) => l.style === numbering.style);
      if (open >= 0) levels = levels.slice(0, open);
      blocks.push({ kind: heading ? "heading" : "item", text, part, sections: sections(), depth: levels.length });
      levels.push({ style: numbering.style, heading: heading ? text : null });
    } else if (BULLET.test(paragraph)) {
      blocks.push({ kind: "bullet", text: paragraph.replace(BULLET, ""), part, sections: sections(), depth: levels.length });
    } else {
      blocks.push({ kind: "plain", text: paragraph, part, sections: sections(), depth: levels.length });
    }
  }
  return blocks;
}

function strip(paragraph: string, mark: string | undefined): string {
  return mark ? paragraph.slice(mark.length).trim() : paragraph.trim();
}
