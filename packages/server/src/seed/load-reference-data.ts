import { fileURLToPath } from "node:url";
import { normVi, searchKey, trackedZoneFields } from "@dondoc/domain";
import { and, eq } from "drizzle-orm";
import { now } from "../clock";
import type { Db } from "../db/client";
import {
  adminUnits,
  agencies,
  documents,
  figures,
  landClearanceEntries,
  planEntries,
  targets,
  unitSuccessions,
  zoneFacts,
  zones,
  zoneUnits,
} from "../db/schema";
import { seedAgencies } from "./data/agencies";
import { seedDocuments } from "./data/documents";
import { seedLandClearance } from "./data/land-clearance";
import { seedFigures, seedTargets } from "./data/plan";
import { buildUnits, formerDistricts, REFORM_DATE } from "./data/units";
import { type SeedZone, seedZones } from "./data/zones";

const COMMUNES_CSV = fileURLToPath(new URL("./data/lang-son-communes-2025.csv", import.meta.url));

/** "2025-03-10" → itself; "2026-06" → "2026-06-01"; null → null. */
export function asOfDate(issuedOn: string | null): string | null {
  if (!issuedOn) return null;
  return issuedOn.length === 7 ? `${issuedOn}-01` : issuedOn.length === 4 ? `${issuedOn}-01-01` : issuedOn;
}

const docDate = new Map(seedDocuments.map((d) => [d.id, asOfDate(d.issuedOn)]));

/** The start of a civil day in Vietnam; a fact with no dated source is recorded now. */
export const startOfDayVn = (day: string | null) => (day ? new Date(`${day}T00:00:00+07:00`) : now());

/**
 * Loads the Lạng Sơn reference data. Idempotent: every insert is "on conflict do nothing", and a
 * zone's facts are written only when the zone itself is new, so a second run changes nothing and a
 * user's later edits are never overwritten. Runs in one transaction.
 */
export async function loadReferenceData(db: Db): Promise<{ zonesInserted: number }> {
  const { units, successions } = buildUnits(COMMUNES_CSV);
  return db.transaction(async (tx) => {
    await tx
      .insert(documents)
      .values(seedDocuments.map((d) => ({ ...d })))
      .onConflictDoNothing();

    await tx
      .insert(adminUnits)
      .values(
        units.map((u) => ({
          ...u,
          nameSearch: searchKey([u.name]),
          sourceDocumentId: "ref-communes-2025",
          sourcePassage: u.passage,
        })),
      )
      .onConflictDoNothing();
    await tx
      .insert(unitSuccessions)
      .values(successions.map((s) => ({ ...s, effectiveOn: REFORM_DATE, sourceDocumentId: "ref-communes-2025", sourcePassage: s.passage })))
      .onConflictDoNothing();

    await tx.insert(agencies).values(allAgencies(units)).onConflictDoNothing();

    let zonesInserted = 0;
    const codeToUnit = new Map(units.filter((u) => u.code).map((u) => [u.code, u.id]));
    for (const z of seedZones) {
      const inserted = await tx.insert(zones).values(zoneRow(z)).onConflictDoNothing().returning({ id: zones.id });
      if (inserted.length === 0) {
        await backfillSeedFields(tx, z);
        continue;
      }
      zonesInserted++;
      const communeIds = z.communes.map((c) => {
        const id = codeToUnit.get(c.code);
        if (!id) throw new Error(`Zone ${z.id}: unknown commune code ${c.code}`);
        return id;
      });
      if (z.communes.length > 0) {
        await tx
          .insert(zoneUnits)
          .values(z.communes.map((c, i) => ({ zoneId: z.id, unitId: communeIds[i] as string, basis: c.basis, passage: c.passage })));
      }
      await tx.insert(zoneFacts).values(zoneSeedFacts(z, communeIds));
      for (const e of seedLandClearance.filter((x) => x.zoneId === z.id)) {
        const { documentId, ...entry } = e;
        await tx
          .insert(landClearanceEntries)
          .values({ ...entry, sourceDocumentId: documentId, recordedBy: "seed", recordedAt: startOfDayVn(e.reportedOn) });
      }
      if (z.plan.length > 0) {
        await tx.insert(planEntries).values(
          z.plan.map((p) => ({
            documentId: "seed-003",
            tableCode: p.table,
            rowNo: p.row,
            zoneId: z.id,
            entryKind: p.entryKind,
            phase: p.phase,
            areaHa: p.areaHa,
            investmentMillionVnd: p.investmentMillionVnd,
            fundingSource: p.fundingSource,
          })),
        );
      }
    }

    await tx
      .insert(figures)
      .values(
        seedFigures.map((f) => ({
          id: f.id,
          metric: f.metric,
          scopeId: f.scopeId,
          zoneId: f.zoneId ?? null,
          value: f.value,
          unit: f.unit,
          asOf: f.asOf,
          asOfPeriod: f.asOfPeriod ?? null,
          sourceDocumentId: f.documentId,
          sourcePassage: f.passage,
        })),
      )
      .onConflictDoNothing();
    await tx
      .insert(targets)
      .values(seedTargets.map((t) => ({ ...t, sourceDocumentId: "seed-003", sourcePassage: t.passage })))
      .onConflictDoNothing();
    return { zonesInserted };
  });
}

