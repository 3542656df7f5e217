import { AppError, compareVi, isoDateSchema } from "@dondoc/domain";
import { z } from "zod";
import type { AdminUnitRow } from "../../db/schema";
import { defineRoute } from "../../http/route";
import { findLinks, findUnit, findUnits, unitFilter } from "./units.queries";

const levels = z.enum(unitFilter.levels);
const unitQuery = z.object({
  level: z
    .union([
      levels,
      z
        .string()
        .regex(/^[a-z,]+$/)
        .transform((s) => s.split(",")),
    ])
    .optional(),
  q: z.string().max(100).optional(),
  validOn: isoDateSchema.optional(),
  formerDistrict: z.string().max(80).optional(),
});

const presentUnit = (u: AdminUnitRow) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  level: u.level,
  parentId: u.parentId,
  validFrom: u.validFrom,
  validTo: u.validTo,
  formerDistrictIds: u.formerDistrictIds,
  status: u.status,
  note: u.note,
  source: { documentId: u.sourceDocumentId, passage: u.sourcePassage },
});

export const unitRoutes = [
  defineRoute({
    method: "get",
    path: "/api/units",
    tag: "Đơn vị hành chính",
    summary: "Đơn vị hành chính (tỉnh, huyện cũ, xã cũ, 65 xã/phường từ 01/7/2025): lọc theo cấp, tên không dấu, ngày hiệu lực, huyện cũ",
    access: "registry:read",
    query: unitQuery,
    handler: async ({ db, query }) => {
      const level = query.level === undefined ? undefined : Array.isArray(query.level) ? query.level : [query.level];
      const rows = await findUnits(db, { ...query, level });
      const items = rows.map(presentUnit).sort((a, b) => compareVi(a.name, b.name));
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/units/:id",
    tag: "Đơn vị hành chính",
    summary: "Một đơn vị hành chính với các đơn vị trước và sau sắp xếp 2025 (cũ ↔ mới)",
    access: "registry:read",
    params: z.object({ id: z.string().max(120) }),
    handler: async ({ db, params }) => {
      const unit = await findUnit(db, params.id);
      if (!unit) throw new AppError("not_found", "Không tìm thấy đơn vị hành chính này.");
      const links = await findLinks(db, unit.id);
      const children =
        unit.level === "district" || unit.level === "city" ? (await findUnits(db, { formerDistrict: unit.id })).map(presentUnit) : [];
      return { ...presentUnit(unit), ...links, children };
    },
  }),
];
