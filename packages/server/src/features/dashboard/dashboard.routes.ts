import { addDays, isoDateSchema } from "@dondoc/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route";
import { dashboard } from "./dashboard";
import { dashboardWorkbook } from "./dashboard-export";

const dashboardQuery = z.object({ since: isoDateSchema.optional() });
/** "what changed since": 30 days before today unless the reader chose a date */
const sinceOf = (query: z.infer<typeof dashboardQuery>, today: string) => query.since ?? addDays(today, -30);

export const dashboardRoutes = [
  defineRoute({
    method: "get",
    path: "/api/dashboard",
    tag: "Báo cáo",
    summary:
      "Bảng điều khiển của lãnh đạo: khu, cụm theo giai đoạn, lấp đầy, nhiệm vụ quá hạn theo cơ quan, giải phóng mặt bằng, mục tiêu so với thực tế, thay đổi từ ngày since",
    access: "reports:read",
    query: dashboardQuery,
    handler: ({ db, action, query }) => dashboard(db, action.actor, action.today, sinceOf(query, action.today)),
  }),
  defineRoute({
    method: "get",
    path: "/api/dashboard.xlsx",
    tag: "Báo cáo",
    summary: "Bảng điều khiển xuất ra Excel (.xlsx): cùng số liệu với /api/dashboard, mỗi khối một trang tính",
    access: "reports:read",
    query: dashboardQuery,
    handler: async ({ db, action, query }) => {
      const bytes = await dashboardWorkbook(await dashboard(db, action.actor, action.today, sinceOf(query, action.today)));
      return new Response(new Uint8Array(bytes), {
        headers: {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="bang-dieu-khien-${action.today}.xlsx"`,
        },
      });
    },
  }),
];
