import type { LatLon } from "./coordinates";
import type { FireSafetyStatus, FundingSource, WastewaterStatus, ZoneKind, ZonePhase, ZoneStage } from "./zone-vocabulary";

/** What the API returns for a zone. Built by the server's presenter, read by the web. */

export interface Ref {
  id: string;
  name: string;
}

export interface SourceRef {
  documentId: string | null;
  /** "QĐ 609/QĐ-UBND ngày 10/03/2025", or "Nguyễn Văn A, 22/11/2026" for a user's edit */
  label: string;
  passage: string | null;
  asOf: string | null;
}

export interface ZoneSummary {
  id: string;
  kind: ZoneKind;
  name: string;
  stage: ZoneStage;
  phase: ZonePhase | null;
  fundingSource: FundingSource | null;
  formerDistrict: Ref | null;
  communes: (Ref & { basis: string })[];
  areaHa: number | null;
  industrialLandHa: number | null;
  leasedLandHa: number | null;
  occupancy: number | null;
  totalInvestmentMillionVnd: number | null;
  investor: Ref | null;
  establishmentDecision: { number: string | null; date: string | null } | null;
  location: (LatLon & { approximate: boolean }) | null;
  /** central wastewater plant and fire safety; null when not recorded, absent where the caller did not load them */
  wastewaterStatus?: WastewaterStatus | null;
  wastewaterCapacityM3?: number | null;
  wastewaterMonitoring?: boolean | null;
  fireSafetyStatus?: FireSafetyStatus | null;
}

export interface ZoneHistoryEntry {
  id: number;
  field: string;
  value: unknown;
  asOf: string | null;
  source: SourceRef;
  recordedAt: string;
}

export interface ZoneDetail extends ZoneSummary {
  aliases: string[];
  note: string | null;
  industries: string[];
  rentalPrice: string | null;
  contact: string | null;
  published: boolean;
  /** the source of each field's current value */
  provenance: Record<string, SourceRef>;
  history: ZoneHistoryEntry[];
  /** rows of the plan's tables that name this zone (003: established, 2021–2025, 2026–2030, expansion) */
  planEntries: {
    table: string;
    row: number;
    phase: string | null;
    areaHa: number;
    investmentMillionVnd: number | null;
    kind: string;
    source: SourceRef;
  }[];
  updatedAt: string;
  /** send back as If-Match when saving, so that a concurrent edit is refused (409) rather than overwritten */
  version: number;
}

export interface ZoneList {
  items: ZoneSummary[];
  total: number;
  totals: { count: number; areaHa: number; totalInvestmentMillionVnd: number };
}
