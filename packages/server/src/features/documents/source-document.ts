import { AppError, formatDateVi, type NewSourceDocumentInput, slugVi } from "@dondoc/domain";
import { and, eq } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { documents } from "../../db/schema";

/**
 * The document a recorded fact cites, inside the fact's transaction: a document of the registry
 * (it must exist), or a new one entered with the fact (number, date, issuer), recorded here and
 * audited. A new document with the number, issuer and date of a recorded one is that document.
 * `path` names the form field of an error ("source.documentId").
 */
export async function sourceDocumentId(
  tx: Db,
  source: { documentId: string | null; newDocument: NewSourceDocumentInput | null } | null | undefined,
  ctx: ActionContext,
  path = "source",
): Promise<string | null> {
  if (!source) return null;
  if (source.documentId !== null) {
    const [doc] = await tx.select({ id: documents.id }).from(documents).where(eq(documents.id, source.documentId));
    if (!doc)
      throw new AppError("invalid", "Văn bản nguồn không tồn tại.", [
        { path: `${path}.documentId`, message: `Không có văn bản "${source.documentId}".` },
      ]);
    return doc.id;
  }
  const d = source.newDocument;
  if (!d) return null;
  const [same] = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.number, d.number), eq(documents.issuer, d.issuer), eq(documents.issuedOn, d.issuedOn)));
  if (same) return same.id;
  const id = `src-${slugVi(`${d.number} ${d.issuedOn}`).slice(0, 60)}`;
  const [taken] = await tx.select({ id: documents.id }).from(documents).where(eq(documents.id, id));
  if (taken)
    throw new AppError(
      "conflict",
      `Đã có văn bản số ${d.number} ngày ${formatDateVi(d.issuedOn)} của cơ quan khác; hãy chọn văn bản đó trong danh sách.`,
      [{ path: `${path}.newDocument.number`, message: "Số văn bản này đã có trong danh mục." }],
    );
  const row = { id, type: d.type, number: d.number, issuedOn: d.issuedOn, issuer: d.issuer, title: d.title ?? `${d.type} số ${d.number}` };
  await tx.insert(documents).values(row);
  await recordAudit(tx, ctx, { action: "create", entity: "document", entityId: id, after: row });
  return id;
}
