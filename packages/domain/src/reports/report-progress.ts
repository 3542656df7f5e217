import type { IsoDate } from "../calendar/iso-date";
import {
  type LandClearanceEntry,
  type LandClearanceFigures,
  landClearanceMetrics,
  ledgerPositions,
  ledgerTotals,
} from "../progress/land-clearance";
import { milestoneLabels, type ZoneMilestone } from "../progress/milestones";
import { zoneOccupancyShown } from "../progress/occupancy-shown";
import type { ZoneOccupancy } from "../progress/tenant-projects";
import { groupBy } from "../shared/group-by";
import { compareVi } from "../shared/vi-text";
import type { TaskLine } from "../tasks/task-view";
import type { ZoneSummary } from "../zones/zone-view";

/**
 * The progress parts shared by the monthly report, the annual report and the briefing pack:
 * occupancy, late milestones, land clearance and its change since the previous report, and the
 * submissions received with their difficulties and proposals. Inputs are plain shapes so that the
 * report does not depend on how each source stores its facts.
 */

/** A milestone as it stood on the report's date (lateness computed by the progress module). */
export interface ReportMilestone {
  zoneId: string;
  /** the milestone's kind ("wastewater-plant", "roads" … of the progress module) */
  milestone: string;
  /** the tenant project's id, null for the zone's own milestone */
  projectId: number | null;
  /** the tenant project's name, null for the zone's own milestone */
  projectName: string | null;
  label: string;
  plannedOn: IsoDate | null;
  actualOn: IsoDate | null;
  late: boolean;
  daysLate: number;
}

/** What the progress module knows of a zone on the report's date. */
export interface ZoneProgressInput {
  milestones: ReportMilestone[];
  /** the progress module's occupancy (`zoneOccupancy`: its tenant projects, else its leased land figure; never typed); null when it has none */
  occupancy: ZoneOccupancy | null;
}

/** One expected reporter of a period and what it sent (if anything) by the report's date. */
export interface ReportSubmission {
  obligation: string;
  reporter: string;
  /** "on-time" | "late" | "missing" | "not-due" … as the reporting module names it */
  status: string;
  statusLabel: string;
  submittedOn: IsoDate | null;
  /** why the reporter was asked ("chủ trì 2 nhiệm vụ còn mở về CCN Hòa Sơn 1"); null when it sent without being asked */
  reason?: string | null;
  sections: { results?: string | null; difficulties?: string | null; causes?: string | null; proposals?: string | null };
}

export interface OccupancyRow {
  zoneId: string;
  name: string;
  kind: string;
  industrialLandHa: number | null;
  leasedLandHa: number | null;
  occupancy: number | null;
  enterprises: number | null;
  /** "tenant-projects" when computed from the projects' reports, "registry" from the zone's figures */
  basis: "tenant-projects" | "registry";
}

/** Occupancy of every zone where it is known, as the dashboard shows it (`zoneOccupancyShown`). */
export function occupancyRows(zones: ZoneSummary[], progress: ReadonlyMap<string, ZoneProgressInput>): OccupancyRow[] {
  const rows: OccupancyRow[] = [];
  for (const z of zones) {
    const o = zoneOccupancyShown(z, progress.get(z.id)?.occupancy);
    if (o.occupancy === null) continue;
    rows.push({
      zoneId: z.id,
      name: z.name,
      kind: z.kind,
      industrialLandHa: o.industrialLandHa,
      leasedLandHa: o.leasedHa,
      occupancy: o.occupancy,
      enterprises: o.enterprises,
      basis: o.basis === "projects" ? "tenant-projects" : "registry",
    });
  }
  return rows.sort((a, b) => compareVi(a.name, b.name));
}

export interface LateMilestoneRow extends ReportMilestone {
  zoneName: string;
  /** where the milestone comes from: the zone's progress reports, or a notice's deadline for the zone's investor */
  source: "progress" | "task";
  /** the notice that set the deadline (source "task") */
  documentLabel: string | null;
}

/** A zone milestone a clause of a task names ("hoàn thành nhà máy xử lý nước thải Quý III/2026"). */
const milestoneWords: [RegExp, ZoneMilestone][] = [
  [/nước thải/iu, "wastewater-plant"],
  [/phòng cháy|chữa cháy/iu, "fire-safety"],
  [/vào hoạt động|vận hành/iu, "operation"],
  [/giải phóng mặt bằng|bàn giao mặt bằng/iu, "site-clearance"],
  [/san (nền|lấp)/iu, "levelling"],
];

