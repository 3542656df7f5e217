import { z } from "zod";
import { isoDateSchema } from "../calendar/iso-date-schema";
import { formatNumber } from "../shared/format";
import { normVi } from "../shared/vi-text";
import { occupancy } from "../zones/occupancy";
import { progressSourceInput } from "./milestones";

/**
 * Tenant projects (dự án thứ cấp) of a zone: who invests, and — in dated reports appended to the
 * project — its status, land area, registered and disbursed capital and jobs. A correction is a new
 * report naming the one it replaces. The zone's occupancy is computed from them, never typed.
 */
export const tenantProjectStatuses = ["registered", "land-leased", "under-construction", "operating", "stopped"] as const;
export type TenantProjectStatus = (typeof tenantProjectStatuses)[number];

export const tenantProjectStatusLabels: Record<TenantProjectStatus, { vi: string; en: string }> = {
  registered: { vi: "Đã được chấp thuận đầu tư", en: "Approved" },
  "land-leased": { vi: "Đã thuê đất", en: "Land leased" },
  "under-construction": { vi: "Đang xây dựng", en: "Under construction" },
  operating: { vi: "Đang hoạt động", en: "Operating" },
  stopped: { vi: "Đã dừng, chấm dứt hoạt động", en: "Stopped" },
};

/** Statuses in which a project holds leased land in the zone. */
export const landHoldingStatuses: readonly TenantProjectStatus[] = ["land-leased", "under-construction", "operating"];

