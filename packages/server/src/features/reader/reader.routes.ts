import { AppError, type reader } from "@dondoc/domain";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { readerDrafts } from "../../db/schema";
import { defineRoute } from "../../http/route";
import { confirmDraft, confirmInput } from "./confirm-draft";
import { findDuplicates } from "./find-duplicates";
import { readUpload } from "./read-upload";
import { endProgress, readProgress, recordProgress } from "./reading-progress";

const idParam = z.object({ id: z.string().max(80) });

const progressToken = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);

export const readerRoutes = [
  defineRoute({
    method: "get",
    path: "/api/reader/progress/:token",
    tag: "Đọc văn bản",
    summary: "Tiến độ nhận dạng chữ (OCR) của bản quét đang tải lên: trang đang đọc / số trang",
    access: "tasks:manage",
    params: z.object({ token: progressToken }),
    handler: async ({ params, action }) => ({ progress: readProgress(action.actor.id, params.token) }),
  }),
  defineRoute({
    method: "post",
    path: "/api/reader/drafts",
    tag: "Đọc văn bản",
    summary:
      "Tải lên văn bản (.txt UTF-8/UTF-16/TCVN3/VNI, .docx, .doc, .pdf có lớp chữ hoặc bản quét đọc bằng OCR; trường progress tùy chọn để theo dõi tiến độ): hệ thống đọc và đề xuất văn bản, cuộc họp, nhiệm vụ để người dùng rà soát; chưa lưu gì vào theo dõi",
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
      const token = progressToken.safeParse(form.get("progress")).data;
      let read: Awaited<ReturnType<typeof readUpload>>;
      try {
        read = await readUpload(db, bytes, (p) => token && recordProgress(action.actor.id, token, p));
      } finally {
        if (token) endProgress(token);
      }
      const id = crypto.randomUUID();
      await db.insert(readerDrafts).values({
        id,
        filename: file.name.normalize("NFC").slice(0, 200),
        kind: read.kind,
        bytes: Buffer.from(bytes),
        text: read.text,
        proposal: read.proposal,
        notices: read.notices,
        createdBy: action.actor.id,
      });
      const duplicates = await findDuplicates(db, read);
      return { id, filename: file.name, text: read.text, proposal: read.proposal, notices: read.notices, duplicates };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/reader/drafts/:id",
    tag: "Đọc văn bản",
    summary: "Một bản đề xuất đang chờ rà soát, với các văn bản đã ghi nhận mà nó trùng",
    access: "tasks:manage",
    params: idParam,
    handler: async ({ db, params }) => {
      const [draft] = await db.select().from(readerDrafts).where(eq(readerDrafts.id, params.id));
      if (!draft) throw new AppError("not_found", "Không tìm thấy bản đề xuất này (có thể đã được xác nhận hoặc hủy).");
      const proposal = draft.proposal as reader.DocumentProposal;
      const duplicates = await findDuplicates(db, { text: draft.text, proposal });
      return { id: draft.id, filename: draft.filename, text: draft.text, proposal, notices: draft.notices, duplicates };
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
    handler: ({ db, params, body, action }) => confirmDraft(db, params.id, body, action),
  }),
];
