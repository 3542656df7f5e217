import {
  AppError,
  addDays,
  type Briefing,
  type BriefingChange,
  type BriefingMeeting,
  briefingPack,
  briefingSince,
  endOfVietnamDay,
  fireSafetyStatusLabels,
  formatDateVi,
  formatNumber,
  type TaskEventType,
  type TaskLine,
  taskEventLabels,
  vietnamDateOf,
  wastewaterStatusLabels,
  zoneFieldLabels,
  zoneStageLabels,
} from "@dondoc/domain";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { meetings, taskEvents, taskOccurrences, tasks, zoneFacts } from "../../db/schema";
import { loadLedgerEntries } from "../progress/land-clearance";
import { findNames } from "../zones/zones.queries";
import { loadFacilities, loadReportZones, loadZoneProgress } from "./load-report-data";
import { renderBriefingDocx } from "./render-briefing-docx";
import { loadTaskLinesOf } from "./report-task-lines";

/** A zone field's recorded value in words (stage labels, agency names, numbers in Vietnamese form). */
function describeValue(field: string, value: unknown, agencyNames: Map<string, string>, districtNames: Map<string, string>): string {
  if (value === null || value === undefined || value === "") return "(trống)";
  if (field === "stage" && typeof value === "string") return (zoneStageLabels as Record<string, { vi: string }>)[value]?.vi ?? value;
  if (field === "investorId" && typeof value === "string") return agencyNames.get(value) ?? value;
  if (field === "formerDistrictId" && typeof value === "string") return districtNames.get(value) ?? value;
  if (field === "wastewaterStatus" && typeof value === "string")
    return (wastewaterStatusLabels as Record<string, { vi: string }>)[value]?.vi ?? value;
  if (field === "fireSafetyStatus" && typeof value === "string")
    return (fireSafetyStatusLabels as Record<string, { vi: string }>)[value]?.vi ?? value;
  if (typeof value === "boolean") return value ? "có" : "không";
  if (typeof value === "number") return formatNumber(value, 2);
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDateVi(value) : value;
  if (Array.isArray(value)) return value.map(String).join(", ");
  return "đã cập nhật";
}

/** What changed about these zones after `since[zone]` and by the end of `asOf`: zone facts and task events. */
async function changesSince(db: Db, zoneIds: string[], since: Map<string, string>, asOf: string): Promise<Map<string, BriefingChange[]>> {
  const cutoff = endOfVietnamDay(asOf);
  const out = new Map<string, BriefingChange[]>(zoneIds.map((z) => [z, []]));
  if (zoneIds.length === 0) return out;
  const earliest = [...since.values()].sort()[0] ?? asOf;
  const [facts, names, taskRows] = await Promise.all([
    db
      .select()
      .from(zoneFacts)
      .where(and(inArray(zoneFacts.zoneId, zoneIds), lte(zoneFacts.recordedAt, cutoff)))
      .orderBy(asc(zoneFacts.recordedAt), asc(zoneFacts.id)),
    findNames(db),
    db.select({ id: tasks.id, summary: tasks.summary, zoneIds: tasks.zoneIds, createdAt: tasks.createdAt }).from(tasks),
  ]);
  for (const f of facts) {
    const on = vietnamDateOf(f.recordedAt);
    const from = since.get(f.zoneId);
    if (!from || on <= from || f.recordedAt >= cutoff) continue;
    const label = (zoneFieldLabels as Record<string, { vi: string }>)[f.field]?.vi ?? f.field;
    const previous = facts
      .filter((p) => p.zoneId === f.zoneId && p.field === f.field && p.id !== f.id && p.recordedAt <= f.recordedAt)
      .at(-1);
    const before = previous ? `${describeValue(f.field, previous.value, names.agencies, names.districts)} → ` : "";
    out.get(f.zoneId)?.push({
      on,
      text: `${label}: ${before}${describeValue(f.field, f.value, names.agencies, names.districts)}`,
      source: f.recordedBy === "seed" ? null : f.recordedBy,
    });
  }
  const relevant = taskRows.filter((t) => t.createdAt < cutoff && t.zoneIds.some((z) => since.has(z)));
  if (relevant.length > 0) {
    const events = await db
      .select({ e: taskEvents, taskId: taskOccurrences.taskId, occurrence: taskOccurrences.label, kind: taskOccurrences.kind })
      .from(taskEvents)
      .innerJoin(taskOccurrences, eq(taskOccurrences.id, taskEvents.occurrenceId))
      .where(
        and(
          inArray(
            taskOccurrences.taskId,
            relevant.map((t) => t.id),
          ),
          lte(taskEvents.on, asOf),
        ),
      )
      .orderBy(asc(taskEvents.on), asc(taskEvents.id));
    const byId = new Map(relevant.map((t) => [t.id, t]));
    for (const { e, taskId, occurrence, kind } of events) {
      if (e.on <= earliest || e.at >= cutoff) continue;
      const task = byId.get(taskId);
      if (!task) continue;
      for (const zoneId of task.zoneIds) {
        const from = since.get(zoneId);
        if (!from || e.on <= from) continue;
        const what = taskEventLabels[e.type as TaskEventType] ?? e.type;
        const detail = [e.percent !== null ? `${e.percent}%` : null, e.text].filter(Boolean).join(", ");
        out.get(zoneId)?.push({
          on: e.on,
          text: `Nhiệm vụ "${task.summary}"${kind === "once" ? "" : ` (${occurrence})`}: ${what}${detail ? ` — ${detail}` : ""}`,
          source: e.actorName,
        });
      }
    }
  }
  return out;
}

