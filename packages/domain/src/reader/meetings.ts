import { findNamesIn, type NameIndex } from "./resolve-names";
import type { Block } from "./sections";
import type { ProposedMeeting } from "./types";

/**
 * Meetings a document records or announces.
 * - A meeting notice has one part per meeting with "Thành phần", "Thời gian, địa điểm: từ 14 giờ
 *   00 phút, ngày 04/12/2025 …, tại …" and "Nội dung".
 * - A conclusion notice opens with the meeting or inspection it concludes: "Ngày 29/5/2026, đồng
 *   chí … đã kiểm tra …", "Tham dự … có …".
 */

const WHEN = /^Thời gian(?:,\s*địa điểm)?\s*:/iu;
const DATE = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const TIME = /(\d{1,2})\s*(?:giờ|h)\s*(?:(\d{1,2})\s*(?:phút)?)?/iu;
const COMRADE = /(?:đồng chí|Đồng chí)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})/u;
const OPENING = /^(?:(?:Vào|Sáng|Chiều)\s+)?[Nn]gày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*,/u;

/** "Lãnh đạo UBND tỉnh tổ chức cuộc họp vào Thứ Hai, ngày 22/7/2013, từ 07h00 tại …": an invitation's meeting in one sentence. */
const CONVENES = /(?<![\p{L}])(?:tổ chức|triệu tập|sẽ họp|họp)\s+(?:cuộc\s+họp|hội\s+nghị|phiên\s+họp|buổi\s+làm\s+việc|họp)?/iu;

/** Whether a sentence convenes the meeting (the convener's own act, not a task). */
export function isConvening(text: string): boolean {
  const sentence = text.split(/\.(?:\s|$)/u)[0] ?? text;
  return CONVENES.test(sentence) && DATE.test(sentence) && TIME.test(sentence.replace(DATE, ""));
}

/** "Thành phần mời dự:", "Mời dự:", "Kính mời:", "Tham dự:": the names after it are guests. */
export function isAttendance(text: string): boolean {
  return /^(?:Thành\s+phần(?:\s+mời)?(?:\s+tham)?(?:\s+dự)?(?:\s+họp)?|Mời\s+(?:tham\s+)?dự|Kính\s+mời|Tham\s+dự|Đại\s+biểu\s+mời)\s*:/iu.test(
    text,
  );
}

export function readMeetings(blocks: Block[], title: string | null, index: NameIndex): ProposedMeeting[] {
  const announced = readAnnounced(blocks);
  if (announced.length > 0) return announced;
  const convening = blocks.find((b) => isConvening(b.text));
  if (convening) return [readConvened(convening.text)];
  const opening = blocks.find((b) => OPENING.test(b.text));
  return opening ? [readConcluded(opening.text, blocks, title, index)] : [];
}

function readConvened(text: string): ProposedMeeting {
  const sentence = text.split(/\.(?:\s|$)/u)[0] ?? text;
  const date = DATE.exec(sentence);
  const time = TIME.exec(sentence.slice((date?.index ?? 0) + (date?.[0].length ?? 0))) ?? TIME.exec(sentence.replace(DATE, ""));
  const place = /(?<![\p{L}])tại\s+([^,;.]+)/u.exec(sentence)?.[1]?.trim();
  return {
    kind: "meeting",
    date: isoDate(date),
    ...(time ? { time: `${time[1]?.padStart(2, "0")}:${(time[2] ?? "0").padStart(2, "0")}` } : {}),
    ...(place ? { place } : {}),
    chair: null,
    participants: [],
  };
}

