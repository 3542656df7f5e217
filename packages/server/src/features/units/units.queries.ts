import { searchPattern } from "@dondoc/domain";
import { and, arrayContains, asc, eq, gte, isNull, like, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnits, unitSuccessions } from "../../db/schema";

export const unitFilter = {
  levels: ["province", "district", "city", "commune", "ward", "town"] as const,
};

export async function findUnits(db: Db, f: { level?: string[]; q?: string; validOn?: string; formerDistrict?: string }) {
  const where: SQL[] = [];
  if (f.level && f.level.length > 0) where.push(or(...f.level.map((l) => eq(adminUnits.level, l as never))) as SQL);
  if (f.q) where.push(like(adminUnits.nameSearch, searchPattern(f.q)));
  if (f.validOn) {
    where.push(or(isNull(adminUnits.validFrom), lte(adminUnits.validFrom, f.validOn)) as SQL);
    where.push(or(isNull(adminUnits.validTo), gte(adminUnits.validTo, f.validOn)) as SQL);
  }
  if (f.formerDistrict)
    where.push(or(eq(adminUnits.parentId, f.formerDistrict), arrayContains(adminUnits.formerDistrictIds, [f.formerDistrict])) as SQL);
  return db
    .select()
    .from(adminUnits)
    .where(and(...where))
    .orderBy(asc(adminUnits.id));
}

export async function findUnit(db: Db, id: string) {
  const [u] = await db.select().from(adminUnits).where(eq(adminUnits.id, id));
  return u ?? null;
}

export async function findLinks(db: Db, id: string) {
  const [successors, predecessors] = await Promise.all([
    db
      .select({ id: adminUnits.id, name: adminUnits.name, partial: unitSuccessions.partial, effectiveOn: unitSuccessions.effectiveOn })
      .from(unitSuccessions)
      .innerJoin(adminUnits, eq(adminUnits.id, unitSuccessions.toId))
      .where(eq(unitSuccessions.fromId, id)),
    db
      .select({
        id: adminUnits.id,
        name: adminUnits.name,
        partial: unitSuccessions.partial,
        effectiveOn: unitSuccessions.effectiveOn,
        parentId: adminUnits.parentId,
      })
      .from(unitSuccessions)
      .innerJoin(adminUnits, eq(adminUnits.id, unitSuccessions.fromId))
      .where(eq(unitSuccessions.toId, id)),
  ]);
  return { successors, predecessors };
}
