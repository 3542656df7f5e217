import { AppError, compareVi, searchPattern } from "@dondoc/domain";
import { and, eq, like, type SQL } from "drizzle-orm";
import { z } from "zod";
import { type AgencyRow, agencies } from "../../db/schema";
import { defineRoute } from "../../http/route";

const presentAgency = (a: AgencyRow) => ({
  id: a.id,
  name: a.name,
  kind: a.kind,
  shortName: a.shortName,
  aliases: a.aliases,
  parentId: a.parentId,
  unitId: a.unitId,
  title: a.title,
  validFrom: a.validFrom,
  validTo: a.validTo,
  successorId: a.successorId,
  source: { documentId: a.sourceDocumentId, passage: a.sourcePassage },
});

export const agencyRoutes = [
  defineRoute({
    method: "get",
    path: "/api/agencies",
    tag: "Cơ quan",
    summary: "Cơ quan, doanh nghiệp, liên danh và lãnh đạo được nêu trong văn bản; tìm theo tên hoặc tên khác, không dấu",
    access: "registry:read",
    query: z.object({ q: z.string().max(200).optional(), kind: z.string().max(40).optional() }),
    handler: async ({ db, query }) => {
      const where: SQL[] = [];
      if (query.kind) where.push(eq(agencies.kind, query.kind));
      if (query.q) where.push(like(agencies.nameSearch, searchPattern(query.q)));
      const rows = await db
        .select()
        .from(agencies)
        .where(and(...where));
      const items = rows.map(presentAgency).sort((a, b) => compareVi(a.name, b.name));
      return { items, total: items.length };
    },
  }),
  defineRoute({
    method: "get",
    path: "/api/agencies/:id",
    tag: "Cơ quan",
    summary: "Một cơ quan, doanh nghiệp hoặc người, với các đơn vị trực thuộc, thành viên liên danh và đơn vị kế thừa",
    access: "registry:read",
    params: z.object({ id: z.string().max(120) }),
    handler: async ({ db, params }) => {
      const [row] = await db.select().from(agencies).where(eq(agencies.id, params.id));
      if (!row) throw new AppError("not_found", "Không tìm thấy cơ quan này.");
      const members = await db.select().from(agencies).where(eq(agencies.parentId, row.id));
      const predecessors = await db.select().from(agencies).where(eq(agencies.successorId, row.id));
      return { ...presentAgency(row), members: members.map(presentAgency), predecessors: predecessors.map(presentAgency) };
    },
  }),
];
