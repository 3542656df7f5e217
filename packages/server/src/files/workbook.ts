import type ExcelJS from "exceljs";

/**
 * A new ExcelJS workbook, the library loaded on first use: loading it costs about 0.4 s of CPU and
 * only exports and imports need it, so a start-up does not pay for it.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import("exceljs");
  return new exceljs.Workbook();
}
