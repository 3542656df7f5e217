import { foldVi } from "../shared/vi-text";

/**
 * Tables flattened to text, as extraction gives them: web pages and converters write rows
 * "| 1 | Rà soát … | Sở Công Thương | Quý I/2026 |", Word and PDF extraction separate cells with
 * tabs or runs of spaces. Rows of a task table (a header naming the task, the lead or the
 * deadline columns) are rewritten as pipe rows so the rest of the reader sees one kind of table;
 * a cell wrapped over several lines of a space-laid table joins its row. Other lines are untouched.
 */

export type Column = "number" | "task" | "lead" | "coordinators" | "deadline" | "other";

/** The meaning of a header cell. */
export function columnOf(header: string): Column {
  const f = foldVi(header).trim();
  if (/^(?:stt|tt|so tt|so thu tu)$/.test(f)) return "number";
  if (/phoi hop/.test(f)) return "coordinators";
  if (
    /chu tri|(?:don vi|co quan|bo phan)(?: \S+)? (?:thuc hien|chiu trach nhiem|phu trach)|^(?:don vi|co quan|trach nhiem)$|phan cong|phu trach/.test(
      f,
    )
  )
    return "lead";
  if (/thoi gian|thoi han|tien do|han hoan thanh|moc|hoan thanh/.test(f)) return "deadline";
  if (/nhiem vu|noi dung|cong viec|hoat dong|giai phap|ten (?:de an|du an|van ban)/.test(f)) return "task";
  return "other";
}

/** Whether the cells are the header of a table that assigns tasks. */
export function isTaskHeader(cells: string[]): boolean {
  const columns = cells.map(columnOf);
  return columns.includes("lead") && (columns.includes("task") || columns.includes("deadline"));
}

interface Chunk {
  text: string;
  start: number;
}

/** Cells of a tab- or space-laid line, with where each begins. */
function chunksOf(line: string): Chunk[] {
  if (line.includes("\t")) {
    let start = 0;
    return line.split("\t").map((text) => {
      const chunk = { text: text.trim(), start };
      start += text.length + 1;
      return chunk;
    });
  }
  const chunks: Chunk[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) chunks.push({ text: m[0], start: m.index ?? 0 });
  return chunks;
}

