import { isoDateSchema } from "@dondoc/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route";
import { dashboard } from "./dashboard";

export const dashboardRoutes = [
  defineRoute({
    method: "get",
    path: "/api/dashboard",
    tag: "Báo cáo",
    summary:
      "Bảng điều khiển của lãnh đạo: khu, cụm theo giai đoạn, lấp đầy, nhiệm vụ quá hạn theo cơ quan, giải phóng mặt bằng, mục tiêu so với thực tế, thay đổi từ ngày since",
    access: "reports:read",
    query: z.object({
      since: isoDateSchema.optional(),
    }),
    handler: ({ db, action, query }) => {
      const monthAgo = new Date(`${action.today}T00:00:00Z`);
      monthAgo.setUTCDate(monthAgo.getUTCDate() - 30);
      return dashboard(db, action.actor, action.today, query.since ?? monthAgo.toISOString().slice(0, 10));
    },
  }),
];
