import { AppError } from "@dondoc/domain";
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import { now } from "../../clock";
import { enquiries, zones } from "../../db/schema";
import { defineRoute } from "../../http/route";

const present = (e: typeof enquiries.$inferSelect, zoneName: string | null) => ({
  id: e.id,
  zone: e.zoneId ? { id: e.zoneId, name: zoneName ?? e.zoneId } : null,
  name: e.name,
  company: e.company,
  email: e.email,
  phone: e.phone,
  interest: e.interest,
  message: e.message,
  language: e.language,
  createdAt: e.createdAt.toISOString(),
  answer: e.answer,
  answeredAt: e.answeredAt?.toISOString() ?? null,
});

export const enquiryRoutes = [
  defineRoute({
    method: "get",
    path: "/api/enquiries",
    tag: "Câu hỏi nhà đầu tư",
    summary: "Câu hỏi của nhà đầu tư gửi đến cơ quan mình (quản trị: tất cả)",
    access: "enquiries:answer",
    handler: async ({ db, action }) => {
      const mine = action.actor.role === "admin" ? undefined : eq(enquiries.agencyId, action.actor.agencyId ?? "");
      const rows = await db
        .select({ e: enquiries, zoneName: zones.name })
        .from(enquiries)
        .leftJoin(zones, eq(zones.id, enquiries.zoneId))
        .where(mine)
        .orderBy(desc(enquiries.id));
      const items = rows.map((r) => present(r.e, r.zoneName));
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/enquiries/:id/answer",
    tag: "Câu hỏi nhà đầu tư",
    summary: "Trả lời một câu hỏi gửi đến cơ quan mình",
    access: "enquiries:answer",
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: z.object({ answer: z.string().trim().min(1, "Cần nội dung trả lời.").max(5000, "Nội dung trả lời dài quá 5.000 ký tự.") }),
    handler: async ({ db, params, body, action }) => {
      return db.transaction(async (tx) => {
        const scope = action.actor.role === "admin" ? undefined : eq(enquiries.agencyId, action.actor.agencyId ?? "");
        const [before] = await tx
          .select()
          .from(enquiries)
          .where(and(eq(enquiries.id, params.id), scope));
        if (!before) throw new AppError("not_found", "Không tìm thấy câu hỏi này.");
        const [after] = await tx
          .update(enquiries)
          .set({ answer: body.answer.normalize("NFC"), answeredAt: now(), answeredBy: action.actor.id, version: before.version + 1 })
          .where(eq(enquiries.id, params.id))
          .returning();
        if (!after) throw new AppError("not_found", "Không tìm thấy câu hỏi này.");
        await recordAudit(tx, action, {
          action: "answer",
          entity: "enquiry",
          entityId: String(params.id),
          before: { answer: before.answer },
          after: { answer: after.answer },
        });
        return present(after, null);
      });
    },
  }),
];
