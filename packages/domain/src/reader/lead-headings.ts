import { type AgencyItem, type ListContext, readAgencyList } from "./agency-list";
import type { Block } from "./sections";

/**
 * Leads given by a heading to the lines under it:
 *   "1. Sở Tài chính:", "(2) Các chủ đầu tư có trách nhiệm:", "Trách nhiệm của Sở Xây dựng",
 *   "Đề nghị Kho bạc Nhà nước tỉnh:" (a bold line once its marks are gone), "a) Ủy ban nhân dân các
 *   tỉnh: Cao Bằng, Bắc Kạn:", "Bộ Xây dựng đề nghị Sở Công Thương thực hiện một số nội dung sau:".
 * A numbered heading rules its section (until the next heading of the same or a higher level); an
 * unnumbered introduction rules the items and bullets after it, until a heading or a plain paragraph.
 */

const OPENING = /^(?:(?:Trách nhiệm|Nhiệm vụ)\s+của|Đối với|Giao|Yêu cầu|Đề nghị|Chỉ đạo|Phân công)\s+/iu;
/** What may follow the names: "có trách nhiệm", "thực hiện các nhiệm vụ sau", "chủ trì". */
const TAIL =
  /^\s*(?:(?:có|chịu)\s+trách\s+nhiệm|tiếp\s+tục\s+chủ\s+trì|chủ\s+trì|thực\s+hiện)?(?:\s+(?:thực\s+hiện|triển\s+khai))?(?:\s+(?:các|một\s+số))?(?:\s+(?:nhiệm\s+vụ|nội\s+dung|công\s+việc)(?:\s+(?:trọng\s+tâm|chủ\s+yếu|cụ\s+thể))?)?(?:\s+(?:sau|như\s+sau|sau\s+đây|cụ\s+thể(?:\s+như\s+sau)?))?\s*:?\s*$/iu;
/** A verb of assigning inside an introduction: "Thủ tướng Chính phủ yêu cầu X …:". */
const INTRO_VERB = /(?<![\p{L}])(?:giao|yêu cầu|đề nghị|chỉ đạo|phân công)\s+/iu;

/** The leads a heading names, or null when it names none ("1. Đối với Dự án Cụm công nghiệp Hòa Sơn 1"). */
export function leadOfHeading(heading: string, ctx: ListContext): AgencyItem[] | null {
  // "Bước 1: Sở Xây dựng thực hiện các nội dung sau:": a step's number is not part of its lead
  const text = heading.replace(/^Bước\s+\d{1,2}\s*[:.]\s*/u, "").replace(OPENING, "");
  const list = readAgencyList(text, ctx);
  return list && TAIL.test(text.slice(list.end)) ? list.items : null;
}

/** The innermost enclosing heading that names leads. */
export function leadOfSections(block: Block, ctx: ListContext): AgencyItem[] | null {
  for (const heading of [...block.sections].reverse()) {
    const lead = leadOfHeading(heading, ctx);
    if (lead) return lead;
  }
  return null;
}

/** The leads of an unnumbered introduction, in force until the next heading or part. */
export interface Intro {
  lead: AgencyItem[];
  part: string | null;
}

export function introAfter(block: Block, current: Intro | null, ctx: ListContext): Intro | null {
  if (block.kind === "heading" || (current && block.part !== current.part)) current = null;
  if (block.kind === "heading" || block.kind === "cell") return current;
  // the list under an introduction is its items and bullets: a plain paragraph ends it
  const kept = block.kind === "plain" ? null : current;
  const whole = leadOfHeading(block.text, ctx);
  if (whole) return { lead: whole, part: block.part };
  if (!/:\s*$/u.test(block.text)) return kept;
  const verb = INTRO_VERB.exec(block.text);
  if (!verb) return kept;
  const list = readAgencyList(block.text.slice((verb.index ?? 0) + verb[0].length), ctx);
  return list ? { lead: list.items, part: block.part } : kept;
}
