import { type IsoDate, type TaskEventType, taskEventNotices } from "@dondoc/domain";
import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, notifications, taskAssignees, taskEvents, taskOccurrences, tasks } from "../../db/schema";

/**
 * Writes the notifications a task event calls for (domain `taskEventNotices`), in the event's
 * transaction: the office hears of a submission or an extension request, the lead agencies of a
 * confirmation, a return or a decision. Their e-mail waits (`pending`) for `emailPendingNotices`,
 * which runs after the request and on every run of the job.
 */
export async function notifyTaskEvent(tx: Db, eventId: number): Promise<void> {
  const [row] = await tx
    .select({ e: taskEvents, o: taskOccurrences, t: tasks })
    .from(taskEvents)
    .innerJoin(taskOccurrences, eq(taskOccurrences.id, taskEvents.occurrenceId))
    .innerJoin(tasks, eq(tasks.id, taskOccurrences.taskId))
    .where(eq(taskEvents.id, eventId));
  if (!row) return;
  const { e, o, t } = row;
  const [agency] = e.agencyId ? await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, e.agencyId)) : [];
  const leads = await tx
    .select({ agencyId: taskAssignees.agencyId })
    .from(taskAssignees)
    .where(and(eq(taskAssignees.taskId, t.id), eq(taskAssignees.role, "lead")));
  // the date an extension decision is about: the request it answers
  const [request] =
    e.type === "extension-approve" || e.type === "extension-reject"
      ? await tx
          .select({ newDueDate: taskEvents.newDueDate })
          .from(taskEvents)
          .where(and(eq(taskEvents.occurrenceId, o.id), eq(taskEvents.type, "extension-request"), lt(taskEvents.id, e.id)))
          .orderBy(desc(taskEvents.id))
          .limit(1)
      : [];
  const notices = taskEventNotices({
    type: e.type as TaskEventType,
    subject: t.subject,
    summary: t.summary,
    period: o.kind === "once" ? null : o.label,
    agencyName: agency?.name ?? e.actorName,
    text: e.text,
    completedOn: e.completedOn as IsoDate | null,
    newDueDate: e.newDueDate as IsoDate | null,
    requestedDueDate: (request?.newDueDate ?? null) as IsoDate | null,
    leadAgencyIds: leads.map((l) => l.agencyId).filter((a): a is string => a !== null),
  });
  if (notices.length === 0) return;
  await tx
    .insert(notifications)
    .values(
      notices.map((n) => ({
        key: `event:${e.id}:${n.agencyId}`,
        kind: n.kind,
        agencyId: n.agencyId,
        occurrenceId: o.id,
        title: n.title,
        body: n.body,
        emailStatus: "pending" as const,
      })),
    )
    .onConflictDoNothing();
}
