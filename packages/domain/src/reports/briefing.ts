import { addDays, type IsoDate } from "../calendar/iso-date";
import type { LandClearanceEntry } from "../progress/land-clearance";
import { compareVi } from "../shared/vi-text";
import type { TaskLine } from "../tasks/task-view";
import type { ReportZone } from "./monthly-report";
import {
  type LandClearanceProgress,
  type LateMilestoneRow,
  landClearanceProgress,
  lateMilestoneRows,
  type OccupancyRow,
  occupancyRows,
  type ZoneProgressInput,
} from "./report-progress";

/**
 * The leaders' briefing pack (tài liệu phục vụ cuộc họp) for a meeting or one zone: for each zone
 * on the agenda its figures, its open and overdue tasks, its late milestones and land clearance, and
 * what changed since the last meeting about it (or since 30 days before, when there was none).
 */

export interface BriefingMeeting {
  id: string;
  date: IsoDate;
  subject: string;
  zoneIds: string[];
}

/** How far back "what changed" looks for a zone: the latest earlier meeting about it, else 30 days. */
export function briefingSince(
  meetings: BriefingMeeting[],
  zoneId: string,
  asOf: IsoDate,
  current: BriefingMeeting | null,
): { since: IsoDate; previousMeeting: BriefingMeeting | null } {
  const before = current?.date ?? asOf;
  const previous = meetings
    .filter((m) => m.id !== current?.id && m.zoneIds.includes(zoneId) && m.date < before)
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))[0];
  return previous ? { since: previous.date, previousMeeting: previous } : { since: addDays(before, -30), previousMeeting: null };
}

export interface BriefingZoneFacility {
  wastewaterStatus: string | null;
  wastewaterCapacityM3: number | null;
  wastewaterMonitoring: boolean | null;
  fireSafetyStatus: string | null;
}

export interface BriefingChange {
  on: IsoDate;
  /** "Giai đoạn: Đã khởi công → Đang hoạt động", "Nhiệm vụ …: báo cáo hoàn thành" */
  text: string;
  source: string | null;
}

export interface BriefingZoneInput {
  zone: ReportZone;
  facility: BriefingZoneFacility | null;
  tasks: TaskLine[];
  progress: ZoneProgressInput | undefined;
  landClearance: LandClearanceEntry[];
  since: IsoDate;
  previousMeeting: BriefingMeeting | null;
  changes: BriefingChange[];
}

export interface BriefingZone {
  zone: ReportZone;
  facility: BriefingZoneFacility | null;
  occupancy: OccupancyRow | null;
  openTasks: TaskLine[];
  overdueTasks: TaskLine[];
  lateMilestones: LateMilestoneRow[];
  landClearance: LandClearanceProgress;
  since: IsoDate;
  previousMeeting: BriefingMeeting | null;
  changes: BriefingChange[];
}

export interface Briefing {
  title: string;
  asOf: IsoDate;
  meeting: BriefingMeeting | null;
  zones: BriefingZone[];
}

const open = new Set(["in-progress", "overdue", "extension-requested", "extended"]);

export function briefingPack(input: {
  title: string;
  asOf: IsoDate;
  meeting: BriefingMeeting | null;
  zones: BriefingZoneInput[];
}): Briefing {
  return {
    title: input.title,
    asOf: input.asOf,
    meeting: input.meeting,
    zones: input.zones.map((z) => {
      const progress = new Map(z.progress ? [[z.zone.id, z.progress]] : []);
      const byDue = (a: TaskLine, b: TaskLine) =>
        (a.effectiveDueDate ?? "9999").localeCompare(b.effectiveDueDate ?? "9999") || compareVi(a.summary, b.summary);
      const openTasks = z.tasks.filter((t) => open.has(t.status)).sort(byDue);
      return {
        zone: z.zone,
        facility: z.facility,
        occupancy: occupancyRows([z.zone], progress)[0] ?? null,
        openTasks,
        overdueTasks: openTasks.filter((t) => t.status === "overdue"),
        lateMilestones: lateMilestoneRows([z.zone], progress, z.tasks),
        landClearance: landClearanceProgress([z.zone], z.landClearance, z.landClearance, input.asOf, z.since),
        since: z.since,
        previousMeeting: z.previousMeeting,
        changes: [...z.changes].sort((a, b) => a.on.localeCompare(b.on) || compareVi(a.text, b.text)),
      };
    }),
  };
}
