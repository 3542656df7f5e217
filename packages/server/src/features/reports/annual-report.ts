import { annualReport } from "@dondoc/domain";
import { asc } from "drizzle-orm";
import type { Db } from "../../db/client";
import { targets } from "../../db/schema";
import { loadConsolidatedData } from "./load-report-data";
import { renderAnnualDocx } from "./render-annual-docx";
import { renderAnnualXlsx } from "./render-annual-xlsx";

/** The annual report's figures for `year`, from the data recorded by 31/12 (or today, for the current year). */
export async function annualReportFigures(db: Db, year: number, today: string) {
  const end = `${year}-12-31`;
  const asOf = end < today ? end : today;
  const [data, targetRows] = await Promise.all([
    loadConsolidatedData(db, {
      asOf,
      previousAsOf: `${year - 1}-12-31`,
      frequency: "year",
      period: String(year),
      dueDate: `${year}-12-31`,
    }),
    db.select().from(targets).orderBy(asc(targets.id)),
  ]);
  return annualReport({
    year,
    ...data,
    asOf,
    targets: targetRows.map((t) => ({ id: t.id, text: t.text, metric: t.metric, threshold: t.threshold, byYear: t.byYear })),
  });
}

/** The annual report of `year` as .docx or .xlsx; reproducible like the monthly one. */
export async function generateAnnualReport(db: Db, year: number, format: "docx" | "xlsx", today: string): Promise<Buffer> {
  const report = await annualReportFigures(db, year, today);
  return format === "docx" ? renderAnnualDocx(report, report.asOf) : renderAnnualXlsx(report);
}
