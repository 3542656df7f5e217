import {
  type Actor,
  AppError,
  canReportLandClearance,
  canSeeZoneInternals,
  checkLandClearance,
  endOfVietnamDay,
  type LandClearanceEntry,
  type LandClearanceInput,
  landClearanceMetrics,
  ledgerPositions,
  ledgerTotals,
} from "@dondoc/domain";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import type { Db } from "../../db/client";
import { adminUnits, agencies, landClearanceEntries, unitSuccessions, zones, zoneUnits } from "../../db/schema";

type Row = typeof landClearanceEntries.$inferSelect;
const toEntry = (r: Row): LandClearanceEntry => ({ ...r, correctsId: r.correctsId ?? null, reportedPeriod: r.reportedPeriod ?? null });

/**
 * Ledger rows as domain entries, each knowing the units that took over its unit's territory in the
 * 2025 reorganisation (a former district → the communes whose `formerDistrictIds` name it; an old
 * commune → its successions), so that a former district's figure stops counting once they report.
 * Every reader of the ledger goes through here.
 */
export async function withSuccessors(db: Db, entries: LandClearanceEntry[]): Promise<LandClearanceEntry[]> {
  if (entries.length === 0) return [];
  const [current, successions] = await Promise.all([
    db.select({ id: adminUnits.id, formerDistrictIds: adminUnits.formerDistrictIds }).from(adminUnits),
    db.select({ fromId: unitSuccessions.fromId, toId: unitSuccessions.toId }).from(unitSuccessions),
  ]);
  const successors = new Map<string, string[]>();
  const add = (from: string, to: string) => successors.set(from, [...(successors.get(from) ?? []), to]);
  for (const u of current) for (const d of u.formerDistrictIds) add(d, u.id);
  for (const s of successions) add(s.fromId, s.toId);
  return entries.map((e) => ({ ...e, successorUnitIds: successors.get(e.unitId) ?? [] }));
}

/** The ledger entries known at the end of `asOf` (recorded by then and reported by then), of some zones or all. */
export async function loadLedgerEntries(db: Db, asOf: string, zoneIds?: string[]): Promise<LandClearanceEntry[]> {
  if (zoneIds?.length === 0) return [];
  const rows = await db
    .select()
    .from(landClearanceEntries)
    .where(
      and(
        lte(landClearanceEntries.recordedAt, endOfVietnamDay(asOf)),
        lte(landClearanceEntries.reportedOn, asOf),
        zoneIds ? inArray(landClearanceEntries.zoneId, zoneIds) : undefined,
      ),
    )
    .orderBy(asc(landClearanceEntries.reportedOn), asc(landClearanceEntries.id));
  return withSuccessors(db, rows.map(toEntry));
}

/** The ledger of a zone's project as of a date: per commune cumulative figures and change, totals, and every entry (corrections included). */
export async function landClearanceLedger(db: Db, zoneId: string, asOf: string, actor: Actor) {
  const [zone] = await db.select({ id: zones.id, investorId: zones.investorId }).from(zones).where(eq(zones.id, zoneId));
  // another zone's ledger (households, money) is not an investor's to read: 404, as if it did not exist
  if (!zone || !canSeeZoneInternals(actor, zone)) throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
  const rows = await db
    .select()
    .from(landClearanceEntries)
    .where(eq(landClearanceEntries.zoneId, zoneId))
    .orderBy(asc(landClearanceEntries.reportedOn), asc(landClearanceEntries.id));
  const units = new Map((await db.select({ id: adminUnits.id, name: adminUnits.name }).from(adminUnits)).map((u) => [u.id, u.name]));
  const positions = ledgerPositions(await loadLedgerEntries(db, asOf, [zoneId]), asOf).map((p) => ({
    ...p,
    unitName: units.get(p.unitId) ?? p.unitId,
  }));
  const correctedIds = new Set(rows.map((r) => r.correctsId).filter((x): x is number => x !== null));
  return {
    asOf,
    positions,
    totals: ledgerTotals(positions),
    entries: rows.map((r) => ({
      ...r,
      unitName: units.get(r.unitId) ?? r.unitId,
      corrected: correctedIds.has(r.id),
      recordedAt: r.recordedAt.toISOString(),
    })),
  };
}

/** Appends an entry (or a correction) after checking who is entering it and that the figures hold together. */
export async function addLandClearanceEntry(db: Db, zoneId: string, input: LandClearanceInput, ctx: ActionContext): Promise<number> {
  return db.transaction((tx) => insertLandClearanceEntry(tx, zoneId, input, ctx));
}

/**
 * The same, inside the caller's transaction (a periodic report's submission writes its entries
 * with it): every check and the audit row, and nothing is written when it throws.
 */
export async function insertLandClearanceEntry(tx: Db, zoneId: string, input: LandClearanceInput, ctx: ActionContext): Promise<number> {
  const [zone] = await tx.select().from(zones).where(eq(zones.id, zoneId));
  if (!zone) throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
  const [unit] = await tx.select({ id: adminUnits.id }).from(adminUnits).where(eq(adminUnits.id, input.unitId));
  if (!unit)
    throw new AppError("invalid", "Xã, phường không tồn tại.", [{ path: "unitId", message: `Không có xã, phường "${input.unitId}".` }]);
  const unitIds = (await tx.select({ id: zoneUnits.unitId }).from(zoneUnits).where(eq(zoneUnits.zoneId, zoneId))).map((u) => u.id);
  const [agency] = ctx.actor.agencyId
    ? await tx.select({ unitId: agencies.unitId }).from(agencies).where(eq(agencies.id, ctx.actor.agencyId))
    : [];
  if (!canReportLandClearance(ctx.actor, agency?.unitId ?? null, { kind: zone.kind, investorId: zone.investorId, unitIds }, input.unitId)) {
    throw new AppError("forbidden", "Bạn không có quyền nhập số liệu giải phóng mặt bằng của dự án này tại xã, phường này.");
  }
  const existing = (await tx.select().from(landClearanceEntries).where(eq(landClearanceEntries.zoneId, zoneId))).map(toEntry);
  const problems = checkLandClearance(input, zone.areaHa, ctx.today, existing);
  if (problems.length > 0) throw new AppError("invalid", "Số liệu giải phóng mặt bằng chưa hợp lệ; chưa ghi gì.", problems);
  const [row] = await tx
    .insert(landClearanceEntries)
    .values({ zoneId, ...input, recordedBy: ctx.actor.name })
    .returning({ id: landClearanceEntries.id });
  if (!row) throw new Error("entry not stored");
  await recordAudit(tx, ctx, {
    action: input.correctsId ? "correct" : "create",
    entity: "land-clearance",
    entityId: `${zoneId}#${row.id}`,
    after: {
      ...Object.fromEntries(landClearanceMetrics.map((m) => [m, input[m]])),
      unitId: input.unitId,
      reportedOn: input.reportedOn,
      correctsId: input.correctsId,
    },
  });
  return row.id;
}
