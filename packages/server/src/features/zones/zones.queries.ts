import { searchPattern, type ZoneFilter } from "@dondoc/domain";
import { and, asc, desc, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnits, agencies, documents, planEntries, unitSuccessions, zoneFacts, zones, zoneUnits } from "../../db/schema";

/** Zone rows matching the filter (without paging: the list is small and sorted in the app). */
export async function findZoneRows(db: Db, filter: Omit<ZoneFilter, "sort" | "order" | "page" | "pageSize">) {
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(zones.kind, filter.kind));
  if (filter.stage) where.push(eq(zones.stage, filter.stage));
  if (filter.phase) where.push(eq(zones.phase, filter.phase));
  if (filter.formerDistrict) where.push(eq(zones.formerDistrictId, filter.formerDistrict));
  if (filter.commune) {
    // an old commune finds the zones of the 2025 communes it became
    const communeIds = [filter.commune, ...(await successorIds(db, filter.commune))];
    where.push(inArray(zones.id, db.select({ id: zoneUnits.zoneId }).from(zoneUnits).where(inArray(zoneUnits.unitId, communeIds))));
  }
  if (filter.q?.trim()) {
    // the zone's names, its 2025 communes or its former district
    const pattern = searchPattern(filter.q);
    const inCommune = db
      .select({ id: zoneUnits.zoneId })
      .from(zoneUnits)
      .innerJoin(adminUnits, eq(adminUnits.id, zoneUnits.unitId))
      .where(like(adminUnits.nameSearch, pattern));
    const districts = db.select({ id: adminUnits.id }).from(adminUnits).where(like(adminUnits.nameSearch, pattern));
    where.push(or(like(zones.nameSearch, pattern), inArray(zones.id, inCommune), inArray(zones.formerDistrictId, districts)) as SQL);
  }
  return db
    .select()
    .from(zones)
    .where(and(...where))
    .orderBy(asc(zones.id));
}

async function successorIds(db: Db, unitId: string): Promise<string[]> {
  const rows = await db.select({ id: unitSuccessions.toId }).from(unitSuccessions).where(eq(unitSuccessions.fromId, unitId));
  return rows.map((r) => r.id);
}

export async function findZoneRow(db: Db, id: string) {
  const [row] = await db.select().from(zones).where(eq(zones.id, id));
  return row ?? null;
}

export async function findZoneUnits(db: Db, zoneIds: string[]) {
  if (zoneIds.length === 0) return [];
  return db
    .select({ zoneId: zoneUnits.zoneId, unitId: zoneUnits.unitId, basis: zoneUnits.basis, name: adminUnits.name, code: adminUnits.code })
    .from(zoneUnits)
    .innerJoin(adminUnits, eq(adminUnits.id, zoneUnits.unitId))
    .where(inArray(zoneUnits.zoneId, zoneIds));
}

/** Names of the units and agencies a zone list refers to. */
export async function findNames(db: Db) {
  const [units, agencyRows] = await Promise.all([
    db
      .select({ id: adminUnits.id, name: adminUnits.name })
      .from(adminUnits)
      .where(inArray(adminUnits.level, ["district", "city"])),
    db.select({ id: agencies.id, name: agencies.name }).from(agencies),
  ]);
  return { districts: new Map(units.map((u) => [u.id, u.name])), agencies: new Map(agencyRows.map((a) => [a.id, a.name])) };
}

/** A zone fact with its source document's identification: select it with `.leftJoin(documents, …)`. */
export const factWithSource = {
  id: zoneFacts.id,
  field: zoneFacts.field,
  value: zoneFacts.value,
  asOf: zoneFacts.asOf,
  sourceDocumentId: zoneFacts.sourceDocumentId,
  sourcePassage: zoneFacts.sourcePassage,
  recordedBy: zoneFacts.recordedBy,
  recordedAt: zoneFacts.recordedAt,
  docType: documents.type,
  docNumber: documents.number,
  docIssuedOn: documents.issuedOn,
  docTitle: documents.title,
};

export async function findZoneFacts(db: Db, zoneId: string) {
  return db
    .select(factWithSource)
    .from(zoneFacts)
    .leftJoin(documents, eq(documents.id, zoneFacts.sourceDocumentId))
    .where(eq(zoneFacts.zoneId, zoneId))
    .orderBy(desc(zoneFacts.recordedAt), desc(zoneFacts.id));
}

export async function findPlanEntries(db: Db, zoneId: string) {
  return db.select().from(planEntries).where(eq(planEntries.zoneId, zoneId)).orderBy(asc(planEntries.id));
}

export async function countZoneFacts(db: Db) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(zoneFacts);
  return row?.n ?? 0;
}
