import { z } from "zod";
import { defineRoute } from "../../http/route";
import { generateMonthlyReport } from "./monthly-report";

const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export const reportRoutes = [
  defineRoute({
    method: "get",
    path: "/api/reports/monthly",
    tag: "Báo cáo",
    summary:
      "Báo cáo tháng của Sở Công Thương gửi UBND tỉnh (.docx theo Nghị định 30/2020 hoặc .xlsx), số liệu đến ngày cuối kỳ; lập lại cho kỳ cũ cho kết quả như cũ",
    access: "reports:read",
    query: z.object({
      period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Kỳ báo cáo phải có dạng YYYY-MM."),
      format: z.enum(["docx", "xlsx"]).default("docx"),
    }),
    handler: async ({ db, query, action }) => {
      const bytes = await generateMonthlyReport(db, query.period, query.format, action.today);
      return new Response(new Uint8Array(bytes), {
        headers: {
          "content-type": MIME[query.format],
          "content-disposition": `attachment; filename="bao-cao-thang-${query.period}.${query.format}"`,
        },
      });
    },
  }),
];
