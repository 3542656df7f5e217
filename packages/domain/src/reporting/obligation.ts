import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date-schema";
import { deadlineRuleSchema } from "../deadlines/deadline-rule";

/**
 * A reporting obligation (chế độ báo cáo) as data: who reports (named agencies or a group resolved
 * from the registry), to whom, how often, the data cut-off (Decree 09/2019), the deadline rule (the
 * follow-up's `DeadlineRule`, read per period, see periods.ts), what is asked, and its legal basis.
 */
export const reportingFrequencies = ["month", "quarter", "half-year", "year"] as const;
export type ReportingFrequency = (typeof reportingFrequencies)[number];

export const frequencyLabels: Record<ReportingFrequency, { vi: string; en: string }> = {
  month: { vi: "Hằng tháng", en: "Monthly" },
  quarter: { vi: "Hằng quý", en: "Quarterly" },
  "half-year": { vi: "6 tháng", en: "Half-yearly" },
  year: { vi: "Hằng năm", en: "Yearly" },
};

/**
 * Groups of reporters, resolved by the server from the registry and the open tasks with
 * `resolveReporters` (reporters.ts), each member with why it is asked:
 * - departments: every provincial department and board (sở, ban, ngành), for a text that asks all;
 * - zone-task-bodies / cluster-task-bodies: the bodies that lead or coordinate an open task on an
 *   industrial zone or cluster (a cluster) — "các sở, ban, ngành … liên quan";
 * - communes-with-project / communes-with-cluster: the commune committees on whose land an
 *   industrial zone or cluster (an industrial cluster) lies, from the registry's zone → commune rows;
 * - infrastructure-investors / cluster-investors: the infrastructure investors of those zones.
 */
export const reporterGroups = [
  "departments",
  "zone-task-bodies",
  "cluster-task-bodies",
  "communes-with-project",
  "communes-with-cluster",
  "infrastructure-investors",
  "cluster-investors",
] as const;
export type ReporterGroup = (typeof reporterGroups)[number];
export const reporterGroupLabels: Record<ReporterGroup, { vi: string; en: string }> = {
  departments: { vi: "Các sở, ban, ngành", en: "Provincial departments and boards" },
  "zone-task-bodies": {
    vi: "Các cơ quan, đơn vị chủ trì, phối hợp nhiệm vụ còn mở về khu, cụm công nghiệp",
    en: "Bodies leading or coordinating an open task on an industrial zone or cluster",
  },
  "cluster-task-bodies": {
    vi: "Các cơ quan, đơn vị chủ trì, phối hợp nhiệm vụ còn mở về cụm công nghiệp",
    en: "Bodies leading or coordinating an open task on an industrial cluster",
  },
  "communes-with-project": { vi: "UBND các xã, phường có khu, cụm công nghiệp trên địa bàn", en: "Communes where a zone lies" },
  "communes-with-cluster": { vi: "UBND các xã, phường có cụm công nghiệp trên địa bàn", en: "Communes where an industrial cluster lies" },
  "infrastructure-investors": { vi: "Các chủ đầu tư hạ tầng khu, cụm công nghiệp", en: "Infrastructure investors" },
  "cluster-investors": { vi: "Các chủ đầu tư hạ tầng cụm công nghiệp", en: "Industrial cluster infrastructure investors" },
};

/** The reporters as the source words them ("các sở, ban, ngành, UBND các xã, phường và các đơn vị liên quan"). */
const wording = z.string().max(500).optional();
const groupSchema = z.enum(reporterGroups, { error: "Nhóm cơ quan báo cáo không hợp lệ." });
export const reporterSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("agency"), agencyIds: z.array(z.string().min(1)).min(1, "Cần ít nhất một cơ quan báo cáo."), wording }),
  z.object({ kind: z.literal("group"), group: groupSchema, wording }),
  z.object({
    kind: z.literal("groups"),
    groups: z.array(groupSchema).min(1),
    /** agencies named besides the groups */
    agencyIds: z.array(z.string().min(1)).default([]),
    wording,
  }),
]);
export type Reporter = z.infer<typeof reporterSchema>;

/**
 * The data cut-off (thời gian chốt số liệu). `decree-09-2019`: 15th of the previous month to the
 * 14th (month); 15th of the month before the quarter to the 14th of its last month; 15/12–14/6 and
 * 15/6–14/12 (half-years); 15/12–14/12 (year). `monthsEarlier` moves that window back, for an
 * obligation whose deadline comes before the standard cut-off (always with `inferred`).
 * `calendar-period`: the period itself (1st to last day).
 */
export const cutoffRuleSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("decree-09-2019"),
    monthsEarlier: z.number().int().min(0).max(11).default(0),
    inferred: z.string().optional(),
  }),
  z.object({ kind: z.literal("calendar-period"), inferred: z.string().optional() }),
]);
export type CutoffRule = z.infer<typeof cutoffRuleSchema>;

export const reportFigures = ["land-clearance", "milestones", "tenant-projects"] as const;
export type ReportFigure = (typeof reportFigures)[number];
export const reportFigureLabels: Record<ReportFigure, { vi: string; en: string }> = {
  "land-clearance": { vi: "Số liệu giải phóng mặt bằng", en: "Land clearance figures" },
  milestones: { vi: "Tiến độ các mốc của dự án", en: "Project milestones" },
  "tenant-projects": { vi: "Dự án thứ cấp (thu hút đầu tư, lấp đầy)", en: "Tenant projects (occupancy)" },
};

export const reportSections = ["results", "difficulties", "causes", "proposals"] as const;
export type ReportSection = (typeof reportSections)[number];
export const reportSectionLabels: Record<ReportSection, { vi: string; en: string }> = {
  results: { vi: "Kết quả thực hiện", en: "Results" },
  difficulties: { vi: "Khó khăn, vướng mắc", en: "Difficulties" },
  causes: { vi: "Nguyên nhân", en: "Causes" },
  proposals: { vi: "Kiến nghị, đề xuất", en: "Proposals" },
};

/** Deadline kinds an obligation may use: they are read per period (periods.ts). */
export const obligationDeadlineKinds = ["recurring-monthly", "recurring-quarterly", "recurring-yearly", "working-days-after"] as const;

export const obligationSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,80}$/, "Mã chế độ báo cáo chỉ gồm chữ thường không dấu, số và dấu gạch ngang."),
  title: z.string().min(1, "Cần tên chế độ báo cáo.").max(500),
  reporter: reporterSchema,
  recipientAgencyId: z.string().min(1, "Cần cơ quan nhận báo cáo."),
  frequency: z.enum(reportingFrequencies, { error: "Kỳ báo cáo phải là tháng, quý, 6 tháng hoặc năm." }),
  cutoff: cutoffRuleSchema,
  deadline: deadlineRuleSchema.refine(
    (r) => (obligationDeadlineKinds as readonly string[]).includes(r.kind),
    "Hạn báo cáo phải là hạn định kỳ (ngày trong tháng, trong năm) hoặc số ngày làm việc sau ngày chốt số liệu.",
  ),
  figures: z.array(z.enum(reportFigures)).default([]),
  sections: z.array(z.enum(reportSections)).default([]),
  legalBasis: z.string().min(1, "Cần căn cứ pháp lý."),
  sourceDocumentId: z.string().nullable().default(null),
  sourcePassage: z.string().nullable().default(null),
  startsOn: isoDateSchema,
  active: z.boolean().default(true),
});
export type Obligation = z.infer<typeof obligationSchema>;
