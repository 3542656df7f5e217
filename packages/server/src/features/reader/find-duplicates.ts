import { type DeadlineRule, foldVi, reader } from "@dondoc/domain";
import { eq, inArray, isNull, like, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documentFiles, documents, taskAssignees, tasks } from "../../db/schema";

type DuplicateDocument = reader.DuplicateDocument;
type DuplicateReason = reader.DuplicateReason;

const key = (s: string | null | undefined) => (s ? foldVi(s).replace(/[^a-z0-9]+/g, "") : "");

/**
 * Documents already recorded that the uploaded one repeats: the same number and issuer, the same
 * text, or most of the same tasks (by leads and deadline, among documents of the same month, or
 * undated ones when the upload is undated).
 */
export async function findDuplicates(
  db: Db,
  upload: { text: string; proposal: Pick<reader.DocumentProposal, "number" | "issuer" | "issuedOn" | "tasks"> },
): Promise<DuplicateDocument[]> {
  const found = new Map<string, DuplicateDocument>();
  const add = (d: typeof documents.$inferSelect, reason: DuplicateReason) => {
    const entry = found.get(d.id) ?? {
      documentId: d.id,
      type: d.type,
      number: d.number,
      issuedOn: d.issuedOn,
      title: d.title,
      reasons: [],
    };
    entry.reasons.push(reason);
    found.set(d.id, entry);
  };
  const { proposal } = upload;
  if (proposal.number) {
    const number = key(proposal.number);
    for (const d of await db.select().from(documents).where(eq(documents.number, proposal.number.trim())))
      if (key(d.number) === number && sameIssuer(d.issuer, proposal.issuer)) add(d, "number");
  }
  const sameText = await db
    .select({ documentId: documentFiles.documentId })
    .from(documentFiles)
    .where(eq(documentFiles.fullText, upload.text));
  if (sameText.length > 0)
    for (const d of await db
      .select()
      .from(documents)
      .where(
        inArray(
          documents.id,
          sameText.map((r) => r.documentId),
        ),
      ))
      add(d, "text");

  const proposed = proposal.tasks.map(reader.proposedTaskKey);
  if (proposed.length >= 3) {
    const month = proposal.issuedOn?.slice(0, 7);
    const candidates = await db
      .select()
      .from(documents)
      .where(month ? or(like(documents.issuedOn, `${month}%`), isNull(documents.issuedOn)) : isNull(documents.issuedOn));
    if (candidates.length > 0) {
      const rows = await db
        .select({
          documentId: tasks.documentId,
          taskId: tasks.id,
          deadline: tasks.deadline,
          role: taskAssignees.role,
          agencyId: taskAssignees.agencyId,
          text: taskAssignees.text,
        })
        .from(tasks)
        .leftJoin(taskAssignees, eq(taskAssignees.taskId, tasks.id))
        .where(
          inArray(
            tasks.documentId,
            candidates.map((d) => d.id),
          ),
        );
      const byTask = new Map<string, { documentId: string; deadline: DeadlineRule; leads: { agencyId: string | null; text: string }[] }>();
      for (const r of rows) {
        const t = byTask.get(r.taskId) ?? { documentId: r.documentId, deadline: r.deadline as DeadlineRule, leads: [] };
        if (r.role === "lead" && r.text !== null) t.leads.push({ agencyId: r.agencyId, text: r.text });
        byTask.set(r.taskId, t);
      }
      const keysByDocument = new Map<string, string[]>();
      for (const t of byTask.values())
        keysByDocument.set(t.documentId, [...(keysByDocument.get(t.documentId) ?? []), reader.taskMatchKey(t.leads, t.deadline)]);
      for (const d of candidates) if (reader.mostlySameTasks(proposed, keysByDocument.get(d.id) ?? [])) add(d, "tasks");
    }
  }
  return [...found.values()];
}

/** "UBND tỉnh Lạng Sơn" and "UBND tỉnh Lạng Sơn (Văn phòng)" are the same issuer; a missing issuer matches any. */
function sameIssuer(a: string | null, b: string | null): boolean {
  const x = key(a?.replace(/\(.*?\)/g, ""));
  const y = key(b?.replace(/\(.*?\)/g, ""));
  return !x || !y || x === y || x.includes(y) || y.includes(x);
}
