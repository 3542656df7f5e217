import { projectMilestones, zoneMilestones } from "@dondoc/domain";

/** What the progress forms hold (antd): ISO dates, numbers, blanks as undefined, null or "". */
export interface MilestoneFormValues {
  projectId?: number | null;
  milestone?: string;
  plannedOn?: string | null;
  actualOn?: string | null;
  reportedOn?: string | null;
  note?: string | null;
}
export interface ProjectReportFormValues {
  name?: string;
  investorName?: string;
  reportedOn?: string | null;
  status?: string;
  areaHa?: number | null;
  registeredCapitalMillionVnd?: number | null;
  disbursedCapitalMillionVnd?: number | null;
  jobs?: number | null;
  note?: string | null;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const orNull = <T>(v: T | undefined | null): T | null => (blank(v) ? null : (v as T));
const text = (v: string | null | undefined) => (blank(v) ? null : (v as string).trim());

/** The milestones one may report: those of the zone's infrastructure, or those of a tenant project. */
export function milestoneChoices(projectId: number | null | undefined): readonly string[] {
  return projectId ? projectMilestones : zoneMilestones;
}

/** The body of POST /api/zones/:id/milestones. */
export function milestonePayload(v: MilestoneFormValues): Record<string, unknown> {
  return {
    milestone: v.milestone,
    projectId: orNull(v.projectId),
    plannedOn: orNull(v.plannedOn),
    actualOn: orNull(v.actualOn),
    reportedOn: v.reportedOn ?? "",
    note: text(v.note),
  };
}

/** The body of POST /api/zones/:id/tenant-projects (`withIdentity`) or of POST /api/tenant-projects/:id/reports. */
export function projectReportPayload(v: ProjectReportFormValues, withIdentity: boolean): Record<string, unknown> {
  const report = {
    reportedOn: v.reportedOn ?? "",
    status: v.status,
    areaHa: orNull(v.areaHa),
    registeredCapitalMillionVnd: orNull(v.registeredCapitalMillionVnd),
    disbursedCapitalMillionVnd: orNull(v.disbursedCapitalMillionVnd),
    jobs: orNull(v.jobs),
    note: text(v.note),
  };
  return withIdentity ? { name: v.name?.trim() ?? "", investorName: v.investorName?.trim() ?? "", ...report } : report;
}

/** A 422's details as antd form fields: messages under the field they name, the rest apart. */
export function fieldErrorsOf(
  details: { path: string; message: string }[],
  fields: readonly string[],
): { fields: { name: string; errors: string[] }[]; general: string[] } {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const d of details) {
    const root = d.path.split(".")[0] ?? "";
    const name = root === "source" ? null : fields.includes(root) ? root : null;
    if (!name) {
      if (!general.includes(d.message)) general.push(d.message);
      continue;
    }
    const list = byField.get(name) ?? [];
    if (!list.includes(d.message)) list.push(d.message);
    byField.set(name, list);
  }
  return { fields: [...byField.entries()].map(([name, errors]) => ({ name, errors })), general };
}

/** The i18n key explaining where the occupancy comes from. */
export function occupancyBasisKey(basis: "projects" | "zone-figure" | "unknown") {
  return basis === "projects"
    ? "progress.basis.projects"
    : basis === "zone-figure"
      ? "progress.basis.zoneFigure"
      : "progress.basis.unknown";
}