const name = (max: number, label: string) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự.` })
    .transform(normVi)
    .pipe(z.string().trim().min(1, `${label} không được để trống.`).max(max, `${label} dài quá ${max} ký tự.`));
const amount = (label: string, max: number) =>
  z
    .number({ error: `${label} phải là một số.` })
    .finite(`${label} phải là một số.`)
    .min(0, `${label} không được âm.`)
    .max(max, `${label} quá lớn.`)
    .nullable()
    .default(null);

const reportFields = {
  reportedOn: isoDateSchema,
  status: z.enum(tenantProjectStatuses, { error: "Tình trạng dự án không hợp lệ." }),
  areaHa: amount("Diện tích dự án", 100_000),
  registeredCapitalMillionVnd: amount("Vốn đăng ký", 1e9),
  disbursedCapitalMillionVnd: amount("Vốn đã giải ngân", 1e9),
  jobs: z
    .number({ error: "Số lao động phải là một số." })
    .int("Số lao động phải là số nguyên.")
    .min(0, "Số lao động không được âm.")
    .max(1_000_000, "Số lao động quá lớn.")
    .nullable()
    .default(null),
  note: z.string().transform(normVi).pipe(z.string().max(2000)).nullable().default(null),
  source: progressSourceInput.nullable().default(null),
};

/** A dated report of a tenant project (or a correction of one, naming it). */
export const tenantProjectReportInput = z
  .object({ ...reportFields, correctsId: z.number().int().positive().nullable().default(null) })
  .strict();
export type TenantProjectReportInput = z.infer<typeof tenantProjectReportInput>;

/** A new tenant project with its first report. */
export const newTenantProjectInput = z
  .object({ name: name(300, "Tên dự án"), investorName: name(300, "Tên nhà đầu tư"), ...reportFields })
  .strict();
export type NewTenantProjectInput = z.infer<typeof newTenantProjectInput>;

export interface TenantProject {
  id: number;
  zoneId: string;
  name: string;
  investorName: string;
}

export interface TenantProjectReport {
  id: number;
  projectId: number;
  reportedOn: string;
  correctsId: number | null;
  status: string;
  areaHa: number | null;
  registeredCapitalMillionVnd: number | null;
  disbursedCapitalMillionVnd: number | null;
  jobs: number | null;
}

export interface TenantProjectState {
  id: number;
  zoneId: string;
  name: string;
  investorName: string;
  status: string;
  statusLabel: string;
  areaHa: number | null;
  registeredCapitalMillionVnd: number | null;
  disbursedCapitalMillionVnd: number | null;
  jobs: number | null;
  reportedOn: string;
}

/**
 * What is wrong with a tenant project report, given the zone's land, the area the zone's other
 * projects already hold, today and the project's reports so far (messages in Vietnamese).
 */
export function checkTenantProjectReport(
  input: Pick<TenantProjectReportInput, "reportedOn" | "status" | "areaHa"> & { correctsId?: number | null },
  zone: { industrialLandHa: number | null; areaHa: number | null },
  otherProjectsAreaHa: number,
  today: string,
  existing: Pick<TenantProjectReport, "id">[] = [],
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (input.reportedOn > today) problems.push({ path: "reportedOn", message: "Ngày báo cáo không được sau ngày hôm nay." });
  const land = zone.industrialLandHa ?? zone.areaHa;
  const what = zone.industrialLandHa !== null ? "diện tích đất công nghiệp" : "diện tích";
  if (input.areaHa !== null && land !== null) {
    if (input.areaHa > land) {
      problems.push({ path: "areaHa", message: `Diện tích dự án vượt quá ${what} của khu, cụm (${formatNumber(land, 2, "vi")} ha).` });
    } else if (landHoldingStatuses.includes(input.status as TenantProjectStatus) && input.areaHa + otherProjectsAreaHa > land + 1e-9) {
      problems.push({
        path: "areaHa",
        message: `Tổng diện tích các dự án thứ cấp (${formatNumber(input.areaHa + otherProjectsAreaHa, 2, "vi")} ha) vượt quá ${what} của khu, cụm (${formatNumber(land, 2, "vi")} ha).`,
      });
    }
  }
  if (input.correctsId != null && !existing.some((r) => r.id === input.correctsId))
    problems.push({ path: "correctsId", message: "Không có báo cáo cần đính chính này của dự án." });
  return problems;
}

/** Each project's latest report that counts (not corrected) by `asOf`; projects with no report by then are left out. */
export function tenantProjectsAsOf(projects: TenantProject[], reports: TenantProjectReport[], asOf: string): TenantProjectState[] {
  const visible = reports.filter((r) => r.reportedOn <= asOf);
  const corrected = new Set(visible.map((r) => r.correctsId).filter((id): id is number => id !== null));
  const latest = new Map<number, TenantProjectReport>();
  for (const r of visible) {
    if (corrected.has(r.id)) continue;
    const seen = latest.get(r.projectId);
    if (!seen || r.reportedOn > seen.reportedOn || (r.reportedOn === seen.reportedOn && r.id > seen.id)) latest.set(r.projectId, r);
  }
  return projects
    .flatMap((p): TenantProjectState[] => {
      const r = latest.get(p.id);
      if (!r) return [];
      return [
        {
          id: p.id,
          zoneId: p.zoneId,
          name: p.name,
          investorName: p.investorName,
          status: r.status,
          statusLabel: (tenantProjectStatusLabels as Record<string, { vi: string }>)[r.status]?.vi ?? r.status,
          areaHa: r.areaHa,
          registeredCapitalMillionVnd: r.registeredCapitalMillionVnd,
          disbursedCapitalMillionVnd: r.disbursedCapitalMillionVnd,
          jobs: r.jobs,
          reportedOn: r.reportedOn,
        },
      ];
    })
    .sort((a, b) => a.zoneId.localeCompare(b.zoneId) || a.name.localeCompare(b.name, "vi") || a.id - b.id);
}

/** Area held by the projects that hold land (leased, building, operating), in ha. */
export function projectsLeasedHa(projects: Pick<TenantProjectState, "status" | "areaHa">[]): number {
  const sum = projects
    .filter((p) => landHoldingStatuses.includes(p.status as TenantProjectStatus))
    .reduce((s, p) => s + (p.areaHa ?? 0), 0);
  return Math.round(sum * 100) / 100;
}

export interface ZoneOccupancy {
  leasedHa: number | null;
  /** leased ÷ industrial land for lease (0..1), null when unknown */
  occupancy: number | null;
  /** projects holding land (or, on the zone's figures, the number of enterprises stated for the zone); null when unknown */
  enterprises: number | null;
  /** jobs reported by the projects not stopped; null when none is known */
  jobs: number | null;
  /**
   * "projects": the tenant projects' areas, when they account for at least the zone's leased land
   * figure (or there is none); "zone-figure": the zone's leased land figure, when the list of
   * projects is missing or incomplete; "unknown": neither is known.
   */
  basis: "projects" | "zone-figure" | "unknown";
}

/** The zone's occupancy computed from its tenant projects or, failing a complete list, from its leased land figure. */
export function zoneOccupancy(
  zone: { industrialLandHa: number | null; leasedLandHa: number | null; enterprises?: number | null },
  projects: TenantProjectState[],
): ZoneOccupancy {
  const holding = projects.filter((p) => landHoldingStatuses.includes(p.status as TenantProjectStatus));
  const withArea = holding.filter((p) => p.areaHa !== null);
  const fromProjects = withArea.length > 0 ? projectsLeasedHa(withArea) : null;
  const live = projects.filter((p) => p.status !== "stopped" && p.jobs !== null);
  const jobs = live.length > 0 ? live.reduce((s, p) => s + (p.jobs ?? 0), 0) : null;
  const enterprises = projects.length > 0 ? holding.length : null;
  if (fromProjects !== null && (zone.leasedLandHa === null || fromProjects >= zone.leasedLandHa)) {
    return { leasedHa: fromProjects, occupancy: occupancy(zone.industrialLandHa, fromProjects), enterprises, jobs, basis: "projects" };
  }
  if (zone.leasedLandHa !== null) {
    return {
      leasedHa: zone.leasedLandHa,
      occupancy: occupancy(zone.industrialLandHa, zone.leasedLandHa),
      // a figure stated for the zone (003 footnote 3: 12 enterprises) when the list of projects is shorter
      enterprises: zone.enterprises != null && (enterprises === null || zone.enterprises > enterprises) ? zone.enterprises : enterprises,
      jobs,
      basis: "zone-figure",
    };
  }
  return { leasedHa: null, occupancy: null, enterprises, jobs, basis: "unknown" };
}