const pipeRow = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, "/")).join(" | ")} |`;

export function markTableRows(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^\s*\|.*\|/.test(line)) {
      out.push(/\|\s*$/.test(line) ? line : `${line.trimEnd()} |`);
      continue;
    }
    const stacked = readStackedTable(lines, i);
    if (stacked) {
      out.push(...stacked.rows.map(pipeRow));
      i = stacked.end - 1;
      continue;
    }
    const flat = readFlatTable(lines, i);
    if (flat) {
      out.push(...flat.rows.map(pipeRow));
      i = flat.end - 1;
      continue;
    }
    const header = chunksOf(line).filter((c) => c.text !== "" || line.includes("\t"));
    if (header.length < 3 || !isTaskHeader(header.map((c) => c.text))) {
      out.push(line);
      continue;
    }
    const read = readLaidTable(lines, i, header, line.includes("\t"));
    out.push(...read.rows.map(pipeRow));
    i = read.end - 1;
  }
  return out;
}

/** Rows of a tab- or space-laid table from its header at `from`; ends at a line that is not part of it. */
function readLaidTable(lines: string[], from: number, header: Chunk[], tabs: boolean): { rows: string[][]; end: number } {
  const rows: string[][] = [header.map((c) => c.text)];
  const numbered = columnOf(header[0]?.text ?? "") === "number";
  const columnAt = (start: number) => {
    let best = 0;
    header.forEach((c, k) => {
      if (c.start <= start + 2) best = k;
    });
    return best;
  };
  let i = from + 1;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    const chunks = chunksOf(line);
    if (tabs && !line.includes("\t")) break;
    const cells: string[] = header.map(() => "");
    chunks.forEach((c, k) => {
      const at = tabs ? Math.min(k, header.length - 1) : columnAt(c.start);
      cells[at] = cells[at] ? `${cells[at]} ${c.text}` : c.text;
    });
    const filled = cells.filter((c) => c !== "").length;
    if (!tabs && filled === 1 && columnAt(chunks[0]?.start ?? 0) === 0 && !/^[\dIVX]{1,4}\.?$/u.test(cells[0] ?? "")) break;
    const opensRow = tabs || !numbered || (cells[0] ?? "") !== "";
    const last = rows[rows.length - 1];
    if (!opensRow && last && rows.length > 1) {
      cells.forEach((c, k) => {
        if (c) last[k] = last[k] ? `${last[k]} ${c}` : c;
      });
    } else rows.push(cells);
  }
  return { rows, end: i };
}

const ROW_NUMBER = /^(?:\d{1,3}|[IVX]{1,4})\.?$/u;

/** The column names a header written with single spaces is made of ("STT Nội dung nhiệm vụ Cơ quan chủ trì …"). */
const HEADER_PHRASE =
  /(?:Số TT|STT|TT|Nội dung(?: nhiệm vụ| công việc)?|Tên nhiệm vụ|Nhiệm vụ(?:, giải pháp)?|Công việc|(?:Cơ quan|Đơn vị) (?:chủ trì|thực hiện|phối hợp|chịu trách nhiệm)|Chủ trì|Phối hợp|Thời gian(?: hoàn thành| thực hiện)?|Thời hạn(?: hoàn thành)?|Tiến độ(?: thực hiện)?|Sản phẩm(?: đầu ra)?|Kết quả|Ghi chú|Lãnh đạo phụ trách)(?![\p{L}])/giu;

/**
 * A task table that PDF extraction gave with single spaces: a header line made only of column names,
 * then one line per row opening with its number. Rows become "| n | rest |" (the task reader finds
 * the cells again); a line without a number continues the row above; a group line ("I. …", "A …")
 * is a row of its own. The table ends at a line that reads as body text.
 */
function readFlatTable(lines: string[], from: number): { rows: string[][]; end: number } | null {
  const line = (lines[from] ?? "").trim();
  if (line.includes("\t") || /\s{2,}/u.test(line) || line.length > 200) return null;
  const phrases = [...line.matchAll(HEADER_PHRASE)].map((m) => m[0]);
  if (phrases.length < 3 || line.replace(HEADER_PHRASE, "").replace(/[\s|]/gu, "") !== "" || !isTaskHeader(phrases)) return null;
  const rows: string[][] = [phrases];
  let i = from + 1;
  for (; i < lines.length; i++) {
    const text = (lines[i] ?? "").trim();
    if (text === "") continue;
    const numbered = /^(\d{1,3}|[IVX]{1,4}|[A-Z])\.?\s+(\S.*)$/u.exec(text);
    const last = rows[rows.length - 1];
    if (numbered?.[1] && numbered[2] && (/^\d/u.test(numbered[1]) || !/\p{Ll}/u.test(numbered[2]))) rows.push([numbered[1], numbered[2]]);
    else if (rows.length > 1 && last && text.length < 120 && !/[.:]$/u.test(text))
      last[last.length - 1] = `${last[last.length - 1]} ${text}`;
    else break;
  }
  return rows.length > 1 ? { rows, end: i } : null;
}

/**
 * A table as Word's raw text gives it (mammoth): one cell per paragraph, paragraphs separated by one
 * empty line, an empty cell by two more. Read when it opens with a numbered task header
 * ("STT", "Nhiệm vụ", "Cơ quan chủ trì", …); each row starts at its number. A cell of several
 * paragraphs joins the task cell; a short row leaves its last cells empty (merged).
 */
function readStackedTable(lines: string[], from: number): { rows: string[][]; end: number } | null {
  if (columnOf(lines[from] ?? "") !== "number") return null;
  const entries: { text: string; end: number }[] = [];
  let blanks = 0;
  let i = from;
  for (; i < lines.length && entries.length < 400; i++) {
    const text = (lines[i] ?? "").trim();
    if (text === "") {
      blanks++;
      continue;
    }
    if (entries.length > 0 && blanks === 0) break; // a line break inside a paragraph: not this layout
    for (let k = 3; k <= blanks; k += 2) entries.push({ text: "", end: i });
    entries.push({ text, end: i + 1 });
    blanks = 0;
  }
  let width = 0;
  while (width < entries.length && width < 8 && columnOf(entries[width]?.text ?? "") !== "other") width++;
  const header = entries.slice(0, width).map((e) => e.text);
  if (width < 3 || !isTaskHeader(header)) return null;
  const taskAt = Math.max(header.map(columnOf).indexOf("task"), 1);
  const rows: string[][] = [header];
  let end = entries[width - 1]?.end ?? from + 1;
  for (let k = width; k < entries.length && ROW_NUMBER.test(entries[k]?.text ?? ""); ) {
    let next = k + 1;
    while (next < entries.length && !ROW_NUMBER.test(entries[next]?.text ?? "") && next - k < width * 2) next++;
    // the last row (no number after it) has exactly one cell per column; what follows is the body
    if (!ROW_NUMBER.test(entries[next]?.text ?? "")) next = Math.min(next, k + width);
    const cells = entries.slice(k, next).map((e) => e.text);
    const extra = cells.length - width;
    if (extra > 0) cells.splice(taskAt, extra + 1, cells.slice(taskAt, taskAt + extra + 1).join(" "));
    while (cells.length < width) cells.push("");
    rows.push(cells);
    end = entries[next - 1]?.end ?? end;
    k = next;
  }
  return rows.length > 1 ? { rows, end } : null;
}

/** "| 1 | Rà soát | Sở Công Thương |" → ["1", "Rà soát", "Sở Công Thương"]. */
export function cellsOf(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
}