function zoneRow(z: SeedZone): typeof zones.$inferInsert {
  const name = normVi(z.name);
  const aliases = (z.aliases ?? []).map(normVi);
  return {
    id: z.id,
    kind: z.kind,
    name,
    aliases,
    nameSearch: searchKey([name, ...aliases]),
    stage: z.stage,
    phase: z.phase,
    fundingSource: z.fundingSource,
    formerDistrictId: z.formerDistrictId,
    areaHa: z.areaHa,
    industrialLandHa: z.industrialLandHa ?? null,
    leasedLandHa: z.leasedLandHa ?? null,
    totalInvestmentMillionVnd: z.totalInvestmentMillionVnd,
    investorId: z.investorId,
    decisionNumber: z.decision?.number ?? null,
    decisionDate: z.decision?.date ?? null,
    note: z.note ?? null,
    industries: z.industries ?? [],
    wastewaterStatus: z.wastewaterStatus ?? null,
    // planning facts from published decisions are public by default; a zone known only from the press is not
    published: !z.secondarySources,
    publishedAt: z.secondarySources ? null : now(),
    createdAt: startOfDayVn(docDate.get(z.source.documentId) ?? null),
  };
}

/** One fact per known field, each pointing at the passage it came from. */
function zoneSeedFacts(z: SeedZone, communeIds: string[]): (typeof zoneFacts.$inferInsert)[] {
  const values: Record<string, unknown> = {
    kind: z.kind,
    name: normVi(z.name),
    aliases: z.aliases && z.aliases.length > 0 ? z.aliases.map(normVi) : null,
    stage: z.stage,
    phase: z.phase,
    fundingSource: z.fundingSource,
    formerDistrictId: z.formerDistrictId,
    communeIds: communeIds.length > 0 ? communeIds : null,
    areaHa: z.areaHa,
    industrialLandHa: z.industrialLandHa ?? null,
    leasedLandHa: z.leasedLandHa ?? null,
    totalInvestmentMillionVnd: z.totalInvestmentMillionVnd,
    investorId: z.investorId,
    establishmentDecisionNumber: z.decision?.number ?? null,
    establishmentDecisionDate: z.decision?.date ?? null,
    note: z.note ?? null,
    industries: z.industries && z.industries.length > 0 ? z.industries : null,
    wastewaterStatus: z.wastewaterStatus ?? null,
  };
  const earlier = (z.history ?? []).map((h) => ({
    zoneId: z.id,
    field: h.field,
    value: h.value,
    asOf: docDate.get(h.source.documentId) ?? null,
    sourceDocumentId: h.source.documentId,
    sourcePassage: h.source.passage,
    recordedBy: "seed",
    recordedAt: startOfDayVn(docDate.get(h.source.documentId) ?? null),
  }));
  return [
    ...earlier,
    ...trackedZoneFields
      .filter((f) => values[f] !== null && values[f] !== undefined)
      .map((field) => {
        const source =
          z.fieldSources?.[field] ??
          (field === "communeIds" ? { documentId: "ref-communes-2025", passage: z.communes.map((c) => c.passage).join("; ") } : z.source);
        return {
          zoneId: z.id,
          field,
          value: values[field],
          asOf: docDate.get(source.documentId) ?? null,
          sourceDocumentId: source.documentId,
          sourcePassage: source.passage,
          recordedBy: "seed",
          // recorded as of its document, so that reports of past periods include the seeded figures
          recordedAt: startOfDayVn(docDate.get(source.documentId) ?? null),
        };
      }),
  ];
}

