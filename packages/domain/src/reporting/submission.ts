import { z } from "zod";
import { landClearanceInput } from "../progress/land-clearance";
import type { ErrorDetail } from "../shared/app-error";
import { normVi } from "../shared/vi-text";
import { type Obligation, type ReportSection, reportSectionLabels, reportSections } from "./obligation";

const sectionText = z
  .string({ error: "Nội dung phải là văn bản." })
  .transform((s) => normVi(s).trim())
  .pipe(z.string().max(20_000, "Nội dung quá dài (tối đa 20.000 ký tự)."));

/** What a reporter sends for one period: the sections asked, and land clearance figures when asked. */
export const submissionInput = z.object({
  sections: z.record(z.string(), sectionText).default({}),
  landClearance: z
    .array(landClearanceInput.extend({ zoneId: z.string({ error: "Cần dự án." }).min(1, "Cần dự án.").max(80) }))
    .max(50, "Quá nhiều dòng số liệu trong một lần nộp.")
    .default([]),
});
export type SubmissionInput = z.infer<typeof submissionInput>;

/**
 * Problems of a submission against its obligation: a section it does not ask, an empty "results"
 * when asked, figures it does not ask. Empty when the submission fits.
 */
export function checkSubmission(obligation: Pick<Obligation, "sections" | "figures">, input: SubmissionInput): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const asked = new Set<string>(obligation.sections);
  for (const key of Object.keys(input.sections)) {
    if (!asked.has(key)) problems.push({ path: `sections.${key}`, message: `Chế độ báo cáo này không yêu cầu mục "${key}".` });
  }
  for (const s of reportSections) {
    if (s === "results" && asked.has(s) && !input.sections[s])
      problems.push({ path: `sections.${s}`, message: `Cần nhập mục "${reportSectionLabels[s].vi}".` });
  }
  const hasText = obligation.sections.some((s: ReportSection) => (input.sections[s] ?? "") !== "");
  if (obligation.sections.length > 0 && !hasText && input.landClearance.length === 0)
    problems.push({ path: "sections", message: "Báo cáo chưa có nội dung." });
  if (input.landClearance.length > 0 && !obligation.figures.includes("land-clearance"))
    problems.push({ path: "landClearance", message: "Chế độ báo cáo này không yêu cầu số liệu giải phóng mặt bằng." });
  return problems;
}
