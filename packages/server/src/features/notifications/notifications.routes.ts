import { type Actor, AppError } from "@dondoc/domain";
import { and, desc, eq, isNull, or } from "drizzle-orm";
import { z } from "zod";
import { now } from "../../clock";
import { notifications, taskOccurrences } from "../../db/schema";
import { defineRoute } from "../../http/route";

/** Whose notifications an actor sees: its agency's; an admin also the security alerts, which have no agency. */
function addressedTo(actor: Actor) {
  const own = eq(notifications.agencyId, actor.agencyId ?? "");
  return actor.role === "admin" ? or(own, and(isNull(notifications.agencyId), eq(notifications.kind, "security"))) : own;
}

export const notificationRoutes = [
  defineRoute({
    method: "get",
    path: "/api/notifications",
    tag: "Nhắc việc",
    summary: "Thông báo nhắc việc của cơ quan mình (sắp đến hạn, đến hạn, quá hạn, báo cáo Văn phòng khi quá hạn lâu)",
    access: "tasks:read",
    query: z.object({ unread: z.enum(["1", "0"]).optional() }),
    handler: async ({ db, action, query }) => {
      if (!action.actor.agencyId && action.actor.role !== "admin") return { items: [], total: 0, unread: 0 };
      const rows = await db
        .select({ n: notifications, taskId: taskOccurrences.taskId })
        .from(notifications)
        .leftJoin(taskOccurrences, eq(taskOccurrences.id, notifications.occurrenceId))
        .where(and(addressedTo(action.actor), query.unread === "1" ? isNull(notifications.readAt) : undefined))
        .orderBy(desc(notifications.id))
        .limit(200);
      const items = rows.map(({ n, taskId }) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        taskId,
        enquiryId: n.enquiryId,
        // a periodic report's reminder (key "report:<obligation>:<period>:…") opens the reporter's inbox
        link: n.key.startsWith("report:") ? "/reporting" : null,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      }));
      return { items, total: items.length, unread: items.filter((i) => !i.readAt).length };
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
