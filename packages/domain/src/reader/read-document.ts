import { cleanLines } from "./clean-text";
import { readHeader } from "./header";
import { readMeetings } from "./meetings";
import { toParagraphs } from "./paragraphs";
import { readTasks } from "./read-tasks";
import { buildNameIndex } from "./resolve-names";
import { toBlocks } from "./sections";
import type { DocumentProposal, ReaderRegistry } from "./types";

/**
 * Reads a Vietnamese administrative document (text extracted from .txt, .docx or .pdf) and
 * proposes its header, meetings and tasks, with names resolved against `registry`.
 * Pure: no I/O, no clock. Junk in gives an empty proposal, never an exception.
 */
export function readDocument(text: string, registry: ReaderRegistry): DocumentProposal {
  const paragraphs = toParagraphs(cleanLines(typeof text === "string" ? text : ""));
  const { header, bodyStart } = readHeader(paragraphs);
  const index = buildNameIndex(registry);
  const blocks = toBlocks(paragraphs.slice(bodyStart));
  const meetings = readMeetings(blocks, header.title, index);
  const issuedOn = header.issuedOn ?? contextDate(paragraphs) ?? undefined;
  const year = Number(issuedOn?.slice(0, 4)) || undefined;
  const addressee = addresseeOf(paragraphs);
  const tasks = readTasks(blocks, {
    index,
    meetings,
    ...(year ? { year } : {}),
    ...(issuedOn ? { issuedOn } : {}),
    ...(addressee ? { addressee } : {}),
    invitation: header.docType === "GM" || /^giấy mời/iu.test(header.title ?? ""),
  });
  return { ...header, meetings, tasks };
}

/** The one addressee of a letter ("Kính gửi: Bộ Lao động - Thương binh và Xã hội"); null for a list of them. */
function addresseeOf(paragraphs: string[]): string | null {
  const line = paragraphs.slice(0, 80).find((p) => /^\|?\s*Kính gửi\s*:/u.test(p));
  const name =
    line
      ?.replace(/^\|?\s*Kính gửi\s*:\s*/u, "")
      .replace(/[.;|\s]+$/u, "")
      .trim() ?? "";
  return name && !/[;|]|^[-–•]/u.test(name) && name.length <= 120 ? name : null;
}

/**
 * The document's date when its header was not read (a web copy, a header table flattened to one
 * line): the dateline "…, ngày 29 tháng 4 năm 2021" near the top, else the first full date of the
 * page's first lines (a portal's publication stamp "20/08/2024 09:12"). Only for days and months
 * written without a year.
 */
function contextDate(paragraphs: string[]): string | null {
  const top = paragraphs.slice(0, 40).join("\n");
  const dateline = /(?:[,|]|^)\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/imu.exec(top);
  // a publication stamp has its hour, or says it is one ("Cập nhật: 19/11/2020"); a bare "Thứ năm 28/11/2024" may be the day it was printed
  const stamp = dateline
    ? null
    : /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?=\s+\d{1,2}:\d{2})|(?:Cập nhật|Ngày đăng|Đăng ngày|Ngày cập nhật)[^\d\n]{0,30}(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu.exec(
        paragraphs.slice(0, 5).join("\n"),
      );
  const m = dateline ?? stamp;
  if (!m) return null;
  const [d, mo, y] = m[1] ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[4]), Number(m[5]), Number(m[6])];
  if (d < 1 || d > 31 || mo < 1 || mo > 12 || y < 1945 || y > 2100) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