/** The milestone an occurrence's deadline is about: the clause of the text that carries the deadline, else the whole text. */
export function milestoneOfClause(text: string, deadlineText: string | null): ZoneMilestone | null {
  const due = (deadlineText ?? "").replace(/^(trong|trước|chậm nhất|hoàn thành trong)\s+/iu, "").trim();
  const clauses = text.split(/[;,]/u).map((c) => c.trim());
  const clause = (due && clauses.find((c) => c.includes(due))) || text;
  return milestoneWords.find(([re]) => re.test(clause))?.[1] ?? null;
}

export type MilestoneTask = Pick<
  TaskLine,
  "zoneIds" | "leads" | "occurrence" | "summary" | "deadlineText" | "status" | "effectiveDueDate" | "daysLate" | "document" | "facts"
>;

/**
 * The milestones notices set for a zone's works: an occurrence of a task led by the zone's own
 * infrastructure investor, with a date, whose clause names a milestone (000: "hoàn thành nhà máy xử
 * lý nước thải Quý III/2026" for the investor of CCN Hòa Sơn 1). Late when the occurrence is overdue.
 */
export function taskMilestones(
  zones: readonly Pick<ZoneSummary, "id" | "investor">[],
  tasks: readonly MilestoneTask[],
): (ReportMilestone & { milestone: ZoneMilestone; documentLabel: string })[] {
  const out: (ReportMilestone & { milestone: ZoneMilestone; documentLabel: string })[] = [];
  for (const t of tasks) {
    if (t.occurrence.kind === "period" || t.effectiveDueDate === null || t.zoneIds.length === 0) continue;
    const text = t.occurrence.kind === "milestone" ? t.occurrence.label : t.summary;
    const milestone = milestoneOfClause(text, t.occurrence.kind === "milestone" ? null : t.deadlineText);
    if (!milestone) continue;
    for (const z of zones) {
      if (!t.zoneIds.includes(z.id) || !z.investor || !t.leads.some((l) => l.agencyId === z.investor?.id)) continue;
      out.push({
        zoneId: z.id,
        projectId: null,
        projectName: null,
        label: milestoneLabels[milestone].vi,
        milestone,
        plannedOn: t.effectiveDueDate,
        actualOn: t.facts.completedOn ?? null,
        late: t.status === "overdue",
        daysLate: t.status === "overdue" ? t.daysLate : 0,
        documentLabel: t.document.label,
      });
    }
  }
  return out;
}

/**
 * The milestones late on the report's date, most late first: the zones' reported milestones, and the
 * deadlines notices set for their works where no progress report covers that milestone. The one list
 * the reports, the briefing pack and the dashboard show.
 */
export function lateMilestoneRows(
  zones: readonly Pick<ZoneSummary, "id" | "name" | "investor">[],
  progress: ReadonlyMap<string, ZoneProgressInput>,
  tasks: readonly MilestoneTask[] = [],
): LateMilestoneRow[] {
  const names = new Map(zones.map((z) => [z.id, z.name]));
  const reported = [...progress.entries()]
    .filter(([zoneId]) => names.has(zoneId))
    .flatMap(([zoneId, p]) => p.milestones.map((m) => ({ ...m, zoneId })));
  const covered = new Set(reported.filter((m) => m.projectId === null).map((m) => `${m.zoneId}|${m.milestone}`));
  const fromTasks = taskMilestones(zones, tasks).filter((m) => !covered.has(`${m.zoneId}|${m.milestone}`));
  return [
    ...reported
      .filter((m) => m.late)
      .map((m) => ({ ...m, zoneName: names.get(m.zoneId) as string, source: "progress" as const, documentLabel: null })),
    ...fromTasks.filter((m) => m.late).map((m) => ({ ...m, zoneName: names.get(m.zoneId) as string, source: "task" as const })),
  ].sort((a, b) => b.daysLate - a.daysLate || compareVi(a.zoneName, b.zoneName) || a.label.localeCompare(b.label, "vi"));
}

export interface LandClearanceRow {
  zoneId: string;
  zoneName: string;
  /** the latest report date that counts, over the zone's communes */
  reportedOn: IsoDate | null;
  /** that report's source gives only a period ("2024"): print it, not `reportedOn` */
  reportedPeriod: string | null;
  /** cumulative as of the report's date (sum over communes) */
  cumulative: LandClearanceFigures;
  /** cumulative as the previous report stated it */
  previous: LandClearanceFigures;
  /** cumulative minus previous; null where the current figure is unknown */
  change: LandClearanceFigures;
}

