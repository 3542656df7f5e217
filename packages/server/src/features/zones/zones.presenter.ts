import {
  formatDateVi,
  occupancy,
  type SourceRef,
  vietnamDateOf,
  type ZoneDetail,
  type ZoneHistoryEntry,
  type ZoneSummary,
} from "@dondoc/domain";
import type { ZoneRow } from "../../db/schema";
import { communePoints } from "../geo/geo-files";
import type { findPlanEntries, findZoneFacts, findZoneUnits } from "./zones.queries";

type UnitLink = Awaited<ReturnType<typeof findZoneUnits>>[number];
type FactRow = Awaited<ReturnType<typeof findZoneFacts>>[number];
type PlanRow = Awaited<ReturnType<typeof findPlanEntries>>[number];
type Names = { districts: Map<string, string>; agencies: Map<string, string> };

/** The only shape in which a zone leaves the server. */
export function presentZoneSummary(row: ZoneRow, units: UnitLink[], names: Names): ZoneSummary {
  const communes = units.map((u) => ({ id: u.unitId, name: u.name, basis: u.basis }));
  const firstCode = units.find((u) => u.code)?.code;
  const approx = firstCode ? communePoints().get(firstCode) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    stage: row.stage as ZoneSummary["stage"],
    phase: row.phase as ZoneSummary["phase"],
    fundingSource: row.fundingSource as ZoneSummary["fundingSource"],
    formerDistrict: row.formerDistrictId
      ? { id: row.formerDistrictId, name: names.districts.get(row.formerDistrictId) ?? row.formerDistrictId }
      : null,
    communes,
    areaHa: row.areaHa,
    industrialLandHa: row.industrialLandHa,
    leasedLandHa: row.leasedLandHa,
    occupancy: occupancy(row.industrialLandHa, row.leasedLandHa),
    totalInvestmentMillionVnd: row.totalInvestmentMillionVnd,
    investor: row.investorId ? { id: row.investorId, name: names.agencies.get(row.investorId) ?? row.investorId } : null,
    establishmentDecision: row.decisionNumber || row.decisionDate ? { number: row.decisionNumber, date: row.decisionDate } : null,
    location:
      row.lat !== null && row.lon !== null
        ? { lat: row.lat, lon: row.lon, approximate: false }
        : approx
          ? { ...approx, approximate: true }
          : null,
    wastewaterStatus: row.wastewaterStatus as ZoneSummary["wastewaterStatus"],
    wastewaterCapacityM3: row.wastewaterCapacityM3,
    wastewaterMonitoring: row.wastewaterMonitoring,
    fireSafetyStatus: row.fireSafetyStatus as ZoneSummary["fireSafetyStatus"],
  };
}

export function sourceOf(
  f: Pick<
    FactRow,
    "sourceDocumentId" | "sourcePassage" | "asOf" | "recordedBy" | "recordedAt" | "docType" | "docNumber" | "docIssuedOn" | "docTitle"
  >,
): SourceRef {
  if (f.sourceDocumentId) {
    const when = f.docIssuedOn ? ` ngày ${formatDateVi(f.docIssuedOn)}` : "";
    const what = f.docNumber ? `${f.docType} số ${f.docNumber}` : `${f.docType} (chưa ghi số)`;
    return { documentId: f.sourceDocumentId, label: `${what}${when}`, passage: f.sourcePassage, asOf: f.asOf };
  }
  return {
    documentId: null,
    label: `${f.recordedBy}, ${formatDateVi(vietnamDateOf(f.recordedAt))}`, // the day in Vietnam, not in UTC
    passage: f.sourcePassage,
    asOf: f.asOf,
  };
}

export function presentZoneDetail(
  row: ZoneRow,
  units: UnitLink[],
  names: Names,
  facts: FactRow[],
  plan: PlanRow[],
  planSource: SourceRef,
): ZoneDetail {
  const provenance: Record<string, SourceRef> = {};
  for (const f of facts) provenance[f.field] ??= sourceOf(f); // facts are newest first
  const history: ZoneHistoryEntry[] = facts.map((f) => ({
    id: f.id,
    field: f.field,
    value: f.value,
    asOf: f.asOf,
    source: sourceOf(f),
    recordedAt: f.recordedAt.toISOString(),
  }));
  return {
    ...presentZoneSummary(row, units, names),
    aliases: row.aliases,
    note: row.note,
    industries: row.industries,
    rentalPrice: row.rentalPrice,
    contact: row.contact,
    published: row.published,
    provenance,
    history,
    planEntries: plan.map((p) => ({
      table: p.tableCode,
      row: p.rowNo,
      phase: p.phase,
      areaHa: p.areaHa,
      investmentMillionVnd: p.investmentMillionVnd,
      kind: p.entryKind,
      source: { ...planSource, passage: `Bảng ${p.tableCode}, dòng ${p.rowNo}` },
    })),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
