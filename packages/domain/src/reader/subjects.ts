import { foldVi } from "../shared/vi-text";
import { findNamesIn, type NameEntry, type NameIndex } from "./resolve-names";

/**
 * What a task is about: the zone or topic of its section ("1. Đối với Dự án Cụm công nghiệp Hòa
 * Sơn 1" → "CCN Hòa Sơn 1"), else a document or scheme the task names ("Kế hoạch số 31/KH-BCĐ",
 * "Đề án thí điểm xây dựng cửa khẩu thông minh"), a common topic, or a zone it names.
 */

/** Section headings that frame a document's parts rather than name a topic. */
const FRAMING = [
  "nhiem vu trong tam",
  "phan cong",
  "to chuc thuc hien",
  "nhiem vu giai phap",
  "nhiem vu va giai phap",
  "ket luan",
  "y kien chi dao",
  "noi dung",
  "quyet dinh",
  "thong bao",
  "ke hoach",
];
const CITED = /(?:Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Thông báo|Công văn|Đề án)\s+số\s+\d+\/[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*/u;
const SCHEME = /(?<!các\s)(?:Đề án|Đồ án|Chương trình)\s+\p{L}[^,;.()]{3,120}/u;
const TOPICS: [RegExp, string][] = [
  [/giải phóng mặt bằng/iu, "Giải phóng mặt bằng"],
  [/xúc tiến(?:, thu hút)? đầu tư/iu, "Xúc tiến đầu tư"],
  [/đối ngoại/iu, "Đối ngoại"],
  [/phòng, chống tham nhũng/iu, "Phòng, chống tham nhũng"],
  [/chế độ thông tin, báo cáo/iu, "Chế độ thông tin, báo cáo"],
  [/cuộc họp|hội trường/iu, "Cuộc họp"],
];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The zone named by the nearest heading, if any. */
export function zoneOfHeadings(headings: string[], index: NameIndex): NameEntry | null {
  for (const heading of [...headings].reverse()) {
    const zone = findNamesIn(index.zones, heading)[0];
    if (zone) return zone;
  }
  return null;
}

/** The topic a heading names, without "Đối với", "Về", "công tác". */
export function topicOfHeading(heading: string): string | null {
  const fold = foldVi(heading);
  if (FRAMING.some((f) => fold.startsWith(f) || fold.includes(` ${f}`))) return null;
  const topic = heading
    .replace(/^(?:Đối với|Về)\s+/iu, "")
    .replace(/^(?:công tác|việc|dự án)\s+/iu, "")
    .replace(/[.:;]$/u, "")
    .trim();
  return topic ? capitalize(topic) : null;
}

export function subjectOf(part: string | null, sections: string[], predicate: string, index: NameIndex): string | null {
  const zone = zoneOfHeadings(sections, index);
  if (zone) return zone.name;
  const section = sections[sections.length - 1];
  const topic = section ? topicOfHeading(section) : null;
  if (topic) return topic;
  const cited = CITED.exec(predicate)?.[0];
  if (cited) return cited;
  const scheme = SCHEME.exec(predicate)?.[0];
  if (scheme) return scheme.split(/\s+(?:nhất là|trong đó|theo|để|nhằm)\s/u)[0]?.trim() ?? scheme;
  const common = TOPICS.find(([re]) => re.test(predicate));
  if (common) return common[1];
  const named = findNamesIn(index.zones, predicate)[0];
  if (named) return named.name;
  return part ? topicOfHeading(part) : null;
}
