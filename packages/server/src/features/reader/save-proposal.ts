import { foldVi, normVi, reader, taskSearchKey } from "@dondoc/domain";
import { now } from "../../clock";
import type { Db } from "../../db/client";
import { meetings, taskAssignees, tasks } from "../../db/schema";
import { loadReaderRegistry } from "./reader-registry";

type Proposal = Pick<reader.DocumentProposal, "issuedOn" | "meetings"> & {
  tasks: (Omit<reader.ProposedTask, "leadResolved" | "coordinatorsResolved" | "sourceQuote" | "subject" | "milestones"> & {
    subject: string | null;
    sourceQuote?: string | null;
    milestones?: { what: string; deadline: reader.ProposedTask["deadline"] }[];
    leadResolved?: (reader.ResolvedName | null)[];
    coordinatorsResolved?: (reader.ResolvedName | null)[];
  })[];
};

/** A meeting is announced by the document when the document is dated before it (or carries no date). */
export function announces(issuedOn: string | null, meetingDate: string | null): boolean {
  if (!meetingDate) return false;
  if (!issuedOn) return true;
  return issuedOn.length === 7 ? issuedOn < meetingDate.slice(0, 7) : issuedOn < meetingDate;
}

/**
 * Writes a document's meetings and tasks (the reader's confirmed proposal, or a seed fixture) inside
 * the caller's transaction. A name the reviewer resolved keeps its agency; an unresolved one is
 * resolved by the registry if it can be, else kept as written. Ids: <document>-m<n>, <document>-t<n>.
 */
export async function saveProposal(
  tx: Db,
  documentId: string,
  proposal: Proposal,
  assignedOn: string,
  recordedAt = now(),
): Promise<{ taskIds: string[] }> {
  const registry = await loadReaderRegistry(tx);
  const index = reader.buildNameIndex(registry);
  const zoneIdOf = (text: string | null | undefined) =>
    text ? (registry.zones.find((z) => [z.name, ...z.aliases].some((n) => foldVi(n) === foldVi(text)))?.id ?? null) : null;
  const personIdOf = (name: string | null | undefined) => (name ? (reader.resolveName(name, index)?.agencyId ?? null) : null);

  const meetingIds = proposal.meetings.map((_, i) => `${documentId}-m${i + 1}`);
  const dated = proposal.meetings.map((m, i) => ({ m, id: meetingIds[i] as string })).filter((x) => x.m.date);
  if (dated.length > 0) {
    await tx
      .insert(meetings)
      .values(
        dated.map(({ m, id }) => {
          const notice = announces(proposal.issuedOn, m.date);
          return {
            id,
            kind: m.kind,
            date: m.date as string,
            time: m.time ?? null,
            place: m.place ? normVi(m.place) : null,
            chairId: personIdOf(m.chair),
            subject: normVi(m.subject ?? (m.subjects ?? []).join(", ")),
            participantIds: m.participants.map(personIdOf).filter((p): p is string => p !== null),
            zoneIds: (m.subjects ?? []).map(zoneIdOf).filter((z): z is string => z !== null),
            noticeDocumentId: notice ? documentId : null,
            conclusionDocumentId: notice ? null : documentId,
          };
        }),
      )
      .onConflictDoNothing();
  }

  const taskIds: string[] = [];
  for (const [i, t] of proposal.tasks.entries()) {
    const id = `${documentId}-t${i + 1}`;
    const subject = t.subject ? normVi(t.subject) : "";
    const meetingId =
      dated.find(({ m }) => subject && foldVi(m.subject ?? "").includes(foldVi(subject).slice(0, 20)))?.id ?? dated.at(-1)?.id ?? null;
    const inserted = await tx
      .insert(tasks)
      .values({
        id,
        documentId,
        meetingId,
        ordinal: i + 1,
        subject,
        summary: normVi(t.summary),
        textSearch: taskSearchKey({ subject, summary: normVi(t.summary) }),
        sourceQuote: t.sourceQuote ? normVi(t.sourceQuote) : null,
        deadlineText: t.deadlineText ? normVi(t.deadlineText) : null,
        deadline: t.deadline,
        assignedOn,
        milestones: (t.milestones ?? []).map((m) => ({ what: m.what, deadline: m.deadline })),
        zoneIds: [zoneIdOf(subject)].filter((z): z is string => z !== null),
        createdAt: recordedAt,
      })
      .onConflictDoNothing()
      .returning({ id: tasks.id });
    if (inserted.length === 0) continue;
    taskIds.push(id);
    const people = [
      ...t.lead.map((text, position) => ({ role: "lead" as const, position, text, resolved: t.leadResolved?.[position] })),
      ...t.coordinators.map((text, position) => ({
        role: "coordinator" as const,
        position,
        text,
        resolved: t.coordinatorsResolved?.[position],
      })),
    ];
    if (people.length > 0) {
      await tx.insert(taskAssignees).values(
        people.map((p) => ({
          taskId: id,
          role: p.role,
          position: p.position,
          text: normVi(p.text),
          agencyId: p.resolved === undefined ? (reader.resolveName(p.text, index)?.agencyId ?? null) : (p.resolved?.agencyId ?? null),
        })),
      );
    }
  }
  return { taskIds };
}
