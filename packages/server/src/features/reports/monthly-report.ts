import { deadlineOn, endOfMonth, monthlyReport, previousPeriodEnd } from "@dondoc/domain";
import type { Db } from "../../db/client";
import { loadConsolidatedData } from "./load-report-data";
import { renderMonthlyDocx } from "./render-monthly-docx";
import { renderMonthlyXlsx } from "./render-monthly-xlsx";

/** The monthly report's figures for `period` ("2026-11"), from the data recorded by the period's last day (or today). */
export async function monthlyReportFigures(db: Db, period: string, today: string) {
  const [y, m] = period.split("-").map(Number);
  const end = endOfMonth(y as number, m as number);
  const asOf = end < today ? end : today;
  // due before the 20th of the month (000), moved to the next working day when that is a day off
  const dueDate = deadlineOn(`${period}-19`).due;
  const data = await loadConsolidatedData(db, { asOf, previousAsOf: previousPeriodEnd(period), frequency: "month", period, dueDate });
  return monthlyReport({ period, asOf, ...data });
}

/** The monthly report of `period` ("2026-11") as .docx or .xlsx, from the data recorded by the period's last day. */
export async function generateMonthlyReport(db: Db, period: string, format: "docx" | "xlsx", today: string): Promise<Buffer> {
  const report = await monthlyReportFigures(db, period, today);
  return format === "docx" ? renderMonthlyDocx(report, report.asOf) : renderMonthlyXlsx(report);
}
