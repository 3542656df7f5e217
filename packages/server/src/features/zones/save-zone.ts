import {
  AppError,
  type CreateZoneInput,
  canEditZone,
  type ErrorDetail,
  searchKey,
  slugVi,
  type TrackedZoneField,
  trackedZoneFields,
  type UpdateZoneInput,
} from "@dondoc/domain";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { type ActionContext, recordAudit } from "../../audit/record-audit";
import { now } from "../../clock";
import type { Db } from "../../db/client";
import { adminUnits, agencies, zoneFacts, zones, zoneUnits } from "../../db/schema";
import { sourceDocumentId } from "../documents/source-document";

type ZoneValues = Omit<CreateZoneInput, "source">;
type Source = NonNullable<CreateZoneInput["source"]>;

/** Creates a zone and records each given field as a fact. Returns its id. */
export async function createZone(db: Db, input: CreateZoneInput, ctx: ActionContext): Promise<string> {
  const { source, ...values } = input;
  const id = slugVi(values.name);
  if (!canEditZone(ctx.actor, { kind: values.kind, investorId: values.investorId }, Object.keys(values))) {
    throw new AppError("forbidden", "Bạn không có quyền thêm khu, cụm loại này vào sổ đăng ký.");
  }
  return db.transaction(async (tx) => {
    await checkReferences(tx, values);
    const [existing] = await tx.select({ id: zones.id }).from(zones).where(eq(zones.id, id));
    if (existing) throw new AppError("conflict", `Đã có khu, cụm mang tên "${values.name}" trong sổ đăng ký.`);
    await tx.insert(zones).values({ id, ...columnsOf(values) });
    await replaceCommunes(tx, id, values.communeIds);
    const changed = trackedZoneFields.filter((f) => !isEmpty(values[f]));
    await recordFacts(tx, id, changed, values, source, ctx);
    await recordAudit(tx, ctx, { action: "create", entity: "zone", entityId: id, after: values });
    return id;
  });
}

/**
 * Updates the given fields; a fact is written for each field whose value really changed.
 * `expectedVersion` (from If-Match) turns a concurrent edit into a 409 instead of a silent overwrite.
 */
export async function updateZone(db: Db, id: string, input: UpdateZoneInput, ctx: ActionContext, expectedVersion?: number): Promise<void> {
  const { source, ...patch } = input;
  await db.transaction(async (tx) => {
    const [current] = await tx.select().from(zones).where(eq(zones.id, id)).for("update");
    if (!current) throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
    const touched = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== undefined);
    const kindAfter = patch.kind ?? current.kind;
    if (
      !canEditZone(ctx.actor, current, touched) ||
      !canEditZone(ctx.actor, { kind: kindAfter, investorId: current.investorId }, touched)
    ) {
      throw new AppError("forbidden", "Bạn không có quyền sửa các thông tin này của khu, cụm này.");
    }
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new AppError("conflict", "Khu, cụm này vừa được người khác sửa. Hãy tải lại trang để xem thay đổi mới nhất rồi sửa lại.");
    }
    const currentUnits = await tx.select({ unitId: zoneUnits.unitId }).from(zoneUnits).where(eq(zoneUnits.zoneId, id));
    const before = valuesOf(
      current,
      currentUnits.map((u) => u.unitId),
    );
    const merged: ZoneValues = { ...before, ...stripUndefined(patch) };
    await checkReferences(tx, merged);
    checkLandAgainst(merged);
    merged.communeIds = [...new Set(merged.communeIds)].sort();
    const changed = trackedZoneFields.filter((f) => f in patch && JSON.stringify(before[f]) !== JSON.stringify(merged[f]));
    if (changed.length === 0) return;
    await tx
      .update(zones)
      .set({ ...columnsOf(merged), version: current.version + 1, updatedAt: now() })
      .where(eq(zones.id, id));
    if (changed.includes("communeIds")) await replaceCommunes(tx, id, merged.communeIds);
    await recordFacts(tx, id, changed, merged, source, ctx);
    await recordAudit(tx, ctx, {
      action: "update",
      entity: "zone",
      entityId: id,
      before: Object.fromEntries(changed.map((f) => [f, before[f]])),
      after: Object.fromEntries(changed.map((f) => [f, merged[f]])),
    });
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0);
}

function checkLandAgainst(v: ZoneValues) {
  const details: ErrorDetail[] = [];
  if (v.leasedLandHa != null && v.industrialLandHa != null && v.leasedLandHa > v.industrialLandHa) {
    details.push({ path: "leasedLandHa", message: "Đất đã cho thuê không thể lớn hơn đất công nghiệp cho thuê." });
  }
  if (v.industrialLandHa != null && v.areaHa != null && v.industrialLandHa > v.areaHa) {
    details.push({ path: "industrialLandHa", message: "Đất công nghiệp không thể lớn hơn diện tích khu." });
  }
  if (details.length > 0) throw new AppError("invalid", "Số liệu diện tích không khớp nhau.", details);
}

