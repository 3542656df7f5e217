import { annualReport, type ReportIssueInput } from "@dondoc/domain";
import { asc } from "drizzle-orm";
import type { ActionContext } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { targets } from "../../db/schema";
import type { PrintedIssue } from "./decree30";
import { draftSigner, findIssue, issueReport } from "./issue-report";
import { loadConsolidatedData } from "./load-report-data";
import { renderAnnualDocx } from "./render-annual-docx";
import { renderAnnualXlsx } from "./render-annual-xlsx";

/** The annual report's figures for `year`, from the data recorded by 31/12 (or today, for the current year). */
export async function annualReportFigures(db: Db, year: number, today: string) {
  const end = `${year}-12-31`;
  const issued = await findIssue(db, "annual", String(year));
  const asOf = issued ? issued.dataAsOf : end < today ? end : today;
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
  const printed: PrintedIssue = issued ?? { number: null, issuedOn: asOf, signer: await draftSigner(db) };
  const report = annualReport({
    year,
    ...data,
    asOf,
    targets: targetRows.map((t) => ({ id: t.id, text: t.text, metric: t.metric, threshold: t.threshold, byYear: t.byYear })),
  });
  return { ...report, printed };
}

/** The annual report of `year` as .docx or .xlsx; reproducible like the monthly one. */
export async function generateAnnualReport(db: Db, year: number, format: "docx" | "xlsx", today: string): Promise<Buffer> {
  const report = await annualReportFigures(db, year, today);
  return format === "docx" ? renderAnnualDocx(report, report.printed) : renderAnnualXlsx(report);
}

/** Issues the annual report of `year` (no task occurrence: the 30/11 duty of 003 is the agencies' reports to Sở Công Thương). */
export async function issueAnnualReport(db: Db, year: number, input: ReportIssueInput, ctx: ActionContext) {
  const report = await annualReportFigures(db, year, ctx.today);
  return issueReport(
    db,
    {
      kind: "annual",
      period: String(year),
      label: report.periodLabel,
      dataAsOf: report.asOf,
      render: (issue) => renderAnnualDocx(report, issue),
    },
    input,
    ctx,
  );
}