/** How a figure's own date is printed: "năm 2024" for a source that gives only its year, else "đến 14/11/2026". */
export function figureAsOfLabel(reportedOn: IsoDate | null, reportedPeriod: string | null): string {
  if (reportedPeriod) return /^\d{4}$/.test(reportedPeriod) ? `năm ${reportedPeriod}` : reportedPeriod;
  return reportedOn ? `đến ${reportedOn.split("-").reverse().join("/")}` : "chưa rõ thời điểm";
}

export interface LandClearanceProgress {
  asOf: IsoDate;
  previousAsOf: IsoDate;
  rows: LandClearanceRow[];
  totals: { cumulative: LandClearanceFigures; change: LandClearanceFigures };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Land clearance per zone: the cumulative figures as of `asOf` and their change since the previous
 * report (as of `previousAsOf`, from the entries recorded by then). Corrected entries no longer count.
 */
export function landClearanceProgress(
  zones: ZoneSummary[],
  current: LandClearanceEntry[],
  previous: LandClearanceEntry[],
  asOf: IsoDate,
  previousAsOf: IsoDate,
): LandClearanceProgress {
  const rows: LandClearanceRow[] = [];
  const byZone = (entries: LandClearanceEntry[]) => groupBy(entries, (e) => e.zoneId);
  const currentOf = byZone(current);
  const previousOf = previous === current ? currentOf : byZone(previous);
  for (const z of zones) {
    const mine = currentOf.get(z.id) ?? [];
    if (mine.length === 0) continue;
    const positions = ledgerPositions(mine, asOf);
    if (positions.length === 0) continue;
    const cumulative = ledgerTotals(positions);
    const before = ledgerTotals(ledgerPositions(previousOf.get(z.id) ?? [], previousAsOf));
    const change = {} as LandClearanceFigures;
    for (const m of landClearanceMetrics) {
      const now = cumulative[m];
      change[m] = now === null ? null : round2(now - (before[m] ?? 0));
    }
    const latest = positions.reduce<(typeof positions)[number] | null>(
      (a, b) => (b.reportedOn !== null && (a?.reportedOn == null || b.reportedOn > a.reportedOn) ? b : a),
      null,
    );
    const reportedOn = latest?.reportedOn ?? null;
    rows.push({
      zoneId: z.id,
      zoneName: z.name,
      reportedOn,
      reportedPeriod: latest?.reportedPeriod ?? null,
      cumulative,
      previous: before,
      change,
    });
  }
  rows.sort((a, b) => compareVi(a.zoneName, b.zoneName));
  const sum = (pick: (r: LandClearanceRow) => LandClearanceFigures) => {
    const out = {} as LandClearanceFigures;
    for (const m of landClearanceMetrics) {
      const known = rows.map((r) => pick(r)[m]).filter((v): v is number => v !== null);
      out[m] = known.length === 0 ? null : round2(known.reduce((s, v) => s + v, 0));
    }
    return out;
  };
  return { asOf, previousAsOf, rows, totals: { cumulative: sum((r) => r.cumulative), change: sum((r) => r.change) } };
}

export interface SubmissionSummary {
  items: ReportSubmission[];
  expected: number;
  received: number;
  onTime: number;
  /** the free text collected, reporter by reporter, in the order of the list */
  difficulties: { reporter: string; text: string }[];
  causes: { reporter: string; text: string }[];
  proposals: { reporter: string; text: string }[];
}

const received = (s: ReportSubmission) => s.submittedOn !== null;

/** Who was expected, who sent their report, and the difficulties, causes and proposals they raised. */
export function submissionSummary(items: ReportSubmission[]): SubmissionSummary {
  const sorted = [...items].sort(
    (a, b) => Number(received(b)) - Number(received(a)) || compareVi(a.obligation, b.obligation) || compareVi(a.reporter, b.reporter),
  );
  const texts = (key: "difficulties" | "causes" | "proposals") =>
    sorted
      .map((s) => ({ reporter: s.reporter, text: (s.sections[key] ?? "").trim() }))
      .filter((t) => t.text.length > 0)
      .map((t) => ({ reporter: t.reporter, text: t.text }));
  return {
    items: sorted,
    expected: items.length,
    received: items.filter(received).length,
    onTime: items.filter((s) => s.status === "on-time").length,
    difficulties: texts("difficulties"),
    causes: texts("causes"),
    proposals: texts("proposals"),
  };
}