/** The commune, district and investor must exist in the registry. */
async function checkReferences(tx: Db, v: Pick<ZoneValues, "formerDistrictId" | "communeIds" | "investorId">) {
  const details: ErrorDetail[] = [];
  if (v.formerDistrictId) {
    const [d] = await tx
      .select({ id: adminUnits.id })
      .from(adminUnits)
      .where(and(eq(adminUnits.id, v.formerDistrictId), inArray(adminUnits.level, ["district", "city"])));
    if (!d) details.push({ path: "formerDistrictId", message: `Không có huyện, thành phố cũ "${v.formerDistrictId}".` });
  }
  if (v.communeIds.length > 0) {
    const found = await tx
      .select({ id: adminUnits.id })
      .from(adminUnits)
      .where(and(inArray(adminUnits.id, v.communeIds), isNotNull(adminUnits.validFrom), inArray(adminUnits.level, ["commune", "ward"])));
    const missing = v.communeIds.filter((c) => !found.some((f) => f.id === c));
    if (missing.length > 0) details.push({ path: "communeIds", message: `Không có xã, phường (từ 01/7/2025): ${missing.join(", ")}.` });
  }
  if (v.investorId) {
    const [a] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, v.investorId));
    if (!a) details.push({ path: "investorId", message: `Không có chủ đầu tư "${v.investorId}" trong danh mục cơ quan, doanh nghiệp.` });
  }
  if (details.length > 0) throw new AppError("invalid", "Dữ liệu tham chiếu không tồn tại.", details);
}

function columnsOf(v: ZoneValues) {
  return {
    kind: v.kind,
    name: v.name,
    aliases: v.aliases,
    nameSearch: searchKey([v.name, ...v.aliases]),
    stage: v.stage,
    phase: v.phase,
    fundingSource: v.fundingSource,
    formerDistrictId: v.formerDistrictId,
    areaHa: v.areaHa,
    industrialLandHa: v.industrialLandHa,
    leasedLandHa: v.leasedLandHa,
    totalInvestmentMillionVnd: v.totalInvestmentMillionVnd,
    investorId: v.investorId,
    decisionNumber: v.establishmentDecisionNumber,
    decisionDate: v.establishmentDecisionDate,
    lat: v.location?.lat ?? null,
    lon: v.location?.lon ?? null,
    note: v.note,
    industries: v.industries,
    rentalPrice: v.rentalPrice,
    contact: v.contact,
    wastewaterStatus: v.wastewaterStatus,
    wastewaterCapacityM3: v.wastewaterCapacityM3,
    wastewaterMonitoring: v.wastewaterMonitoring,
    fireSafetyStatus: v.fireSafetyStatus,
  };
}

export function valuesOf(row: typeof zones.$inferSelect, communeIds: string[]): ZoneValues {
  return {
    kind: row.kind,
    name: row.name,
    aliases: row.aliases,
    stage: row.stage as ZoneValues["stage"],
    phase: row.phase as ZoneValues["phase"],
    fundingSource: row.fundingSource as ZoneValues["fundingSource"],
    formerDistrictId: row.formerDistrictId,
    communeIds: [...communeIds].sort(),
    areaHa: row.areaHa,
    industrialLandHa: row.industrialLandHa,
    leasedLandHa: row.leasedLandHa,
    totalInvestmentMillionVnd: row.totalInvestmentMillionVnd,
    investorId: row.investorId,
    establishmentDecisionNumber: row.decisionNumber,
    establishmentDecisionDate: row.decisionDate,
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    note: row.note,
    industries: row.industries,
    rentalPrice: row.rentalPrice,
    contact: row.contact,
    wastewaterStatus: row.wastewaterStatus as ZoneValues["wastewaterStatus"],
    wastewaterCapacityM3: row.wastewaterCapacityM3,
    wastewaterMonitoring: row.wastewaterMonitoring,
    fireSafetyStatus: row.fireSafetyStatus as ZoneValues["fireSafetyStatus"],
  };
}

async function replaceCommunes(tx: Db, zoneId: string, communeIds: string[]) {
  await tx.delete(zoneUnits).where(eq(zoneUnits.zoneId, zoneId));
  if (communeIds.length > 0) {
    await tx
      .insert(zoneUnits)
      .values([...new Set(communeIds)].map((unitId) => ({ zoneId, unitId, basis: "user" as const, passage: null })));
  }
}

async function recordFacts(
  tx: Db,
  zoneId: string,
  fields: TrackedZoneField[],
  v: ZoneValues,
  source: Source | undefined,
  ctx: ActionContext,
) {
  if (fields.length === 0) return;
  // an existing document, or a new one entered with the edit, recorded in this transaction
  const documentId = await sourceDocumentId(tx, source, ctx);
  await tx.insert(zoneFacts).values(
    fields.map((field) => ({
      zoneId,
      field,
      value: (field === "communeIds" ? [...v.communeIds].sort() : v[field]) ?? null,
      asOf: source?.asOf ?? ctx.today,
      sourceDocumentId: documentId,
      sourcePassage: source?.passage ?? null,
      recordedBy: ctx.actor.name,
    })),
  );
}

/** Publishes a zone on the public portal or withdraws it; who may is the registry's rule for that zone. */
export async function setPublication(db: Db, id: string, published: boolean, ctx: ActionContext): Promise<void> {
  await db.transaction(async (tx) => {
    const [zone] = await tx.select().from(zones).where(eq(zones.id, id)).for("update");
    if (!zone) throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
    if (!canEditZone(ctx.actor, zone, ["published"])) throw new AppError("forbidden", "Bạn không có quyền công bố khu, cụm này.");
    if (zone.published === published) return;
    await tx
      .update(zones)
      .set({ published, publishedAt: published ? now() : null, version: zone.version + 1, updatedAt: now() })
      .where(eq(zones.id, id));
    await recordAudit(tx, ctx, {
      action: published ? "publish" : "withdraw",
      entity: "zone",
      entityId: id,
      before: { published: zone.published },
      after: { published },
    });
  });
}
