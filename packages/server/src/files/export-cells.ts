/**
 * The one writer of exported cells (CSV and .xlsx), so that no text typed by a user (a zone's name, a
 * task's summary) becomes a live formula in the spreadsheet of whoever opens the export (OWASP "CSV
 * injection"). CSV: a text starting with =, +, -, @, tab or CR is prefixed with an apostrophe.
 * .xlsx: every text is a string cell (ExcelJS writes it as a shared string, never a formula); values
 * of other types are turned into text, so no formula, hyperlink or rich object slips in.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One CSV field: lists joined by "; ", text neutralised, quoted when it holds a quote, comma or line break. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = neutralizeFormula(Array.isArray(value) ? value.join("; ") : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: UTF-8 BOM (so Excel reads Vietnamese right), CRLF line ends. */
export function csvDocument(header: string[], rows: unknown[][]): string {
  return `\uFEFF${[header.map(csvCell).join(","), ...rows.map((r) => r.map(csvCell).join(","))].join("\r\n")}\r\n`;
}

export type SheetValue = string | number | boolean | Date | null;

/** One .xlsx cell value: text stays text (a string cell), numbers, dates and booleans stay typed. */
export function sheetCell(value: unknown): SheetValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  return Array.isArray(value) ? value.join("; ") : String(value);
}

/** A row for ExcelJS's addRow, by column key or by position. */
export function sheetRow<T extends Record<string, unknown> | unknown[]>(
  row: T,
): T extends unknown[] ? SheetValue[] : Record<string, SheetValue> {
  return (Array.isArray(row) ? row.map(sheetCell) : Object.fromEntries(Object.entries(row).map(([k, v]) => [k, sheetCell(v)]))) as never;
}
