import { type Actor, AppError, notificationCategories, notificationCategoryNames } from "@dondoc/domain";
import { and, count, eq, inArray, isNull, or } from "drizzle-orm";
import { z } from "zod";
import { now } from "../../clock";
import { notifications } from "../../db/schema";
import { defineRoute } from "../../http/route";
import { loadNoticeItems } from "./notice-items";

/** Whose notifications an actor sees: its agency's; an admin also the security alerts, which have no agency. */
function addressedTo(actor: Actor) {
  const own = eq(notifications.agencyId, actor.agencyId ?? "");
  return actor.role === "admin" ? or(own, and(isNull(notifications.agencyId), eq(notifications.kind, "security"))) : own;
}

const PAGE = 50;

const listQuery = z.object({
  unread: z.enum(["1", "0"]).optional(),
  category: z.enum(notificationCategoryNames as [string, ...string[]], { error: "Loại thông báo không hợp lệ." }).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

function filtered(actor: Actor, q: { unread?: string; category?: string }) {
  const kinds = q.category ? notificationCategories[q.category as keyof typeof notificationCategories] : null;
  return and(
    addressedTo(actor),
    q.unread === "1" ? isNull(notifications.readAt) : undefined,
    kinds ? inArray(notifications.kind, [...kinds]) : undefined,
  );
}

export const notificationRoutes = [
  defineRoute({
    method: "get",
    path: "/api/notifications",
    tag: "Nhắc việc",
    summary:
      "Thông báo của cơ quan mình, mới nhất trước, 50 một trang (nhắc hạn, báo cáo chờ xác nhận, kết quả xác nhận/gia hạn, câu hỏi của nhà đầu tư), có lọc theo loại và chưa đọc",
    access: "tasks:read",
    query: listQuery,
    handler: async ({ db, action, query, config }) => {
      const email = { smtp: config.mail.smtpUrl !== null, digestHour: config.reminders.digestHour };
      if (!action.actor.agencyId && action.actor.role !== "admin")
        return { items: [], total: 0, unread: 0, page: 1, pageSize: PAGE, email };
      const where = filtered(action.actor, query);
      const [items, [total], [unread]] = await Promise.all([
        loadNoticeItems(db, where, PAGE, (query.page - 1) * PAGE),
        db.select({ n: count() }).from(notifications).where(where),
        db
          .select({ n: count() })
          .from(notifications)
          .where(and(addressedTo(action.actor), isNull(notifications.readAt))),
      ]);
      return { items, total: total?.n ?? 0, unread: unread?.n ?? 0, page: query.page, pageSize: PAGE, email };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/notifications/read-all",
    tag: "Nhắc việc",
    summary: "Đánh dấu đã đọc tất cả thông báo của cơ quan mình (hoặc của một loại)",
    access: "tasks:read",
    body: z.object({ category: listQuery.shape.category }),
    handler: async ({ db, action, body }) => {
      const rows = await db
        .update(notifications)
        .set({ readAt: now() })
        .where(filtered(action.actor, { unread: "1", category: body.category }))
        .returning({ id: notifications.id });
      return { read: rows.length };
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/notifications/:id/read",
    tag: "Nhắc việc",
    summary: "Đánh dấu đã đọc một thông báo của cơ quan mình",
    access: "tasks:read",
    params: z.object({ id: z.coerce.number().int().positive() }),
    handler: async ({ db, params, action }) => {
      const [row] = await db
        .update(notifications)
        .set({ readAt: now() })
        .where(and(eq(notifications.id, params.id), addressedTo(action.actor)))
        .returning({ id: notifications.id });
      if (!row) throw new AppError("not_found", "Không tìm thấy thông báo này.");
      return { ok: true };
    },
  }),
];
