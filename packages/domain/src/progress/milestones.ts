import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date-schema";
import { normVi } from "../shared/vi-text";
import { newSourceDocumentInput, oneSourceDocument } from "../zones/zone-input";

/**
 * Milestones (mốc tiến độ) of a zone's infrastructure project or of a tenant project, planned and
 * actual, as reported on a date. Facts are appended: a milestone's state as of a day is its latest
 * fact reported by then. Whether it is late is computed from the dates, never typed.
 */
export const zoneMilestones = [
  "site-clearance",
  "levelling",
  "roads",
  "power",
  "water",
  "wastewater-plant",
  "fire-safety",
  "acceptance",
  "operation",
] as const;
export const projectMilestones = ["investment-approval", "land-lease", "construction", "operation"] as const;
export type ZoneMilestone = (typeof zoneMilestones)[number];
export type ProjectMilestone = (typeof projectMilestones)[number];

/** Every milestone kind, in the order they happen (zone kinds first). */
export const milestoneKinds = [...zoneMilestones, "investment-approval", "land-lease", "construction"] as const;
export type MilestoneKind = (typeof milestoneKinds)[number];

export const milestoneLabels: Record<MilestoneKind, { vi: string; en: string }> = {
  "site-clearance": { vi: "Giải phóng mặt bằng", en: "Site clearance" },
  levelling: { vi: "San lấp mặt bằng", en: "Levelling" },
  roads: { vi: "Hệ thống giao thông nội bộ", en: "Roads" },
  power: { vi: "Hệ thống cấp điện", en: "Power supply" },
  water: { vi: "Hệ thống cấp nước", en: "Water supply" },
  "wastewater-plant": { vi: "Nhà máy xử lý nước thải tập trung", en: "Central wastewater plant" },
  "fire-safety": { vi: "Hệ thống phòng cháy, chữa cháy", en: "Fire safety system" },
  acceptance: { vi: "Nghiệm thu hạ tầng", en: "Acceptance" },
  operation: { vi: "Đưa vào hoạt động", en: "Operation" },
  "investment-approval": { vi: "Chấp thuận chủ trương đầu tư", en: "Investment approval" },
  "land-lease": { vi: "Thuê đất", en: "Land lease" },
  construction: { vi: "Xây dựng nhà xưởng", en: "Construction" },
};

const text = (max: number) =>
  z
    .string()
    .transform(normVi)
    .pipe(z.string().max(max, `Nội dung dài quá ${max} ký tự.`));

/** Where a reported figure comes from: a document of the registry and its passage (both optional). */
export const progressSourceInput = z
  .object({
    documentId: z.string().max(80).nullable().default(null),
    newDocument: newSourceDocumentInput.nullable().default(null),
    passage: text(500).nullable().default(null),
  })
  .strict()
  .superRefine(oneSourceDocument);
export type ProgressSourceInput = z.infer<typeof progressSourceInput>;

export const milestoneInput = z
  .object({
    milestone: z.enum(milestoneKinds, { error: "Mốc tiến độ không hợp lệ." }),
    projectId: z.number({ error: "Mã dự án thứ cấp phải là một số." }).int().positive().nullable().default(null),
    plannedOn: isoDateSchema.nullable().default(null),
    actualOn: isoDateSchema.nullable().default(null),
    reportedOn: isoDateSchema,
    note: text(2000).nullable().default(null),
    source: progressSourceInput.nullable().default(null),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.plannedOn === null && v.actualOn === null)
      ctx.addIssue({ code: "custom", path: ["plannedOn"], message: "Cần ngày kế hoạch hoặc ngày hoàn thành thực tế." });
    const allowed: readonly string[] = v.projectId === null ? zoneMilestones : projectMilestones;
    if (!allowed.includes(v.milestone))
      ctx.addIssue({
        code: "custom",
        path: ["milestone"],
        message:
          v.projectId === null
            ? `"${milestoneLabels[v.milestone].vi}" là mốc của dự án thứ cấp; cần chọn dự án.`
            : `"${milestoneLabels[v.milestone].vi}" là mốc của hạ tầng khu, cụm, không phải của dự án thứ cấp.`,
      });
  });
export type MilestoneInput = z.infer<typeof milestoneInput>;

/** What is wrong with a milestone report given today (Vietnam): dates in the future are refused. */
export function checkMilestone(input: Pick<MilestoneInput, "actualOn" | "reportedOn">, today: string): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (input.reportedOn > today) problems.push({ path: "reportedOn", message: "Ngày báo cáo không được sau ngày hôm nay." });
  if (input.actualOn !== null && input.actualOn > today)
    problems.push({ path: "actualOn", message: "Ngày hoàn thành thực tế không được sau ngày hôm nay." });
  else if (input.actualOn !== null && input.actualOn > input.reportedOn)
    problems.push({ path: "actualOn", message: "Ngày hoàn thành thực tế không được sau ngày báo cáo." });
  return problems;
}

export interface MilestoneFact {
  id: number;
  zoneId: string;
  projectId: number | null;
  milestone: string;
  plannedOn: string | null;
  actualOn: string | null;
  reportedOn: string;
}

export interface MilestoneState {
  zoneId: string;
  projectId: number | null;
  milestone: string;
  /** Vietnamese label of the milestone */
  label: string;
  plannedOn: string | null;
  actualOn: string | null;
  reportedOn: string;
  /** the planned date has passed and it was not done by asOf */
  late: boolean;
  /** days from the planned date to asOf, when late */
  daysLate: number | null;
}

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const order = (m: string) => {
  const i = (milestoneKinds as readonly string[]).indexOf(m);
  return i < 0 ? milestoneKinds.length : i;
};

/** Each milestone's latest fact reported by `asOf` (per zone, project and milestone), with its lateness on that day. */
export function milestonesAsOf(facts: MilestoneFact[], asOf: string): MilestoneState[] {
  const latest = new Map<string, MilestoneFact>();
  for (const f of facts) {
    if (f.reportedOn > asOf) continue;
    const key = `${f.zoneId}|${f.projectId ?? ""}|${f.milestone}`;
    const seen = latest.get(key);
    if (!seen || f.reportedOn > seen.reportedOn || (f.reportedOn === seen.reportedOn && f.id > seen.id)) latest.set(key, f);
  }
  return [...latest.values()]
    .map((f): MilestoneState => {
      const done = f.actualOn !== null && f.actualOn <= asOf;
      const late = !done && f.plannedOn !== null && f.plannedOn < asOf;
      return {
        zoneId: f.zoneId,
        projectId: f.projectId,
        milestone: f.milestone,
        label: (milestoneLabels as Record<string, { vi: string }>)[f.milestone]?.vi ?? f.milestone,
        plannedOn: f.plannedOn,
        actualOn: done ? f.actualOn : null,
        reportedOn: f.reportedOn,
        late,
        daysLate: late && f.plannedOn ? dayNumber(asOf) - dayNumber(f.plannedOn) : null,
      };
    })
    .sort((a, b) => a.zoneId.localeCompare(b.zoneId) || (a.projectId ?? 0) - (b.projectId ?? 0) || order(a.milestone) - order(b.milestone));
}
