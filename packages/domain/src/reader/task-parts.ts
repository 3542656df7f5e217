import type { DeadlineRule } from "../deadlines/deadline-rule";
import type { PhraseOptions } from "./deadline-phrases";
import { deadlineOfCell } from "./table-tasks";

/**
 * Parts of a document that qualify the tasks around them rather than assign new ones:
 * - a deadline line after a step's paragraphs ("Thời gian hoàn tất: trước ngày 27 tháng 6 năm
 *   2014.") gives its deadline to the undated tasks of the step, as a merged cell does in a table;
 * - "… đề nghị X thực hiện báo cáo. Cụ thể:" is one task whose bullets detail it;
 * - "… yêu cầu X trong thời gian tới: (1) …; (2) …" writes its items inline, each one a task of X.
 */

const DEADLINE_LINE =
  /^(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ|Hạn)(?:\s+(?:hoàn\s+tất|hoàn\s+thành|thực\s+hiện|báo\s+cáo|gửi(?:\s+báo\s+cáo)?|nộp(?:\s+báo\s+cáo)?))?\s*:\s*(.+)$/iu;
/** "Thời gian: 14 giờ 00, ngày …" is a meeting's time, not a deadline. */
const TIME_OF_DAY = /\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?(?![\p{L}])/iu;

/** The deadline a deadline line gives, or null when the block is not one. */
export function deadlineLine(text: string, options: PhraseOptions): { text: string; rule: DeadlineRule } | null {
  const m = DEADLINE_LINE.exec(text.trim());
  if (!m?.[1] || TIME_OF_DAY.test(m[1])) return null;
  const value = m[1].replace(/[.;]\s*$/u, "").trim();
  const rule = deadlineOfCell(value, options);
  return rule.kind === "none" ? null : { text: value, rule };
}

const DETAILED = /^(.*[.;])\s*(?:Cụ\s+thể(?:\s+như\s+sau)?|Cụ\s+thể\s+là)\s*:\s*$/u;

/** "X thực hiện báo cáo. Cụ thể:" → "X thực hiện báo cáo."; null when the block is not a detailed task. */
export function detailedTask(text: string): string | null {
  return DETAILED.exec(text)?.[1]?.trim() ?? null;
}

const INLINE_ITEM = /(?:^|[\s:;.])\((\d{1,2})\)\s+/gu;

/** "…: (1) A; (2) B" → { intro: "…:", items: ["A;", "B"] } when the items are numbered 1, 2, … in order. */
export function inlineItems(text: string): { intro: string; items: string[] } | null {
  const marks = [...text.matchAll(INLINE_ITEM)];
  if (marks.length < 2 || marks.some((m, i) => Number(m[1]) !== i + 1)) return null;
  const first = marks[0];
  if (!first) return null;
  const intro = text.slice(0, (first.index ?? 0) + 1).trim();
  if (!/:$/u.test(intro)) return null;
  const items = marks.map((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const next = marks[i + 1];
    return text.slice(from, next ? (next.index ?? 0) + 1 : text.length).trim();
  });
  return { intro, items };
}
