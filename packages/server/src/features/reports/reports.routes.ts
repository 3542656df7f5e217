import { reportIssueInput } from "@dondoc/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route";
import { generateAnnualReport, issueAnnualReport } from "./annual-report";
import { generateBriefing } from "./briefing-pack";
import { generateMonthlyReport, issueMonthlyReport } from "./monthly-report";

const periodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Kỳ báo cáo phải có dạng YYYY-MM.");
const yearSchema = z.coerce
  .number({ error: "Năm báo cáo phải là số, ví dụ 2026." })
  .int("Năm báo cáo phải là số nguyên, ví dụ 2026.")
  .min(2000, "Năm báo cáo phải từ 2000 đến 2100.")
  .max(2100, "Năm báo cáo phải từ 2000 đến 2100.");
const issued = (r: Awaited<ReturnType<typeof issueMonthlyReport>>) => ({
  number: r.issue.number,
  issuedOn: r.issue.issuedOn,
  signer: { id: r.issue.signer.id, name: r.issue.signer.name, title: r.issue.signer.title },
  occurrenceId: r.occurrenceId,
});

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
      period: periodSchema,
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
  defineRoute({
    method: "get",
    path: "/api/reports/annual",
    tag: "Báo cáo",
    summary:
      "Báo cáo năm của Sở Công Thương gửi UBND tỉnh (Kế hoạch ban hành kèm theo QĐ 609: các đơn vị báo cáo Sở trước ngày 30/11 để tổng hợp, báo cáo UBND tỉnh): khu, cụm theo giai đoạn, thay đổi trong năm, mục tiêu so với thực tế, nhiệm vụ, báo cáo đã nhận; .docx hoặc .xlsx, số liệu đến 31/12",
    access: "reports:read",
    query: z.object({
      year: yearSchema,
      format: z.enum(["docx", "xlsx"]).default("docx"),
    }),
    handler: async ({ db, query, action }) => {
      const bytes = await generateAnnualReport(db, query.year, query.format, action.today);
      return new Response(new Uint8Array(bytes), {
        headers: {
          "content-type": MIME[query.format],
          "content-disposition": `attachment; filename="bao-cao-nam-${query.year}.${query.format}"`,
        },
      });
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/reports/monthly/:period/issue",
    tag: "Báo cáo",
    summary:
      "Phát hành báo cáo tháng (Sở Công Thương): số, ngày, người ký là lãnh đạo Sở trong danh mục; ghi hoàn thành kỳ báo cáo của chính nhiệm vụ này (TB 000) kèm tệp .docx, trong một giao dịch",
    access: "tasks:report",
    params: z.object({ period: periodSchema }),
    body: reportIssueInput,
    successStatus: 201,
    handler: async ({ db, params, body, action }) => issued(await issueMonthlyReport(db, params.period, body, action)),
  }),
  defineRoute({
    method: "post",
    path: "/api/reports/annual/:year/issue",
    tag: "Báo cáo",
    summary: "Phát hành báo cáo năm (Sở Công Thương): số, ngày, người ký là lãnh đạo Sở trong danh mục",
    access: "tasks:report",
    params: z.object({ year: yearSchema }),
    body: reportIssueInput,
    successStatus: 201,
    handler: async ({ db, params, body, action }) => issued(await issueAnnualReport(db, params.year, body, action)),
  }),
  defineRoute({
    method: "get",
    path: "/api/reports/briefing",
    tag: "Báo cáo",
    summary:
      "Tài liệu phục vụ cuộc họp (.docx) cho một cuộc họp (các khu, cụm trong chương trình) hoặc một khu, cụm: số liệu, nhiệm vụ chưa xong và quá hạn, mốc chậm, giải phóng mặt bằng, thay đổi từ lần họp trước",
    access: "reports:read",
    query: z
      .object({ meetingId: z.string().min(1).max(80).optional(), zoneId: z.string().min(1).max(80).optional() })
      .refine((q) => (q.meetingId ? 1 : 0) + (q.zoneId ? 1 : 0) === 1, {
        message: "Cần chọn đúng một: cuộc họp (meetingId) hoặc khu, cụm (zoneId).",
        path: ["meetingId"],
      }),
    handler: async ({ db, query, action }) => {
      const target = query.meetingId ? { meetingId: query.meetingId } : { zoneId: query.zoneId as string };
      const { bytes, name } = await generateBriefing(db, target, action.today);
      return new Response(new Uint8Array(bytes), {
        headers: {
          "content-type": MIME.docx,
          "content-disposition": `attachment; filename="tai-lieu-hop-${name}.docx"`,
        },
      });
    },
  }),
];
