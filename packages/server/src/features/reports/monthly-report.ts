import { deadlineOn, monthlyReport, obligationPeriod, type ReportIssueInput } from "@dondoc/domain";
import type { ActionContext } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import type { PrintedIssue } from "./decree30";
import { draftSigner, findIssue, issueReport } from "./issue-report";
import { loadConsolidatedData } from "./load-report-data";
import { renderMonthlyDocx } from "./render-monthly-docx";
import { renderMonthlyXlsx } from "./render-monthly-xlsx";

/**
 * The window of the report of month M (Nghị định 09/2019, điều 12): data from the 15th of M−1 to
 * the 14th of M, due before the 20th of M (000), moved to the next working day when that is a day off.
 */
export function monthlyReportWindow(period: string) {
  const p = obligationPeriod(
    {
      frequency: "month",
      cutoff: { kind: "decree-09-2019", monthsEarlier: 0 },
      deadline: { kind: "recurring-monthly", value: "20", before: true },
    },
    period,
  );
  if (!p) throw new RangeError(`kỳ không hợp lệ: ${period}`);
  return { cutoff: p.cutoff, dueDate: deadlineOn(p.dueDate).due };
}

/**
 * The monthly report's figures for `period` ("2026-11"): the data recorded by the cut-off's last
 * day (or today, before then); the report is dated today while its window is open, else its due
 * date — once issued, by its issue, and computed as of the day its data stopped then.
 */
export async function monthlyReportFigures(db: Db, period: string, today: string) {
  const w = monthlyReportWindow(period);
  const issued = await findIssue(db, "monthly", period);
  const asOf = issued ? issued.dataAsOf : w.cutoff.to < today ? w.cutoff.to : today;
  const previousAsOf = monthlyReportWindow(previousMonth(period)).cutoff.to;
  const data = await loadConsolidatedData(db, { asOf, previousAsOf, frequency: "month", period, dueDate: w.dueDate });
  const printed: PrintedIssue = issued ?? { number: null, issuedOn: today < w.dueDate ? today : w.dueDate, signer: await draftSigner(db) };
  return {
    ...monthlyReport({ period, asOf, ...data, landClearance: { ...data.landClearance, previousAsOf } }),
    periodFrom: w.cutoff.from,
    printed,
  };
}

const previousMonth = (period: string) => {
  const [y, m] = period.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};

/** The monthly report of `period` ("2026-11") as .docx or .xlsx. */
export async function generateMonthlyReport(db: Db, period: string, format: "docx" | "xlsx", today: string): Promise<Buffer> {
  const report = await monthlyReportFigures(db, period, today);
  return format === "docx" ? renderMonthlyDocx(report, report.printed) : renderMonthlyXlsx(report);
}

/** Issues the monthly report of `period`: its figures as they stand, printed with the number, date and signer. */
export async function issueMonthlyReport(db: Db, period: string, input: ReportIssueInput, ctx: ActionContext) {
  const report = await monthlyReportFigures(db, period, ctx.today);
  return issueReport(
    db,
    { kind: "monthly", period, label: report.periodLabel, dataAsOf: report.asOf, render: (issue) => renderMonthlyDocx(report, issue) },
    input,
    ctx,
  );
}
