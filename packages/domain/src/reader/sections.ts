import { TABLE_CELL, withoutCellMark } from "./clean-text";
import { isAllCaps, isHeadingLike } from "./paragraphs";

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
}

export function headingsOf(block: Block): string[] {
  return block.part === null ? block.sections : [block.part, ...block.sections];
}

const ROMAN = /^([IVXLC]{1,6})\.\s+/u;
const ARABIC = /^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+/u;
const LETTER = /^([a-zđ])\)\s+/u;
const ARTICLE = /^Điều\s+\d+\.\s*/u;
const BULLET = /^[-–—•+*]\s+/u;

export function toBlocks(paragraphs: string[]): Block[] {
  const blocks: Block[] = [];
  let part: string | null = null;
  let section: string | null = null;
  let sub: string | null = null;
  const sections = () => [section, sub].filter((h): h is string => h !== null);
  for (const paragraph of paragraphs) {
    if (/^Nơi nhận\s*:?/u.test(paragraph)) break;
    if (TABLE_CELL.test(paragraph)) {
      blocks.push({ kind: "cell", text: withoutCellMark(paragraph), part, sections: sections() });
      continue;
    }
    const roman = ROMAN.exec(paragraph);
    const arabic = ARABIC.exec(paragraph);
    const letter = LETTER.exec(paragraph);
    if (roman || (isAllCaps(paragraph) && !arabic && !letter)) {
      part = strip(paragraph, roman);
      section = null;
      sub = null;
      blocks.push({ kind: "heading", text: part, part: null, sections: [] });
    } else if (arabic || letter) {
      const text = strip(paragraph, arabic ?? letter);
      const heading = isHeadingLike(paragraph);
      if (arabic) {
        section = null;
        sub = null;
      } else {
        sub = null;
      }
      blocks.push({ kind: heading ? "heading" : "item", text, part, sections: sections() });
      if (heading && arabic) section = text;
      if (heading && letter) sub = text;
    } else if (BULLET.test(paragraph)) {
      blocks.push({ kind: "bullet", text: paragraph.replace(BULLET, ""), part, sections: sections() });
    } else {
      blocks.push({ kind: "plain", text: paragraph.replace(ARTICLE, ""), part, sections: sections() });
    }
  }
  return blocks;
}

function strip(paragraph: string, m: RegExpExecArray | null): string {
  return m ? paragraph.slice(m[0].length).trim() : paragraph.trim();
}
