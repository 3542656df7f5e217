import {
  AppError,
  isoDateSchema,
  landClearanceInput,
  milestoneInput,
  newTenantProjectInput,
  tenantProjectReportInput,
} from "@dondoc/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route";
import { importProgress } from "./import-progress";
import { addLandClearanceEntry, landClearanceLedger } from "./land-clearance";
import { addMilestone, addTenantProject, addTenantProjectReport, zoneProgress } from "./progress";
import { progressTemplate } from "./progress-sheet";

const idParam = z.object({ id: z.string().max(80) });
const numericIdParam = z.object({ id: z.coerce.number({ error: "Mã dự án phải là một số." }).int().positive("Mã dự án không hợp lệ.") });
const asOfQuery = z.object({
  asOf: isoDateSchema.optional(),
});

export const progressRoutes = [
  defineRoute({
    method: "get",
    path: "/api/zones/:id/land-clearance",
    tag: "Tiến độ",
    summary:
      "Sổ giải phóng mặt bằng của dự án: số liệu lũy kế và thay đổi so với kỳ trước theo xã, phường, tính đến asOf; mọi dòng kể cả đính chính",
    access: "registry:read",
    params: idParam,
    query: z.object({
      asOf: isoDateSchema.optional(),
    }),
    handler: ({ db, params, query, action }) => landClearanceLedger(db, params.id, query.asOf ?? action.today, action.actor),
  }),
  defineRoute({
    method: "post",
    path: "/api/zones/:id/land-clearance",
    tag: "Tiến độ",
    summary: "Nhập số liệu giải phóng mặt bằng (lũy kế đến ngày báo cáo) hoặc đính chính một dòng đã nhập; không sửa, không xóa",
    access: "registry:read", // which zone and commune: canReportLandClearance (features/progress/land-clearance.ts)
    params: idParam,
    body: landClearanceInput,
    successStatus: 201,
    handler: async ({ db, params, body, action }) => {
      await addLandClearanceEntry(db, params.id, body, action);
      return landClearanceLedger(db, params.id, action.today, action.actor);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/zones/:id/progress",
    tag: "Tiến độ",
    summary:
      "Tiến độ của khu, cụm tính đến asOf: các mốc (mốc chậm), dự án thứ cấp, tỷ lệ lấp đầy tính từ số liệu (và căn cứ), xử lý nước thải, PCCC, tổng số liệu GPMB",
    access: "registry:read",
    params: idParam,
    query: asOfQuery,
    handler: ({ db, params, query, action }) => zoneProgress(db, params.id, query.asOf ?? action.today, action.actor),
  }),
  defineRoute({
    method: "post",
    path: "/api/zones/:id/milestones",
    tag: "Tiến độ",
    summary: "Báo cáo một mốc tiến độ (kế hoạch, thực tế) của khu, cụm hoặc của một dự án thứ cấp; chỉ thêm, không sửa",
    access: "registry:read", // which zone: canReportProgress (features/progress/progress.ts)
    params: idParam,
    body: milestoneInput,
    successStatus: 201,
    handler: async ({ db, params, body, action }) => {
      await addMilestone(db, params.id, body, action);
      return zoneProgress(db, params.id, action.today, action.actor);
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/zones/:id/tenant-projects",
    tag: "Tiến độ",
    summary: "Thêm một dự án thứ cấp vào khu, cụm cùng báo cáo đầu tiên (tình trạng, diện tích, vốn, lao động)",
    access: "registry:read", // which zone: canReportProgress
    params: idParam,
    body: newTenantProjectInput,
    successStatus: 201,
    handler: async ({ db, params, body, action }) => {
      await addTenantProject(db, params.id, body, action);
      return zoneProgress(db, params.id, action.today, action.actor);
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/tenant-projects/:id/reports",
    tag: "Tiến độ",
    summary: "Báo cáo định kỳ của một dự án thứ cấp, hoặc đính chính một báo cáo đã gửi (correctsId); chỉ thêm, không sửa",
    access: "registry:read", // which zone: canReportProgress
    params: numericIdParam,
    body: tenantProjectReportInput,
    successStatus: 201,
    handler: async ({ db, params, body, action }) => {
      const zoneId = await addTenantProjectReport(db, params.id, body, action);
      return zoneProgress(db, zoneId, action.today, action.actor);
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/progress/template.xlsx",
    tag: "Tiến độ",
    summary: "Mẫu Excel nhập số liệu tháng: giải phóng mặt bằng, mốc tiến độ, dự án thứ cấp (tiêu đề tiếng Việt, một dòng giải thích)",
    access: "registry:read",
    handler: async () =>
      new Response(new Uint8Array(await progressTemplate()), {
        headers: {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": 'attachment; filename="mau-so-lieu-tien-do-thang.xlsx"',
        },
      }),
  }),
  defineRoute({
    method: "post",
    path: "/api/progress/import",
    tag: "Tiến độ",
    summary:
      "Nhập số liệu tháng từ Excel (trường file, multipart): tất cả hoặc không dòng nào; lỗi theo trang tính, dòng và cột; cùng kiểm tra và quyền như khi nhập từng dòng",
    access: "registry:read", // which zone and commune, row by row: canReportProgress, canReportLandClearance
    bodyKind: "multipart",
    successStatus: 201,
    handler: async ({ db, c, action }) => {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        throw new AppError("invalid", 'Cần gửi tệp Excel trong trường "file" (multipart/form-data).');
      }
      const file = form.get("file");
      if (!(file instanceof File)) throw new AppError("invalid", 'Cần gửi tệp Excel trong trường "file".');
      return importProgress(db, new Uint8Array(await file.arrayBuffer()), action);
    },
  }),
];
