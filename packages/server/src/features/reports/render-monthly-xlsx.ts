import { formatDateVi, type MonthlyReport } from "@dondoc/domain";
import { newWorkbook } from "../../files/workbook";
import { baseSheets, progressSheets } from "./report-sections";

/** The monthly report's tables as .xlsx (one sheet each), with the same figures as the .docx. */
export async function renderMonthlyXlsx(r: MonthlyReport): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = "Đôn Đốc";
  wb.created = wb.modified = new Date(`${r.asOf}T00:00:00+07:00`);
  const title = `Báo cáo ${r.periodLabel} — số liệu đến ${formatDateVi(r.asOf)}`;
  baseSheets(wb, title, r);
  progressSheets(wb, title, r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
