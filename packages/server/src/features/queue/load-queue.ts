import { type ConfirmationQueue, daysBetween, type IsoDate, type QueueItem } from "@dondoc/domain";
import { and, count, desc, eq, inArray, isNull, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, attachments, occurrenceSpans, taskEvents, taskOccurrences, tasks } from "../../db/schema";

/**
 * The office's "Chờ xác nhận": occurrences whose current facts (the read model's current span) hold
 * a submission to confirm or return, or an extension request to decide, each with the event that
 * asks and the days it has waited; the longest waiting first. The menu's counts are this answer's.
 */
export async function loadQueue(db: Db, today: IsoDate): Promise<ConfirmationQueue> {
  const open = await db
    .select({ o: taskOccurrences, t: tasks, s: occurrenceSpans })
    .from(occurrenceSpans)
    .innerJoin(taskOccurrences, eq(taskOccurrences.id, occurrenceSpans.occurrenceId))
    .innerJoin(tasks, eq(tasks.id, taskOccurrences.taskId))
    .where(
      and(
        isNull(occurrenceSpans.validTo),
        isNull(occurrenceSpans.cancelledOn),
        or(eq(occurrenceSpans.pendingSubmission, true), eq(occurrenceSpans.pendingExtension, true)),
      ),
    );
  if (open.length === 0) return { submissions: [], extensions: [], counts: { submissions: 0, extensions: 0, total: 0 } };
  const ids = open.map((r) => r.o.id);
  const asks = await db
    .select({ e: taskEvents, agency: agencies.name, files: count(attachments.id) })
    .from(taskEvents)
    .leftJoin(agencies, eq(agencies.id, taskEvents.agencyId))
    .leftJoin(attachments, eq(attachments.eventId, taskEvents.id))
    .where(and(inArray(taskEvents.occurrenceId, ids), inArray(taskEvents.type, ["submit", "extension-request"])))
    .groupBy(taskEvents.id, agencies.name)
    .orderBy(desc(taskEvents.id));
  // the newest ask of each kind per occurrence is the one pending
  const latest = new Map<string, (typeof asks)[number]>();
  for (const a of asks) {
    const key = `${a.e.occurrenceId}:${a.e.type}`;
    if (!latest.has(key)) latest.set(key, a);
  }
  const item = (r: (typeof open)[number], type: "submit" | "extension-request"): QueueItem | null => {
    const ask = latest.get(`${r.o.id}:${type}`);
    if (!ask) return null;
    const due = r.s.extensionStatus === "approved" ? r.s.extensionNewDueDate : r.o.dueDate;
    return {
      occurrenceId: r.o.id,
      taskId: r.t.id,
      subject: r.t.subject,
      summary: r.t.summary,
      period: r.o.kind === "once" ? null : r.o.label,
      dueDate: due,
      agencyName: ask.agency ?? ask.e.actorName,
      actorName: ask.e.actorName,
      since: ask.e.on,
      at: ask.e.at.toISOString(),
      waitingDays: Math.max(0, daysBetween(ask.e.on as IsoDate, today)),
      text: ask.e.text,
      completedOn: ask.e.completedOn,
      newDueDate: ask.e.newDueDate,
      attachments: Number(ask.files),
    };
  };
  const byWait = (a: QueueItem, b: QueueItem) => a.at.localeCompare(b.at);
  const submissions = open
    .filter((r) => r.s.pendingSubmission)
    .map((r) => item(r, "submit"))
    .filter((i): i is QueueItem => i !== null)
    .sort(byWait);
  const extensions = open
    .filter((r) => r.s.pendingExtension)
    .map((r) => item(r, "extension-request"))
    .filter((i): i is QueueItem => i !== null)
    .sort(byWait);
  return {
    submissions,
    extensions,
    counts: { submissions: submissions.length, extensions: extensions.length, total: submissions.length + extensions.length },
  };
}
