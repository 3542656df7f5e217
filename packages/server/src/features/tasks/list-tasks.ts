import {
  type Actor,
  addDays,
  assessmentLabel,
  assessTask,
  canSeeTask,
  describeRule,
  factsFromEvents,
  formatDateVi,
  pendingExtension,
  pendingSubmission,
  type TaskEvent,
  type TaskEventType,
  type TaskLine,
} from "@dondoc/domain";
import { asc, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { agencies, documents, taskAssignees, taskEvents, taskOccurrences, tasks } from "../../db/schema";
import { ensureOccurrences, OCCURRENCE_HORIZON_DAYS, ruleOf } from "./occurrences";

export interface TaskQuery {
  asOf: string;
  taskIds?: string[];
  documentId?: string;
  agencyId?: string;
  zoneId?: string;
}

/**
 * Every task line the actor may see, with its status as of `asOf` (events dated later are ignored).
 * A recurring task gives one line per period due by `asOf`, plus the next one.
 */
export async function listTaskLines(db: Db, actor: Actor, q: TaskQuery): Promise<TaskLine[]> {
  const taskRows = await (q.taskIds ? db.select().from(tasks).where(inArray(tasks.id, q.taskIds)) : db.select().from(tasks)).then((rows) =>
    rows.filter((t) => (!q.documentId || t.documentId === q.documentId) && (!q.zoneId || t.zoneIds.includes(q.zoneId))),
  );
  if (taskRows.length === 0) return [];
  const ids = taskRows.map((t) => t.id);
  for (const t of taskRows) await ensureOccurrences(db, t, addDays(q.asOf, OCCURRENCE_HORIZON_DAYS));
  const [assignees, occurrenceRows, docs, agencyRows] = await Promise.all([
    db.select().from(taskAssignees).where(inArray(taskAssignees.taskId, ids)).orderBy(asc(taskAssignees.role), asc(taskAssignees.position)),
    db.select().from(taskOccurrences).where(inArray(taskOccurrences.taskId, ids)).orderBy(asc(taskOccurrences.id)),
    db.select().from(documents),
    db.select({ id: agencies.id, name: agencies.name }).from(agencies),
  ]);
  const eventRows = occurrenceRows.length
    ? await db
        .select()
        .from(taskEvents)
        .where(
          inArray(
            taskEvents.occurrenceId,
            occurrenceRows.map((o) => o.id),
          ),
        )
        .orderBy(asc(taskEvents.id))
    : [];
  const agencyName = new Map(agencyRows.map((a) => [a.id, a.name]));
  const docLabel = new Map(
    docs.map((d) => [d.id, `${d.type} ${d.number ?? "(chưa số)"}${d.issuedOn ? ` ngày ${formatDateVi(d.issuedOn)}` : ""}`]),
  );

  const lines: TaskLine[] = [];
  for (const task of taskRows) {
    const people = assignees
      .filter((a) => a.taskId === task.id)
      .map((a) => ({ ...a, name: a.agencyId ? (agencyName.get(a.agencyId) ?? null) : null }));
    const leads = people.filter((a) => a.role === "lead").map(({ text, agencyId, name }) => ({ text, agencyId, name }));
    const coordinators = people.filter((a) => a.role === "coordinator").map(({ text, agencyId, name }) => ({ text, agencyId, name }));
    if (!canSeeTask(actor, { leads: leads.map((l) => l.agencyId), coordinators: coordinators.map((c) => c.agencyId) })) continue;
    if (q.agencyId && !leads.some((l) => l.agencyId === q.agencyId) && !coordinators.some((c) => c.agencyId === q.agencyId)) continue;
    const rule = ruleOf(task);
    const mine = occurrenceRows.filter((o) => o.taskId === task.id);
    const nextPeriod = mine.find((o) => o.kind === "period" && o.dueDate !== null && o.dueDate > q.asOf);
    for (const occ of mine) {
      if (occ.kind === "period" && occ !== nextPeriod && (occ.dueDate ?? "") > q.asOf) continue;
      const events: (TaskEvent & { text: string | null; percent: number | null })[] = eventRows
        .filter((e) => e.occurrenceId === occ.id && e.on <= q.asOf)
        .map((e) => ({
          type: e.type as TaskEventType,
          on: e.on,
          completedOn: e.completedOn,
          newDueDate: e.newDueDate,
          text: e.text,
          percent: e.percent,
        }));
      const facts = factsFromEvents(occ.dueDate, rule.kind, events);
      const assessment = assessTask(facts, q.asOf);
      const progress = [...events].reverse().find((e) => e.type === "progress" || e.type === "submit");
      lines.push({
        taskId: task.id,
        occurrenceId: occ.id,
        document: { id: task.documentId, label: docLabel.get(task.documentId) ?? task.documentId },
        meetingId: task.meetingId,
        ordinal: task.ordinal,
        subject: task.subject,
        summary: task.summary,
        deadlineText: task.deadlineText,
        rule,
        ruleLabel: describeRule(rule),
        occurrence: { kind: occ.kind, period: occ.period, label: occ.label, dueDate: occ.dueDate },
        leads,
        coordinators,
        zoneIds: task.zoneIds,
        ...assessment,
        statusLabel: assessmentLabel(assessment),
        pendingSubmission: pendingSubmission(events),
        pendingExtension: pendingExtension(events),
        lastProgress: progress ? { percent: progress.percent, text: progress.text, on: progress.on } : null,
        facts,
      });
    }
  }
  return lines;
}