/** Seed fields added after a database was first loaded (the progress issue's wastewater status). */
const backfilledFields = ["wastewaterStatus"] as const;

/**
 * For a zone that already exists: sets a seed field added later, with its fact, only when the zone
 * has no fact at all for that field — so a second run changes nothing and a user's edit (even
 * clearing the field) is never overwritten.
 */
async function backfillSeedFields(tx: Db, z: SeedZone): Promise<void> {
  for (const field of backfilledFields) {
    const value = z[field];
    if (value === undefined) continue;
    const [known] = await tx
      .select({ id: zoneFacts.id })
      .from(zoneFacts)
      .where(and(eq(zoneFacts.zoneId, z.id), eq(zoneFacts.field, field)))
      .limit(1);
    if (known) continue;
    const [current] = await tx.select({ version: zones.version, value: zones[field] }).from(zones).where(eq(zones.id, z.id));
    if (!current || current.value !== null) continue;
    await tx
      .update(zones)
      .set({ [field]: value, version: current.version + 1 })
      .where(eq(zones.id, z.id));
    await tx.insert(zoneFacts).values(zoneSeedFacts(z, []).filter((f) => f.field === field));
  }
}

function allAgencies(units: ReturnType<typeof buildUnits>["units"]): (typeof agencies.$inferInsert)[] {
  const listed = seedAgencies.map((a) => {
    const name = normVi(a.name);
    const aliases = (a.aliases ?? []).map(normVi);
    return {
      id: a.id,
      name,
      kind: a.kind,
      shortName: a.shortName ?? null,
      aliases,
      nameSearch: searchKey([name, a.shortName, ...aliases]),
      parentId: a.parentId ?? null,
      title: a.title ?? null,
      validFrom: a.validFrom ?? null,
      validTo: a.validTo ?? null,
      successorId: a.successorId ?? null,
      registryKinds: a.registryKinds ?? [],
      sourceDocumentId: a.source.documentId,
      sourcePassage: a.source.passage,
    };
  });
  const communeCommittees = units
    .filter((u) => u.validFrom === REFORM_DATE)
    .map((u) => {
      const lowerName = u.name.replace(/^Xã /, "xã ").replace(/^Phường /, "phường ");
      const name = `UBND ${lowerName}`;
      const aliases = [`Ủy ban nhân dân ${lowerName}`];
      return {
        id: `ubnd-${u.id}`,
        name,
        kind: "commune-committee",
        shortName: null,
        aliases,
        nameSearch: searchKey([name, ...aliases]),
        parentId: "ubnd-tinh",
        unitId: u.id,
        title: null,
        validFrom: REFORM_DATE,
        validTo: null,
        successorId: null,
        sourceDocumentId: "ref-communes-2025",
        sourcePassage: u.passage,
      };
    });
  const districtCommittees = formerDistricts.map((d) => {
    const lower = d.name.replace(/^Huyện /, "huyện ").replace(/^Thành phố /, "thành phố ");
    const name = `UBND ${lower}`;
    return {
      id: `ubnd-${d.id}`,
      name,
      kind: "people-committee",
      shortName: null,
      aliases: [`Ủy ban nhân dân ${lower}`],
      nameSearch: searchKey([name, `Ủy ban nhân dân ${lower}`]),
      parentId: "ubnd-tinh",
      unitId: d.id,
      title: null,
      validFrom: null,
      validTo: "2025-06-30",
      successorId: null,
      sourceDocumentId: "seed-003",
      sourcePassage: "Mục V.8: Ủy ban nhân dân các huyện, thành phố (kết thúc hoạt động từ 01/7/2025)",
    };
  });
  return [...listed, ...communeCommittees, ...districtCommittees];
}
