import type { DeadlineRule } from "../deadlines/deadline-rule";
import { type AgencyItem, type ListContext, readAgencyList } from "./agency-list";
import { findDeadlinePhrases, type PhraseOptions } from "./deadline-phrases";
import { nameCellsOf, splitFlatRow } from "./flat-rows";
import { type Column, cellsOf, columnOf, isTaskHeader } from "./table-rows";

/**
 * Rows of a task table → tasks. The header says which column holds the task, the lead, the
 * coordinators and the deadline. A merged cell reaches the text as an empty cell in the rows it
 * covers, so an empty lead or deadline is the one of the row above; a group row ("I | Nhóm nhiệm vụ
 * về quy hoạch", nothing else filled) starts a new group and inherits nothing.
 */

export interface TableTask {
  lead: AgencyItem[];
  coordinators: AgencyItem[];
  task: string;
  row: string;
  deadlineText: string | null;
  deadline: DeadlineRule;
}

interface Table {
  columns: Column[];
  lead: AgencyItem[] | null;
  deadline: { text: string | null; rule: DeadlineRule } | null;
}

export class TableReader {
  private table: Table | null = null;

  constructor(
    private readonly ctx: ListContext,
    private readonly options: PhraseOptions,
  ) {}

  /** Feeds one row of a table; any other block ends the table. */
  read(row: string | null): TableTask | null {
    if (row === null) {
      this.table = null;
      return null;
    }
    let cells = cellsOf(row);
    if (isTaskHeader(cells)) {
      this.table = { columns: cells.map(columnOf), lead: null, deadline: null };
      return null;
    }
    const table = this.table;
    if (!table || cells.every((c) => /^[-:\s]*$/u.test(c))) return null;
    // a row extracted as one line: "| 1 | Rà soát … Văn phòng UBND tỉnh Các sở, ngành Quý I/2025 |"
    if (cells.length === 2 && table.columns.length >= 3 && /^\d/u.test(cells[0] ?? "")) {
      cells = splitFlatRow(cells[0] ?? "", cells[1] ?? "", table.columns, this.ctx) ?? cells;
    }
    const cell = (column: Column) =>
      table.columns
        .flatMap((c, k) => (c === column ? [cells[k] ?? ""] : []))
        .filter((c) => c !== "")
        .join(" ");
    const task = cell("task");
    let leadText = cell("lead");
    const deadlineText = cell("deadline");
    let coordinatorText = cell("coordinators");
    // a space-laid row whose lead ran into the coordinators column: "Sở Khoa học và Công nghệ Các sở, ngành"
    if (leadText && !coordinatorText && table.columns.includes("coordinators")) {
      const split = nameCellsOf(leadText, this.ctx);
      if (split?.length === 2) [leadText, coordinatorText] = [split[0] ?? "", split[1] ?? ""];
    }
    if (!leadText && !deadlineText && !coordinatorText && isGroupRow(cell("number"), task)) {
      table.lead = null;
      table.deadline = null;
      return null;
    }
    if (leadText) table.lead = namesOf(leadText, this.ctx);
    if (deadlineText) table.deadline = { text: deadlineText, rule: deadlineOfCell(deadlineText, this.options) };
    if (!table.lead || !task) return null;
    return {
      lead: table.lead,
      coordinators: coordinatorText ? namesOf(coordinatorText, this.ctx) : [],
      task,
      row: cells.filter((c) => c !== "").join(" | "),
      deadlineText: table.deadline?.text ?? null,
      deadline: table.deadline?.rule ?? { kind: "none", value: null },
    };
  }
}

/** "I | Nhóm nhiệm vụ về quy hoạch", "A | CÔNG TÁC QUY HOẠCH": a group of the rows below it. */
function isGroupRow(number: string, task: string): boolean {
  if (/^(?:[IVXLC]{1,6}|[A-Z])\.?$/u.test(number)) return true;
  return number === "" && task !== "" && !/\p{Ll}/u.test(task);
}

/**
 * The names of a lead or coordinators cell. The agency-list reader reads them when it can read the
 * whole cell; otherwise the cell is split where a new name begins (";", or "," / "và" before a
 * capital) and each part kept as written.
 */
export function namesOf(text: string, ctx: ListContext): AgencyItem[] {
  const clean = text.replace(/[.;,\s]+$/u, "").trim();
  const list = readAgencyList(clean, ctx);
  if (list && /^[\s.;,]*$/u.test(clean.slice(list.end))) return list.items;
  return clean
    .split(/\s*;\s*|\s*,\s*(?=\p{Lu})|\s+và\s+(?=\p{Lu})/u)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => readAgencyList(part, ctx)?.items[0] ?? { text: part, joiner: null, entry: null, generic: /^các\s/iu.test(part) });
}

/** A deadline cell: its words are a deadline by position, so "Quý I/2026", "Tháng 12/2025", "2026" need no "trong". */
export function deadlineOfCell(text: string, options: PhraseOptions): DeadlineRule {
  for (const candidate of [text, `trong ${text.replace(/^(?:Tháng|Quý|Năm)/u, (w) => w.toLowerCase())}`]) {
    const phrase = findDeadlinePhrases(candidate, options).find((p) => p.rule !== null);
    if (phrase?.rule) return phrase.rule;
  }
  // "2026", "Năm 2026", "2025 - 2026" (the work may run until the end of the range)
  const year = /^(?:năm\s+)?(\d{4})(?:\s*[-–]\s*(\d{4}))?$/iu.exec(text.trim());
  if (year?.[1]) return { kind: "year", value: year[2] ?? year[1] };
  return { kind: "none", value: null };
}
