import { type Actor, addDays, type IsoDate, lapseOf } from "@dondoc/domain";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { meetings, taskEvents, tasks } from "../../db/schema";
import { listTaskLines } from "./list-tasks";
import { refreshOccurrenceSpans } from "./occurrence-read-model";

const scheduler: Actor = { id: "scheduler", name: "Hệ thống Đôn Đốc", role: "admin", agencyId: null, registryKinds: [] };

/**
 * Closes the preparation tasks of meetings already held (the domain's `lapseOf`: a task of a
 * meeting's own notice, still open once the meeting has taken place): one cancellation each, dated
 * the day after the meeting, with the reason "cuộc họp đã diễn ra", and the read model refreshed in
 * the same transaction. So the dashboard, the scorecards, the task lists and the reports agree that
 * it is no longer overdue. Run by the daily job and at start-up, next to `syncOccurrences`; a second
 * run finds nothing (the lines are cancelled). Returns how many occurrences it closed.
 */
export async function lapseMeetingPreparations(db: Db, today: IsoDate): Promise<number> {
  const held = await db
    .select({ taskId: tasks.id, meetingId: meetings.id, date: meetings.date, noticeDocumentId: meetings.noticeDocumentId })
    .from(tasks)
    .innerJoin(meetings, and(eq(tasks.meetingId, meetings.id), eq(tasks.documentId, meetings.noticeDocumentId)))
    .where(lt(meetings.date, today));
  if (held.length === 0) return 0;
  const byMeeting = new Map(held.map((m) => [m.meetingId, { id: m.meetingId, date: m.date, noticeDocumentId: m.noticeDocumentId }]));
  const lines = await listTaskLines(db, scheduler, { asOf: today, taskIds: [...new Set(held.map((h) => h.taskId))] });
  const lapsed = lines.flatMap((line) => {
    const reason = lapseOf(line, byMeeting, today);
    const meeting = line.meetingId === null ? undefined : byMeeting.get(line.meetingId);
    return reason && meeting ? [{ occurrenceId: line.occurrenceId, on: addDays(meeting.date, 1), reason }] : [];
  });
  if (lapsed.length === 0) return 0;
  await db.transaction(async (tx) => {
    await tx.insert(taskEvents).values(
      lapsed.map((l) => ({
        occurrenceId: l.occurrenceId,
        type: "cancel",
        on: l.on,
        text: `Tự động đóng: ${l.reason}`,
        agencyId: null,
        actorId: null,
        actorName: scheduler.name,
      })),
    );
    await refreshOccurrenceSpans(
      tx,
      lapsed.map((l) => l.occurrenceId),
    );
  });
  return lapsed.length;
}
