import { addDays, type IsoDate, lapseOf, type TaskStatus } from "@dondoc/domain";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { meetings, taskEvents, tasks } from "../../db/schema";
import { refreshOccurrenceSpans } from "./occurrence-read-model";
import { statusesAsOf, taskLinesAsOf } from "./occurrence-status";

const ACTOR_NAME = "Hệ thống Đôn Đốc";

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
  const taskOf = new Map(held.map((h) => [h.taskId, h]));
  // the lines' statuses today from the read model (one query: this runs under the start-up lock, on one connection)
  const ids = sql.join(
    [...taskOf.keys()].map((id) => sql`${id}`),
    sql`, `,
  );
  const result = await db.execute(
    sql`select x.occurrence_id, x.task_id, x.status from ${statusesAsOf(today, sql`${taskLinesAsOf(today)} and o.task_id in (${ids})`)} x`,
  );
  const rows = (result as unknown as { rows: { occurrence_id: number; task_id: string; status: TaskStatus }[] }).rows;
  const lapsed = rows.flatMap((r) => {
    const h = taskOf.get(r.task_id);
    if (!h) return [];
    const reason = lapseOf({ meetingId: h.meetingId, document: { id: h.noticeDocumentId ?? "" }, status: r.status }, byMeeting, today);
    return reason ? [{ occurrenceId: Number(r.occurrence_id), on: addDays(h.date, 1), reason }] : [];
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
        actorName: ACTOR_NAME,
      })),
    );
    await refreshOccurrenceSpans(
      tx,
      lapsed.map((l) => l.occurrenceId),
    );
  });
  return lapsed.length;
}
