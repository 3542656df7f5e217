import { AppError, canSubmitReport, checkSubmission, type SubmissionInput } from "@dondoc/domain";
import { and, desc, eq } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { reportSubmissions } from "../../db/schema";
import { insertLandClearanceEntry } from "../progress/land-clearance";
import { periodOf, readObligation, reporterResolver } from "./obligations";

/**
 * A reporter's submission for one period: the sections asked and, when the obligation asks for
 * them, land clearance entries for its projects, written with the same checks and permission rule as
 * the ledger's own form. Submission, entries and audit rows are one transaction: a bad figure
 * writes nothing. A second submission replaces the text (replacesId); the first keeps its date.
 */
export async function submitReport(
  db: Db,
  obligationId: string,
  periodKey: string,
  input: SubmissionInput,
  ctx: ActionContext,
): Promise<{ submissionId: number; landClearanceEntryIds: number[] }> {
  const obligation = await readObligation(db, obligationId);
  if (!obligation.active) throw new AppError("not_found", "Không tìm thấy chế độ báo cáo này.");
  const period = periodOf(obligation, periodKey);
  const expected = await (await reporterResolver(db, ctx.today)).expected(obligation, period);
  if (
    !canSubmitReport(
      ctx.actor,
      expected.map((r) => r.agencyId),
    )
  ) {
    throw new AppError("forbidden", "Cơ quan của bạn không phải đơn vị báo cáo của chế độ báo cáo này trong kỳ này.");
  }
  if (period.cutoff.from > ctx.today) {
    throw new AppError("invalid", `Kỳ báo cáo ${period.label} chưa bắt đầu (số liệu tính từ ${period.cutoff.from}).`, [
      { path: "period", message: "Kỳ báo cáo chưa bắt đầu." },
    ]);
  }
  const problems = checkSubmission(obligation, input);
  if (problems.length > 0) throw new AppError("invalid", "Báo cáo chưa hợp lệ; chưa ghi gì.", problems);
  const agencyId = ctx.actor.agencyId as string; // canSubmitReport requires it

  return db.transaction(async (tx) => {
    const landClearanceEntryIds: number[] = [];
    for (const [i, { zoneId, ...entry }] of input.landClearance.entries()) {
      try {
        landClearanceEntryIds.push(await insertLandClearanceEntry(tx, zoneId, entry, ctx));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const at = `Dòng số liệu ${i + 1}`;
        throw new AppError(
          error.code,
          `${at}: ${error.message}`,
          error.details.length > 0
            ? error.details.map((d) => ({ ...d, path: `landClearance.${i}.${d.path}` }))
            : [{ path: `landClearance.${i}`, message: error.message }],
        );
      }
    }
    const [previous] = await tx
      .select({ id: reportSubmissions.id })
      .from(reportSubmissions)
      .where(
        and(
          eq(reportSubmissions.obligationId, obligation.id),
          eq(reportSubmissions.period, period.period),
          eq(reportSubmissions.reporterAgencyId, agencyId),
        ),
      )
      .orderBy(desc(reportSubmissions.id))
      .limit(1);
    const sections = Object.fromEntries(Object.entries(input.sections).filter(([, v]) => v !== ""));
    const figureRefs = landClearanceEntryIds.length > 0 ? { "land-clearance": landClearanceEntryIds } : {};
    const [row] = await tx
      .insert(reportSubmissions)
      .values({
        obligationId: obligation.id,
        period: period.period,
        reporterAgencyId: agencyId,
        submittedOn: ctx.today,
        sections,
        figureRefs,
        replacesId: previous?.id ?? null,
        submittedBy: ctx.actor.name,
      })
      .returning({ id: reportSubmissions.id });
    if (!row) throw new Error("submission not stored");
    await recordAudit(tx, ctx, {
      action: previous ? "resubmit" : "submit",
      entity: "report-submission",
      entityId: `${obligation.id}#${period.period}#${agencyId}#${row.id}`,
      after: { sections, figureRefs, submittedOn: ctx.today, replacesId: previous?.id ?? null },
    });
    return { submissionId: row.id, landClearanceEntryIds };
  });
}
