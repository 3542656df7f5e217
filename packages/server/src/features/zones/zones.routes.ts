import { AppError, createZoneInput, updateZoneInput, zoneFilter } from "@dondoc/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route";
import { invalidatePublicZones } from "../public/public-zones";
import { exportZones } from "./export-zones";
import { getZone } from "./get-zone";
import { importZones } from "./import-zones";
import { listZones } from "./list-zones";
import { createZone, setPublication, updateZone } from "./save-zone";

const idParam = z.object({ id: z.string().min(1).max(80) });
const exportFilter = zoneFilter.omit({ page: true, pageSize: true });

export const zoneRoutes = [
  defineRoute({
    method: "get",
    path: "/api/zones",
    tag: "Khu, cụm",
    summary: "Danh sách khu, cụm công nghiệp (lọc, tìm không dấu, sắp xếp, phân trang): { items, total, totals }",
    access: "registry:read",
    query: zoneFilter,
    handler: ({ db, query }) => listZones(db, query),
  }),
  defineRoute({
    method: "get",
    path: "/api/zones.xlsx",
    tag: "Khu, cụm",
    summary: "Xuất danh sách đã lọc ra tệp Excel (.xlsx)",
    access: "registry:read",
    query: exportFilter,
    handler: async ({ db, query, action }) => {
      const { today } = action;
      const bytes = await exportZones(db, query, today);
      return new Response(new Uint8Array(bytes), {
        headers: {
          "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "content-disposition": `attachment; filename="khu-cum-cong-nghiep-${today}.xlsx"`,
        },
      });
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/zones/import",
    tag: "Khu, cụm",
    summary: "Nhập khu, cụm từ Excel (trường file, multipart): tất cả hoặc không dòng nào; lỗi theo dòng và cột",
    access: "registry:edit",
    bodyKind: "multipart",
    handler: async ({ db, c, action }) => {
      let form: FormData;
      try {
        form = await c.req.formData();
      } catch {
        throw new AppError("invalid", 'Cần gửi tệp Excel trong trường "file" (multipart/form-data).');
      }
      const file = form.get("file");
      if (!(file instanceof File)) throw new AppError("invalid", 'Cần gửi tệp Excel trong trường "file".');
      const result = await importZones(db, new Uint8Array(await file.arrayBuffer()), action);
      invalidatePublicZones();
      return result;
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/zones/:id",
    tag: "Khu, cụm",
    summary: "Chi tiết một khu, cụm: mọi trường, vị trí cũ và mới, nguồn của từng số liệu, lịch sử",
    access: "registry:read",
    params: idParam,
    handler: ({ db, params, action }) => getZone(db, params.id, action.actor),
  }),
  defineRoute({
    method: "post",
    path: "/api/zones",
    tag: "Khu, cụm",
    summary: "Thêm khu, cụm",
    access: "registry:edit",
    body: createZoneInput,
    successStatus: 201,
    handler: async ({ db, body, action }) => {
      const id = await createZone(db, body, action);
      invalidatePublicZones();
      return getZone(db, id);
    },
  }),
  defineRoute({
    method: "patch",
    path: "/api/zones/:id",
    tag: "Khu, cụm",
    summary: "Sửa khu, cụm (các trường gửi lên); If-Match: phiên bản để tránh ghi đè sửa đổi của người khác",
    access: "registry:read", // who may change which fields is decided per zone by canEditZone (save-zone.ts),
    params: idParam,
    body: updateZoneInput,
    handler: async ({ db, body, params, action, c }) => {
      const ifMatch = c.req.header("if-match")?.replace(/"/g, "");
      const expected = ifMatch && /^\d+$/.test(ifMatch) ? Number(ifMatch) : undefined;
      await updateZone(db, params.id, body, action, expected);
      invalidatePublicZones();
      return getZone(db, params.id);
    },
  }),
  defineRoute({
    method: "post",
    path: "/api/zones/:id/publication",
    tag: "Khu, cụm",
    summary: "Công bố hoặc rút một khu, cụm khỏi cổng thông tin công khai ({ published: true|false })",
    access: "registry:edit",
    params: idParam,
    body: z.object({ published: z.boolean({ error: "Cần published: true hoặc false." }) }),
    handler: async ({ db, params, body, action }) => {
      await setPublication(db, params.id, body.published, action);
      invalidatePublicZones();
      return getZone(db, params.id);
    },
  }),
];
