import { createHash } from "node:crypto";
import { AppError, reader } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { documentFiles, documents, readerDrafts } from "../../db/schema";
import { asOfDate } from "../../seed/load-reference-data";
import { syncOccurrences } from "../tasks/sync-occurrences";
import { findDuplicates } from "./find-duplicates";
import { saveProposal } from "./save-proposal";

/** What the reviewer sends back: the proposal as edited (names resolved by hand or kept outside the registry). */
export const confirmInput = reader.reviewedProposalSchema.extend({
  docType: z.string().trim().min(1, "Cần loại văn bản.").max(20),
  title: z.string().trim().min(1, "Cần trích yếu văn bản.").max(1000),
  issuer: z.string().trim().min(1, "Cần cơ quan ban hành.").max(300),
  tasks: z.array(reader.reviewedTaskSchema.extend({ summary: z.string().trim().min(1, "Cần nội dung nhiệm vụ.").max(5000) })).max(200),
  /** the reviewer saw the duplicate warning and records the document anyway */
  allowDuplicate: z.boolean().optional(),
});
export type ConfirmInput = z.infer<typeof confirmInput>;

/**
 * Confirms a reviewed draft in one transaction: refused while a name is undecided, or while the
 * document repeats one already recorded (unless the reviewer says so); then the document, its file,
 * meetings and tasks, and the draft is gone.
 */
export async function confirmDraft(db: Db, draftId: string, body: ConfirmInput, action: ActionContext) {
  const undecided = body.tasks.flatMap((t, i) => reader.undecidedNames(t).map((name) => `nhiệm vụ ${i + 1}: "${name}"`));
  if (undecided.length > 0)
    throw new AppError(
      "invalid",
      `Còn ${undecided.length} tên chưa có trong danh mục cần chọn cơ quan hoặc giữ "ngoài danh mục": ${undecided.slice(0, 5).join("; ")}${undecided.length > 5 ? "; …" : ""}.`,
    );
  return db.transaction(async (tx) => {
    const [draft] = await tx.select().from(readerDrafts).where(eq(readerDrafts.id, draftId)).for("update");
    if (!draft) throw new AppError("not_found", "Không tìm thấy bản đề xuất này (có thể đã được xác nhận hoặc hủy).");
    const duplicates = await findDuplicates(tx, { text: draft.text, proposal: body });
    if (duplicates.length > 0 && !body.allowDuplicate)
      throw new AppError(
        "conflict",
        `Văn bản này trùng với văn bản đã ghi nhận (${duplicates.map((d) => d.number ?? d.title.slice(0, 60)).join("; ")}): không tạo lần hai. Nếu đúng là văn bản khác, hãy xác nhận "vẫn ghi nhận".`,
      );
    const documentId = `doc-${draft.id.slice(0, 8)}`;
    await tx.insert(documents).values({
      id: documentId,
      type: body.docType,
      number: body.number,
      issuedOn: body.issuedOn,
      issuer: body.issuer,
      signer: body.signer,
      title: body.title,
      file: draft.filename,
    });
    await tx.insert(documentFiles).values({
      documentId,
      fullText: draft.text,
      filename: draft.filename,
      contentType: draft.kind,
      bytes: draft.bytes,
      sha256: createHash("sha256").update(draft.bytes).digest("hex"),
    });
    const { taskIds } = await saveProposal(tx, documentId, body, asOfDate(body.issuedOn) ?? action.today);
    await syncOccurrences(tx, action.today, taskIds);
    await tx.delete(readerDrafts).where(eq(readerDrafts.id, draft.id));
    const summary = reader.reviewSummary(body);
    await recordAudit(tx, action, {
      action: "confirm-reading",
      entity: "document",
      entityId: documentId,
      after: {
        title: body.title,
        tasks: taskIds.length,
        agencies: summary.agencies,
        outsideRegistry: body.tasks.flatMap((t) => t.outsideRegistry ?? []),
        duplicateOf: body.allowDuplicate ? duplicates.map((d) => d.documentId) : [],
      },
    });
    return { documentId, taskIds };
  });
}
