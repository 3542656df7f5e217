import type { ListContext } from "./agency-list";
import { HEAD, startsStopWord } from "./agency-words";
import { matchNameAt } from "./resolve-names";
import type { Column } from "./table-rows";

/**
 * A row of a task table that PDF extraction gave as one line with single spaces ("1 Rà soát thủ tục
 * hành chính Văn phòng UBND tỉnh Các sở, ngành Quý I/2025"): the cells are found again from what
 * each column holds. The deadline is the words at the end that only say when; the names are the
 * longest end of the rest that reads as one lead cell and, if the table has one, one coordinators
 * cell (names in one cell are joined by "," / "và" / ";", two cells meet without a joiner); the
 * task is what comes before them.
 */

/** A deadline cell at the end of the row. */
const DEADLINE_TAIL =
  /(?:^|\s)((?:(?:Trước|trước|Trong|trong|Chậm nhất|chậm nhất|Hoàn thành|hoàn thành)\s+)?(?:(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}|[Tt]háng\s+\d{1,2}(?:\/|\s+năm\s+)\d{4}|[Qq]uý\s+(?:IV|I{1,3}|[1-4])(?:\/|\s+năm\s+)\d{4}|(?:[Nn]ăm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?|[Tt]hường xuyên|[Hh][ằà]ng\s+(?:năm|quý|tháng|tuần)|[Đđ]ịnh kỳ\s+[^\s]+(?:\s+[^\s]+)?))\s*$/u;

/** Words that open a name inside a row: a head word written with its capital, or "Các …". */
const NAME_START = /^(?:Các\s|\p{Lu})/u;
/** A head word right after these is inside the name ("Văn phòng UBND tỉnh", "Chủ tịch UBND huyện"). */
const INSIDE = /(?:phòng|trực|tịch|của|thuộc|đốc|trưởng)$/u;

export function splitFlatRow(number: string, rest: string, columns: Column[], ctx: ListContext): string[] | null {
  const cells = columns.map(() => "");
  const at = (column: Column) => columns.indexOf(column);
  let text = rest.trim();
  if (at("deadline") >= 0) {
    const tail = DEADLINE_TAIL.exec(text);
    if (tail?.[1]) {
      cells[at("deadline")] = tail[1].trim();
      text = text.slice(0, tail.index ?? 0).trim();
    }
  }
  const nameCells = at("coordinators") >= 0 ? 2 : 1;
  const words = [...text.matchAll(/\S+/gu)].map((m) => m.index ?? 0);
  for (const start of words.slice(1)) {
    const names = nameCellsOf(text.slice(start), ctx);
    if (!names || names.length > nameCells) continue;
    const task = text.slice(0, start).trim();
    if (at("number") >= 0) cells[at("number")] = number;
    if (at("task") >= 0) cells[at("task")] = task;
    cells[at("lead")] = names[0] ?? "";
    if (names[1] !== undefined) cells[at("coordinators")] = names[1];
    return cells;
  }
  return null;
}

/** The cells of names `text` splits into, or null when it is not names only. */
export function nameCellsOf(text: string, ctx: ListContext): string[] | null {
  if (!NAME_START.test(text) || !(HEAD.test(text) || /^Các\s/u.test(text) || matchNameAt(ctx.index.agencies, text))) return null;
  const cells: string[] = [];
  let cell = "";
  let pos = 0;
  let previous = "";
  while (pos < text.length) {
    const rest = text.slice(pos);
    const space = /^\s*/u.exec(rest)?.[0].length ?? 0;
    const word = rest.slice(space);
    if (word === "") break;
    const known = matchNameAt(ctx.index.agencies, word);
    const joined = /[,;]$/u.test(previous) || previous === "và";
    const opens =
      cell !== "" && !joined && NAME_START.test(word) && (HEAD.test(word) || /^Các\s/u.test(word) || known) && !INSIDE.test(previous);
    if (opens) {
      cells.push(cell.trim());
      cell = "";
    }
    if (cell !== "" && !joined && startsStopWord(word)) return null;
    const token = known ? word.slice(0, known.end) : (/^\S+/u.exec(word)?.[0] ?? word);
    cell += `${cell === "" || /^[,;]/u.test(token) ? "" : " "}${token}`;
    previous = token.split(/\s+/u).pop() ?? token;
    pos += space + token.length;
  }
  if (cell.trim() !== "") cells.push(cell.trim());
  return cells.length > 0 ? cells : null;
}
