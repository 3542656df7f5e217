import { isoDateSchema } from "@dondoc/domain";
import { and, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { auditLog } from "../../db/schema";
import { defineRoute } from "../../http/route";

export const auditRoutes = [
  defineRoute({
    method: "get",
    path: "/api/audit",
    tag: "Nhật ký",
    summary: "Nhật ký thay đổi (chỉ đọc, không sửa, không xóa): lọc theo đối tượng, người, hành động, khoảng ngày",
    access: "audit:read",
    query: z.object({
      entity: z.string().max(40).optional(),
      entityId: z.string().max(120).optional(),
      actorId: z.string().max(80).optional(),
      action: z.string().max(40).optional(),
      from: isoDateSchema.optional(),
      to: isoDateSchema.optional(),
      page: z.coerce.number().int().min(1).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(50),
    }),
    handler: async ({ db, query }) => {
      const where: SQL[] = [];
      if (query.entity) where.push(eq(auditLog.entity, query.entity));
      if (query.entityId) where.push(eq(auditLog.entityId, query.entityId));
      if (query.actorId) where.push(eq(auditLog.actorId, query.actorId));
      if (query.action) where.push(eq(auditLog.action, query.action));
      if (query.from) where.push(gte(auditLog.at, new Date(`${query.from}T00:00:00+07:00`)));
      if (query.to) where.push(lt(auditLog.at, new Date(new Date(`${query.to}T00:00:00+07:00`).getTime() + 86_400_000)));
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .where(and(...where))
          .orderBy(desc(auditLog.id))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(auditLog)
          .where(and(...where)),
      ]);
      return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total: count?.n ?? 0 };
    },
  }),
];
