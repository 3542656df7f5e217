import ExcelJS from "exceljs";

/** Reads an exported workbook: its header row and data rows, as text keyed by header. */
export async function readRows(path: string): Promise<Record<string, string>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(headers.map((h, i) => [h, String(values[i] ?? "")]).filter(([h]) => h)));
  });
  return rows;
}

/** Writes a copy of `path` where the first data row's `column` holds `value`. */
export async function withCell(path: string, out: string, column: string, value: string | number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  const index = (sheet.getRow(1).values as unknown[]).findIndex((v) => String(v) === column);
  if (index < 0) throw new Error(`no column "${column}"`);
  sheet.getRow(2).getCell(index).value = value;
  await workbook.xlsx.writeFile(out);
}