function isoDate(m: RegExpExecArray | null, offset = 1): string | null {
  if (!m) return null;
  const numeric = m[offset] !== undefined || offset !== 1;
  const [d, mo, y] = numeric ? [m[offset], m[offset + 1], m[offset + 2]] : [m[4], m[5], m[6]];
  return `${y}-${String(Number(mo)).padStart(2, "0")}-${String(Number(d)).padStart(2, "0")}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function readAnnounced(blocks: Block[]): ProposedMeeting[] {
  const meetings: ProposedMeeting[] = [];
  blocks.forEach((block) => {
    if (!WHEN.test(block.text)) return;
    const part = block.part;
    const inPart = blocks.filter((b) => b.part === part && b !== block);
    const when = block.text.replace(WHEN, "");
    const time = TIME.exec(when);
    const place = /(?:^|,)\s*tại\s+(.+?)\.?$/u.exec(when)?.[1]?.trim();
    const members = inPart.filter((b) => b.kind === "bullet" && b.sections.some((h) => /^Thành phần/iu.test(h)));
    const chairLine = members.find((b) => /[-–]\s*Chủ trì\s*[;.]?$/iu.test(b.text) || /chủ trì/iu.test(b.text));
    const subject = part ? subjectOf(part) : undefined;
    meetings.push({
      kind: "meeting",
      date: isoDate(DATE.exec(when)),
      ...(time ? { time: `${time[1]?.padStart(2, "0")}:${(time[2] ?? "0").padStart(2, "0")}` } : {}),
      ...(place ? { place } : {}),
      chair: chairLine ? (COMRADE.exec(chairLine.text)?.[1] ?? null) : null,
      ...(subject ? { subject } : {}),
      participants: members.filter((b) => b !== chairLine).flatMap((b) => participantsOf(b.text)),
    });
  });
  return meetings;
}

/** "Nội dung 1: Tình hình thực hiện Kế hoạch số 116/KH-UBND ngày 21/4/2025 của UBND tỉnh về …" */
function subjectOf(part: string): string {
  let s = part.replace(/^Nội dung\s*\d*\s*:\s*/iu, "").replace(/^xem xét,\s*đánh giá\s+/iu, "");
  const cited = /^(.*?số\s+\d+\/[\p{Lu}\d-]+(?:\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4})?)\s+của\s/u.exec(s);
  if (cited?.[1]) s = cited[1];
  return capitalize(s.replace(/[.;:]$/u, "").trim());
}

function readConcluded(text: string, blocks: Block[], title: string | null, index: NameIndex): ProposedMeeting {
  const sentence = text.split(/\.(?:\s|$)/u)[0] ?? text;
  const chair =
    (title ? /Kết luận của đồng chí\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})/u.exec(title)?.[1] : undefined) ??
    /(?:đồng chí|Đồng chí)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})[^.;]*?chủ trì/u.exec(sentence)?.[1] ??
    COMRADE.exec(sentence)?.[1] ??
    null;
  const inspection = /kiểm tra|khảo sát/iu.test(sentence);
  const what = /(?:chủ trì cuộc họp|đã kiểm tra(?: thực tế)?|tổ chức cuộc họp|họp)\s+(.+?)(?:\.\s|\.$|;|$)/u.exec(sentence)?.[1];
  const zones = findNamesIn(index.zones, sentence).map((z) => z.name);
  const at = blocks.findIndex((b) => b.text === text);
  const attendance = blocks
    .slice(Math.max(at, 0), Math.max(at, 0) + 4)
    .map((b) => b.text)
    .join(" ");
  const attendees = /Tham dự[^;:]*?(?:có|gồm)\s+(.+?)(?:\.\s|\.$)/u.exec(attendance)?.[1] ?? "";
  return {
    kind: inspection ? "inspection" : "meeting",
    date: isoDate(OPENING.exec(text)),
    chair,
    ...(what ? { subject: capitalize(what.trim()) } : {}),
    ...(zones.length > 0 ? { subjects: zones } : {}),
    participants: attendees.split(";").flatMap(participantsOf),
  };
}

const HEADS =
  /^(?:Sở|Ban|UBND|Ủy ban|Trung tâm|Văn phòng|Công an|Thuế|Chi cục|Cục|Bộ|Thanh tra|Công ty|Liên danh|Chủ tịch|Đồng chí|đồng chí)(?![\p{L}])/u;

/** "Đại diện lãnh đạo các sở, ngành: Tài chính, Xây dựng, Công an tỉnh" → "Sở Tài chính", "Sở Xây dựng", "Công an tỉnh". */
export function participantsOf(text: string): string[] {
  const clean = text
    .replace(/\([^)]*\)/gu, "")
    .replace(/[;.]\s*$/u, "")
    .trim();
  const colon = clean.indexOf(":");
  if (colon < 0) return clean ? [clean.replace(/^đại diện\s+(?:lãnh đạo\s+)?/iu, "").trim()].filter(Boolean) : [];
  const group = clean.slice(0, colon);
  const names = clean
    .slice(colon + 1)
    .split(/,\s*/u)
    .flatMap((n) => n.split(/\s+và\s+(?=(?:các|đại diện)\s)/iu))
    .map((n) => n.trim())
    .filter((n) => /^\p{Lu}/u.test(n));
  const communes = /UBND các (xã|phường)/iu.exec(group);
  const department = /(?<![\p{L}])sở(?![\p{L}])/iu.test(group);
  return names.map((n) => {
    if (HEADS.test(n)) return n;
    if (communes) return `UBND ${communes[1]} ${n}`;
    return department ? `Sở ${n}` : n;
  });
}
