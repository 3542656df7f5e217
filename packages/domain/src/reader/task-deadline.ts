import type { DeadlineRule } from "../deadlines/deadline-rule";
import { type DeadlinePhrase, findDeadlinePhrases, type PhraseOptions } from "./deadline-phrases";
import type { Milestone } from "./types";

/**
 * The deadline of one task, as an official would record it:
 * - the first explicit deadline ("trong Quý III/2026"); later ones are milestones;
 * - else a back-reference ("đảm bảo thời gian nêu trên"), resolved by the caller;
 * - else "as soon as possible" words ("khẩn trương", "sớm", "trong thời gian sớm nhất"), unless the
 *   task defers its timing to a plan ("… đưa cụm công nghiệp vào hoạt động theo kế hoạch"): then
 *   the deadline is the plan's, not written here (none);
 * - else an ongoing duty: "thường xuyên", or verbs of lasting work ("tăng cường", "làm tốt",
 *   "bám sát", "thực hiện nghiêm", "hướng dẫn", "tháo gỡ khó khăn", "kịp thời"), or "tiếp tục"
 *   opening the task when the task is not a finite job ("đẩy nhanh", "dứt điểm", "hoàn thành");
 * - else none.
 */

export interface TaskDeadline {
  deadlineText: string | null;
  deadline: DeadlineRule;
  milestones: Milestone[];
  backReference: boolean;
}

const ONGOING =
  /(?<![\p{L}])(?:tăng cường|làm tốt|bám sát|thực hiện nghiêm|hướng dẫn|tháo gỡ khó khăn|kịp thời|duy trì|theo dõi|h[ằà]ng năm|thực hiện tốt|đôn đốc|thường kỳ|đẩy mạnh|xử lý nghiêm|(?:bảo đảm|đảm bảo) an ninh|thực hiện (?:Quyết định|Chỉ thị|Kế hoạch|Nghị quyết|Thông báo) này)(?![\p{L}])/iu;
/** A duty that opens with directing, managing or protecting: "Chỉ đạo tổ chức việc xét duyệt …", "có trách nhiệm chỉ đạo ngành …", "Quản lý đất đai …". */
const DIRECTS = /^(?:(?:có|chịu)\s+trách\s+nhiệm\s+)?(?:chỉ\s+đạo|quản\s+lý|bảo\s+vệ|giữ\s+gìn)(?![\p{L}])/iu;
const FINITE = /(?<![\p{L}])(?:đẩy nhanh|dứt điểm|hoàn thành|hoàn thiện)(?![\p{L}])/iu;
const CONTINUES = /^(?:\S+\s+){0,2}?tiếp tục(?![\p{L}])/iu;
/** "theo kế hoạch" (the timing is the plan's), but not a named plan ("Kế hoạch số 31/KH-BCĐ") */
const PER_PLAN = /(?<![\p{L}])theo kế hoạch(?!\s+(?:số|thi công|chi tiết))(?![\p{L}])/iu;
/** asap words that name a time (recorded as deadline text); "khẩn trương" is a manner, not a time. */
const TIME_WORDS = /^(?:trong thời gian sớm nhất|càng sớm càng tốt|sớm nhất|ngay)$/iu;

export function readTaskDeadline(text: string, afterLead: string, options: PhraseOptions = {}): TaskDeadline {
  const phrases = findDeadlinePhrases(text, options);
  const explicit = phrases.filter((p) => p.category === "explicit" && p.rule);
  const first = explicit[0];
  if (first?.rule) {
    return { deadlineText: first.text, deadline: first.rule, milestones: milestonesOf(explicit, text), backReference: false };
  }
  const backReference = phrases.find((p) => p.category === "back-reference");
  if (backReference) {
    return { deadlineText: backReference.text, deadline: { kind: "none", value: null }, milestones: [], backReference: true };
  }
  const asaps = phrases.filter((p) => p.category === "asap");
  const named = asaps.find((p) => TIME_WORDS.test(p.text));
  if (asaps.length > 0 && (named || !PER_PLAN.test(text))) {
    const said = named ?? asaps.find((p) => isLeadAdjacentSoon(p, afterLead));
    return { deadlineText: said?.text ?? null, deadline: { kind: "asap", value: null }, milestones: [], backReference: false };
  }
  const continuous = phrases.find((p) => p.category === "continuous");
  if (continuous) {
    return { deadlineText: continuous.text, deadline: { kind: "continuous", value: null }, milestones: [], backReference: false };
  }
  if (isOngoing(afterLead)) {
    return { deadlineText: null, deadline: { kind: "continuous", value: null }, milestones: [], backReference: false };
  }
  return { deadlineText: null, deadline: { kind: "none", value: null }, milestones: [], backReference: false };
}

/** "Giao đồng chí X sớm tổ chức họp": "sớm" right after the lead says when; elsewhere it qualifies something else. */
function isLeadAdjacentSoon(phrase: DeadlinePhrase, afterLead: string): boolean {
  return /^sớm$/iu.test(phrase.text) && /^sớm(?![\p{L}])/iu.test(afterLead);
}

/**
 * Words of lasting work used otherwise: a noun ("theo yêu cầu và hướng dẫn tại Công văn", "theo hướng
 * dẫn của Bộ"), issuing a guidance text ("hướng dẫn thực hiện chế độ, chính sách …", a finite job), the
 * purpose of the duty ("…, để phối hợp, hướng dẫn …": why, not what).
 */
const NOT_LASTING =
  /(?<![\p{L}])(?:(?:theo|tại)\s+(?:(?:yêu cầu|chỉ đạo)\s*(?:,|và)\s*)?hướng dẫn|hướng dẫn\s+(?:thực hiện|áp dụng)\s+(?:các\s+)?(?:chế độ|chính sách|quy định))(?![\p{L}])|,?\s+để\s+[^;]*$/giu;

/**
 * A finite product the duty ends with: "chỉ đạo các cơ quan lập Đề án …", "đôn đốc, tổng hợp danh sách
 * các đơn vị gửi …", "… và có văn bản thông báo …". Directing or urging others to produce it is a
 * finite job, not a standing duty.
 */
const PRODUCT =
  /(?<![\p{L}])(?:(?:lập|xây dựng|tổng hợp|hoàn thiện|ban hành)\s+(?:các\s+)?(?:đề án|hồ sơ|danh sách|dự thảo|phương án)|có văn bản)(?![\p{L}])/iu;

function isOngoing(afterLead: string): boolean {
  const sentence = (afterLead.split(/\.(?:\s|$)/u)[0] ?? "").replace(NOT_LASTING, " ");
  const clause = sentence.split(";")[0] ?? "";
  if (PRODUCT.test(clause) && !/(?<![\p{L}])hướng dẫn(?![\p{L}])/iu.test(clause)) return false;
  if (ONGOING.test(sentence) || DIRECTS.test(afterLead)) return true;
  return CONTINUES.test(afterLead) && !FINITE.test(clause);
}

/** Later explicit deadlines: "…, đưa dự án vào hoạt động trong Quý IV/2026". */
function milestonesOf(explicit: DeadlinePhrase[], text: string): Milestone[] {
  const out: Milestone[] = [];
  for (let i = 1; i < explicit.length; i++) {
    const phrase = explicit[i];
    const previous = explicit[i - 1];
    if (!phrase?.rule || !previous) continue;
    const between = text.slice(previous.end, phrase.index);
    const what = (between.split(/[,;]/u).pop() ?? "").replace(/^\s*(?:và|để)\s+/u, "").trim();
    out.push({ what, deadlineText: phrase.text, deadline: phrase.rule });
  }
  return out;
}
