import { monthlyReport } from "@dondoc/domain";
import type { Db } from "../../db/client";
import { loadReportData } from "./load-report-data";
import { renderMonthlyDocx } from "./render-monthly-docx";
import { renderMonthlyXlsx } from "./render-monthly-xlsx";

/** The monthly report of `period` ("2026-11") as .docx or .xlsx, from the data recorded by the period's last day. */
export async function generateMonthlyReport(db: Db, period: string, format: "docx" | "xlsx", today: string): Promise<Buffer> {
  const end = monthlyReport({ period, zones: [], tasks: [] }).asOf;
  const asOf = end < today ? end : today;
  const data = await loadReportData(db, asOf);
  const report = { ...monthlyReport({ period, ...data }), asOf };
  return format === "docx" ? renderMonthlyDocx(report, asOf) : renderMonthlyXlsx(report);
}
