import { compareVi } from "../shared/vi-text";
import type { ZoneFilter } from "./zone-filter";
import type { ZoneSummary } from "./zone-view";
import { zoneStages } from "./zone-vocabulary";

/** Sorts in the app: SQL collations differ between PGlite and PostgreSQL (STACK-NOTES §3). */
export function sortZones(items: ZoneSummary[], sort: ZoneFilter["sort"], order: ZoneFilter["order"]): ZoneSummary[] {
  const dir = order === "desc" ? -1 : 1;
  const numeric = (v: number | null) => (v === null ? Number.NEGATIVE_INFINITY : v);
  const by: Record<ZoneFilter["sort"], (a: ZoneSummary, b: ZoneSummary) => number> = {
    name: (a, b) => compareVi(a.name, b.name),
    areaHa: (a, b) => numeric(a.areaHa) - numeric(b.areaHa),
    totalInvestmentMillionVnd: (a, b) => numeric(a.totalInvestmentMillionVnd) - numeric(b.totalInvestmentMillionVnd),
    stage: (a, b) => zoneStages.indexOf(a.stage) - zoneStages.indexOf(b.stage),
    occupancy: (a, b) => numeric(a.occupancy) - numeric(b.occupancy),
  };
  return [...items].sort((a, b) => dir * by[sort](a, b) || compareVi(a.name, b.name));
}

export function totalsOf(items: ZoneSummary[]) {
  const sum = (f: (z: ZoneSummary) => number | null) => Math.round(items.reduce((s, z) => s + (f(z) ?? 0), 0) * 100) / 100;
  return { count: items.length, areaHa: sum((z) => z.areaHa), totalInvestmentMillionVnd: sum((z) => z.totalInvestmentMillionVnd) };
}
