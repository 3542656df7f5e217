import type { LatLon } from "../zones/coordinates";
import { freeLandHa } from "../zones/occupancy";
import { type PlanEntryKind, type PlanRow, type PlanStanding, planStanding } from "../zones/plan-standing";
import type { ZoneDetail } from "../zones/zone-view";
import type { FundingSource, ZoneKind, ZonePhase, ZoneStage } from "../zones/zone-vocabulary";

/**
 * What the public portal and open data may show of a zone: planning facts from published decisions,
 * computed land figures, and what the investor publishes (industries, prices, contact). Never:
 * internal notes, history entries recorded by users, tasks, meetings, accounts or audit.
 */
export interface PublicZone {
  id: string;
  kind: ZoneKind;
  name: string;
  stage: ZoneStage;
  phase: ZonePhase | null;
  fundingSource: FundingSource | null;
  formerDistrict: string | null;
  communes: string[];
  areaHa: number | null;
  industrialLandHa: number | null;
  leasedLandHa: number | null;
  freeLandHa: number | null;
  occupancy: number | null;
  totalInvestmentMillionVnd: number | null;
  investor: string | null;
  contact: string | null;
  establishmentDecision: { number: string | null; date: string | null } | null;
  industries: string[];
  rentalPrice: string | null;
  location: (LatLon & { approximate: boolean }) | null;
  /** the published documents the figures come from ("QĐ số 609/QĐ-UBND ngày 10/03/2025") */
  sources: string[];
  /** the zone's rows in the plan's tables (003), an expansion its own row */
  plan: PlanRow[];
}

export const OPEN_DATA_LICENCE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "UBND tỉnh Lạng Sơn — Đôn Đốc; số liệu theo QĐ 609/QĐ-UBND ngày 10/03/2025 và các văn bản nêu ở từng khu",
};

export function toPublicZone(z: ZoneDetail): PublicZone {
  const published = Object.values(z.provenance).filter((p) => p.documentId !== null);
  return {
    id: z.id,
    kind: z.kind,
    name: z.name,
    stage: z.stage,
    phase: z.phase,
    fundingSource: z.fundingSource,
    formerDistrict: z.formerDistrict?.name ?? null,
    communes: z.communes.map((c) => c.name),
    areaHa: z.areaHa,
    industrialLandHa: z.industrialLandHa,
    leasedLandHa: z.leasedLandHa,
    freeLandHa: freeLandHa(z.industrialLandHa, z.leasedLandHa),
    occupancy: z.occupancy,
    totalInvestmentMillionVnd: z.totalInvestmentMillionVnd,
    investor: z.investor?.name ?? null,
    contact: z.contact,
    establishmentDecision: z.establishmentDecision,
    industries: z.industries,
    rentalPrice: z.rentalPrice,
    location: z.location,
    sources: [...new Set(published.map((p) => p.label))].sort(),
    plan: z.planEntries.map((p) => ({
      zoneId: z.id,
      table: p.table,
      row: p.row,
      entryKind: p.kind as PlanEntryKind,
      areaHa: p.areaHa,
      investmentMillionVnd: p.investmentMillionVnd,
    })),
  };
}

/** The plan's figures of the published clusters: the same function as the reports and the dashboard. */
export function publicPlanStanding(items: readonly PublicZone[]): PlanStanding {
  const ref = (name: string | null) => (name === null ? null : { id: name, name });
  return planStanding(
    items.map((z) => ({
      ...z,
      formerDistrict: ref(z.formerDistrict),
      communes: z.communes.map((name) => ({ id: name, name, basis: "" })),
      investor: ref(z.investor),
    })),
  );
}

/** The latest as-of date among a zone's documented figures. */
export function asOfOf(z: ZoneDetail): string | null {
  return (
    Object.values(z.provenance)
      .map((p) => p.asOf)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null
  );
}
