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
  const year = Number(header.issuedOn?.slice(0, 4)) || undefined;
  const issuedOn = header.issuedOn ?? undefined;
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
