import { AppError } from "@dondoc/domain";
import { asc, eq, or } from "drizzle-orm";
import { z } from "zod";
import { agencies, documents, meetings } from "../../db/schema";
import { defineRoute } from "../../http/route";
import { listTaskLines } from "../tasks/list-tasks";

const idParam = z.object({ id: z.string().max(120) });

export const documentRoutes = [
  defineRoute({
    method: "get",
    path: "/api/documents",
    tag: "Văn bản",
    summary: "Văn bản: nguồn của số liệu, thông báo kết luận, giấy mời (số, ngày, cơ quan ban hành, người ký, trích yếu)",
    access: "registry:read",
    handler: async ({ db }) => {
      const items = await db.select().from(documents).orderBy(asc(documents.id));
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/documents/:id",
    tag: "Văn bản",
    summary: "Một văn bản với các cuộc họp của nó và các nhiệm vụ (trạng thái hôm nay) mà người xem được thấy",
    access: "tasks:read",
    params: idParam,
    handler: async ({ db, params, action }) => {
      const [doc] = await db.select().from(documents).where(eq(documents.id, params.id));
      if (!doc) throw new AppError("not_found", "Không tìm thấy văn bản này.");
      const [meetingRows, tasks] = await Promise.all([
        db
          .select()
          .from(meetings)
          .where(or(eq(meetings.noticeDocumentId, doc.id), eq(meetings.conclusionDocumentId, doc.id))),
        listTaskLines(db, action.actor, { asOf: action.today, documentId: doc.id }),
      ]);
      return { ...doc, meetings: meetingRows, tasks };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/meetings",
    tag: "Văn bản",
    summary: "Các cuộc họp, kiểm tra thực địa: ngày giờ, địa điểm, chủ trì, thành phần, khu/cụm liên quan",
    access: "tasks:read",
    handler: async ({ db }) => {
      const rows = await db
        .select({ m: meetings, chair: agencies.name })
        .from(meetings)
        .leftJoin(agencies, eq(agencies.id, meetings.chairId))
        .orderBy(asc(meetings.date));
      const items = rows.map((r) => ({ ...r.m, chairName: r.chair }));
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/meetings/:id",
    tag: "Văn bản",
    summary: "Một cuộc họp với nhiệm vụ chuẩn bị và nhiệm vụ kết luận",
    access: "tasks:read",
    params: idParam,
    handler: async ({ db, params, action }) => {
      const [row] = await db
        .select({ m: meetings, chair: agencies.name })
        .from(meetings)
        .leftJoin(agencies, eq(agencies.id, meetings.chairId))
        .where(eq(meetings.id, params.id));
      if (!row) throw new AppError("not_found", "Không tìm thấy cuộc họp này.");
      const docId = row.m.conclusionDocumentId ?? row.m.noticeDocumentId;
      const tasks = docId
        ? (await listTaskLines(db, action.actor, { asOf: action.today, documentId: docId })).filter((t) => t.meetingId === row.m.id)
        : [];
      return { ...row.m, chairName: row.chair, tasks };
    },
  }),
];
