import { landClearanceInput } from "@dondoc/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route";
import { addLandClearanceEntry, landClearanceLedger } from "./land-clearance";

const idParam = z.object({ id: z.string().max(80) });

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
      asOf: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng YYYY-MM-DD.")
        .optional(),
    }),
    handler: ({ db, params, query, action }) => landClearanceLedger(db, params.id, query.asOf ?? action.today),
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
      return landClearanceLedger(db, params.id, action.today);
    },
  }),
];
