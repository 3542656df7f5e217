import { type Actor, AppError, type TaskEventType, taskEventLabels } from "@dondoc/domain";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attachments, taskEvents, taskOccurrences, tasks } from "../../db/schema";
import { listTaskLines } from "./list-tasks";

/** A task with every occurrence's status and its timeline of reports and decisions. */
export async function getTask(db: Db, actor: Actor, id: string, asOf: string) {
  const [task] = await db.select().from(tasks).where(eq(tasks.id, id));
  if (!task) throw new AppError("not_found", "Không tìm thấy nhiệm vụ này.");
  const lines = await listTaskLines(db, actor, { asOf, taskIds: [id] });
  if (lines.length === 0) throw new AppError("not_found", "Không tìm thấy nhiệm vụ này."); // not visible to this actor: same answer as absent
  const occurrenceIds = (await db.select({ id: taskOccurrences.id }).from(taskOccurrences).where(eq(taskOccurrences.taskId, id))).map(
    (o) => o.id,
  );
  const events = await db.select().from(taskEvents).where(inArray(taskEvents.occurrenceId, occurrenceIds)).orderBy(asc(taskEvents.id));
  const files = events.length
    ? await db
        .select({
          id: attachments.id,
          eventId: attachments.eventId,
          filename: attachments.filename,
          size: attachments.size,
          contentType: attachments.contentType,
        })
        .from(attachments)
        .where(
          inArray(
            attachments.eventId,
            events.map((e) => e.id),
          ),
        )
    : [];
  return {
    ...lines[0],
    sourceQuote: task.sourceQuote,
    milestones: task.milestones,
    occurrences: lines,
    timeline: events.map((e) => ({
      id: e.id,
      occurrenceId: e.occurrenceId,
      type: e.type,
      label: taskEventLabels[e.type as TaskEventType] ?? e.type,
      on: e.on,
      text: e.text,
      percent: e.percent,
      completedOn: e.completedOn,
      newDueDate: e.newDueDate,
      agencyId: e.agencyId,
      actorName: e.actorName,
      at: e.at.toISOString(),
      attachments: files.filter((f) => f.eventId === e.id).map(({ eventId: _e, ...f }) => f),
    })),
  };
}
