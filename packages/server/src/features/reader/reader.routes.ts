import { createHash } from "node:crypto";
import { AppError, reader } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import { documentFiles, documents, readerDrafts, tasks as tasksTable } from "../../db/schema";
import { defineRoute } from "../../http/route";
import { asOfDate } from "../../seed/load-reference-data";
import { ensureOccurrences } from "../tasks/occurrences";
import { readUpload } from "./read-upload";
import { saveProposal } from "./save-proposal";

const idParam = z.object({ id: z.string().max(80) });

/** What the reviewer sends back: the proposal as edited (names resolved by hand where needed). */
const confirmInput = reader.documentProposalSchema.extend({
  docType: z.string().trim().min(1, "Cần loại văn bản.").max(20),
  title: z.string().trim().min(1, "Cần trích yếu văn bản.").max(1000),
  issuer: z.string().trim().min(1, "Cần cơ quan ban hành.").max(300),
  tasks: z.array(reader.proposedTaskSchema.extend({ summary: z.string().trim().min(1, "Cần nội dung nhiệm vụ.").max(5000) })).max(200),
});

export const readerRoutes = [
  defineRoute({
    method: "post",
    path: "/api/reader/drafts",
    tag: "Đọc văn bản",
    summary:
      "Tải lên thông báo (.txt, .docx, .pdf có lớp chữ): hệ thống đọc và đề xuất văn bản, cuộc họp, nhiệm vụ để người dùng rà soát; chưa lưu gì vào theo dõi",
    access: "tasks:manage",
    bodyKind: "multipart",
    successStatus: 201,
    handler: async ({ db, c, action }) => {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        throw new AppError("invalid", 'Cần gửi tệp trong trường "file" (multipart/form-data).');
      }
      const file = form.get("file");
      if (!(file instanceof File)) throw new AppError("invalid", 'Cần gửi tệp trong trường "file".');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const read = await readUpload(db, bytes);
      const id = crypto.randomUUID();
      await db.insert(readerDrafts).values({
        id,
        filename: file.name.normalize("NFC").slice(0, 200),
        kind: read.kind,
        bytes: Buffer.from(bytes),
        text: read.text,
        proposal: read.proposal,
        createdBy: action.actor.id,
      });
      return { id, filename: file.name, text: read.text, proposal: read.proposal };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/reader/drafts/:id",
    tag: "Đọc văn bản",
    summary: "Một bản đề xuất đang chờ rà soát",
    access: "tasks:manage",
    params: idParam,
    handler: async ({ db, params }) => {
      const [draft] = await db.select().from(readerDrafts).where(eq(readerDrafts.id, params.id));
      if (!draft) throw new AppError("not_found", "Không tìm thấy bản đề xuất này (có thể đã được xác nhận hoặc hủy).");
      return { id: draft.id, filename: draft.filename, text: draft.text, proposal: draft.proposal };
    },
  }),
  defineRoute({
    method: "delete",
    path: "/api/reader/drafts/:id",
    tag: "Đọc văn bản",
    summary: "Hủy bản đề xuất: không để lại gì",
    access: "tasks:manage",
    params: idParam,
    handler: async ({ db, params }) => {
      await db.delete(readerDrafts).where(eq(readerDrafts.id, params.id));
      return { ok: true };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/reader/drafts/:id/confirm",
    tag: "Đọc văn bản",
    summary: "Xác nhận bản đề xuất đã rà soát: tạo văn bản, cuộc họp và nhiệm vụ trong một giao dịch",
    access: "tasks:manage",
    params: idParam,
    body: confirmInput,
    successStatus: 201,
    handler: async ({ db, params, body, action }) => {
      return db.transaction(async (tx) => {
        const [draft] = await tx.select().from(readerDrafts).where(eq(readerDrafts.id, params.id)).for("update");
        if (!draft) throw new AppError("not_found", "Không tìm thấy bản đề xuất này (có thể đã được xác nhận hoặc hủy).");
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
        for (const t of await tx.select().from(tasksTable).where(eq(tasksTable.documentId, documentId)))
          await ensureOccurrences(tx, t, action.today);
        await tx.delete(readerDrafts).where(eq(readerDrafts.id, draft.id));
        await recordAudit(tx, action, {
          action: "confirm-reading",
          entity: "document",
          entityId: documentId,
          after: { title: body.title, tasks: taskIds.length },
        });
        return { documentId, taskIds };
      });
    },
  }),
];