export type BriefingTarget = { meetingId: string } | { zoneId: string };

/** The briefing pack's figures for a meeting (its zones, as of the meeting's day or today if later) or for one zone (as of today). */
export async function briefingFigures(db: Db, target: BriefingTarget, today: string): Promise<Briefing & { meetingTasks: TaskLine[] }> {
  const allMeetings: BriefingMeeting[] = (await db.select().from(meetings).orderBy(asc(meetings.date))).map((m) => ({
    id: m.id,
    date: m.date,
    subject: m.subject,
    zoneIds: m.zoneIds,
  }));
  let meeting: BriefingMeeting | null = null;
  let zoneIds: string[];
  let asOf = today;
  if ("meetingId" in target) {
    meeting = allMeetings.find((m) => m.id === target.meetingId) ?? null;
    if (!meeting) throw new AppError("not_found", "Không tìm thấy cuộc họp này.");
    zoneIds = meeting.zoneIds;
    asOf = meeting.date < today ? meeting.date : today;
  } else {
    zoneIds = [target.zoneId];
  }
  const reportZones = await loadReportZones(db, asOf);
  const zones = zoneIds.map((id) => reportZones.find((z) => z.id === id)).filter((z) => z !== undefined);
  if ("zoneId" in target && zones.length === 0) throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
  const since = new Map(zones.map((z) => [z.id, briefingSince(allMeetings, z.id, asOf, meeting)] as const));
  // the tasks of these zones and of the meeting itself, as recorded by `asOf`
  const about = [
    ...(zones.length
      ? [
          sql`t.zone_ids && array[${sql.join(
            zones.map((z) => sql`${z.id}`),
            sql`, `,
          )}]::text[]`,
        ]
      : []),
    ...(meeting ? [sql`t.meeting_id = ${meeting.id}`] : []),
  ];
  const [taskLines, progress, landClearance, changes, facilities] = await Promise.all([
    about.length ? loadTaskLinesOf(db, asOf, sql.join(about, sql` or `), { recordedBy: asOf }) : [],
    loadZoneProgress(
      db,
      asOf,
      zones.map((z) => z.id),
    ),
    loadLedgerEntries(
      db,
      asOf,
      zones.map((z) => z.id),
    ),
    changesSince(
      db,
      zones.map((z) => z.id),
      new Map([...since].map(([id, s]) => [id, s.since])),
      asOf,
    ),
    loadFacilities(
      db,
      asOf,
      zones.map((z) => z.id),
    ),
  ]);
  const pack = briefingPack({
    title: meeting ? meeting.subject : (zones[0]?.name ?? ""),
    asOf,
    meeting,
    zones: zones.map((zone) => {
      const s = since.get(zone.id) ?? { since: addDays(asOf, -30), previousMeeting: null };
      return {
        zone,
        facility: facilities.get(zone.id) ?? null,
        tasks: taskLines.filter((t) => t.zoneIds.includes(zone.id)),
        progress: progress.get(zone.id),
        landClearance: landClearance.filter((e) => e.zoneId === zone.id),
        since: s.since,
        previousMeeting: s.previousMeeting,
        changes: changes.get(zone.id) ?? [],
      };
    }),
  });
  // the tasks announced for (or concluded at) the meeting itself
  return { ...pack, meetingTasks: meeting ? taskLines.filter((t) => t.meetingId === meeting?.id) : [] };
}

/** The briefing pack as .docx, with a file name (the meeting's or the zone's id). */
export async function generateBriefing(db: Db, target: BriefingTarget, today: string): Promise<{ bytes: Buffer; name: string }> {
  const b = await briefingFigures(db, target, today);
  return { bytes: await renderBriefingDocx(b), name: b.meeting ? b.meeting.id : (b.zones[0]?.zone.id ?? "khu") };
}
