import { evaluateTarget, isoDateSchema } from "@dondoc/domain";
import { and, asc, eq, lte, type SQL } from "drizzle-orm";
import { z } from "zod";
import { figures, targets } from "../../db/schema";
import { defineRoute } from "../../http/route";
import { listAllZones } from "../zones/list-zones";

export const referenceRoutes = [
  defineRoute({
    method: "get",
    path: "/api/figures",
    tag: "Nguồn",
    summary:
      "Số liệu tổng hợp theo văn bản (tổng của quy hoạch, bảng theo huyện, số liệu giữa năm 2024) có ngày và nguồn; asOf lấy số liệu tính đến ngày đó",
    access: "registry:read",
    query: z.object({
      metric: z.string().max(80).optional(),
      asOf: isoDateSchema.optional(),
    }),
    handler: async ({ db, query }) => {
      const where: SQL[] = [];
      if (query.metric) where.push(eq(figures.metric, query.metric));
      if (query.asOf) where.push(lte(figures.asOf, query.asOf));
      const items = await db
        .select()
        .from(figures)
        .where(and(...where))
        .orderBy(asc(figures.metric), asc(figures.asOf));
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/targets",
    tag: "Nguồn",
    summary: "Mục tiêu của QĐ 609 (mục III.2) với giá trị thực tế tính từ sổ đăng ký",
    access: "registry:read",
    handler: async ({ db }) => {
      const [rows, zones] = await Promise.all([
        db.select().from(targets).orderBy(asc(targets.id)),
        listAllZones(db, { sort: "name", order: "asc" }),
      ]);
      const items = rows.map((t) => ({ ...t, actual: evaluateTarget(t.metric, t.threshold, zones) }));
      return { items, total: items.length };
    },
  }),
];
