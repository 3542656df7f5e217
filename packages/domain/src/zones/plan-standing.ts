import { compareVi } from "../shared/vi-text";
import type { Ref, ZoneSummary } from "./zone-view";
import { type ZoneStage, zoneStageLabels, zoneStages } from "./zone-vocabulary";

/**
 * Where the clusters of the plan stand: zones by stage, area and investment, computed from the
 * plan's rows (003: one row per cluster and table, an expansion its own row). Every figure of the
 * reports, the dashboard, the portal and the open data comes from here, so they cannot disagree.
 *
 * A cluster's own row (established, operating or new) stands at the cluster's stage, with the
 * registry's area and investment when recorded (an edit of the zone counts), else the row's. An
 * expansion row (Na Dương 1's 30 ha of 2026–2030) is planned land still inviting investors until
 * the cluster's stage is "expanded": it adds area and investment to that stage, not a cluster.
 */

export const planEntryKinds = ["operating", "established", "new", "expansion"] as const;
export type PlanEntryKind = (typeof planEntryKinds)[number];

export interface PlanRow {
  zoneId: string;
  /** the plan's table, e.g. "003-IV.1.a(1)" */
  table: string;
  row: number;
  entryKind: PlanEntryKind;
  areaHa: number;
  investmentMillionVnd: number | null;
}

export type PlanZone = Pick<
  ZoneSummary,
  "id" | "kind" | "name" | "stage" | "formerDistrict" | "areaHa" | "totalInvestmentMillionVnd" | "investor" | "communes"
> & { plan: readonly PlanRow[] };

export interface StandingRow {
  zoneId: string;
  name: string;
  /** "CCN Na Dương 1 (mở rộng)" for an expansion row */
  label: string;
  stage: ZoneStage;
  expansion: boolean;
  table: string | null;
  row: number | null;
  areaHa: number;
  investmentMillionVnd: number | null;
  formerDistrict: Ref | null;
  communes: string[];
  investor: string | null;
}

export interface StageFigure {
  stage: ZoneStage;
  label: string;
  /** clusters at this stage (an expansion is not a cluster) */
  count: number;
  /** expansion rows counted in the area and investment of this stage */
  expansions: number;
  areaHa: number;
  investmentMillionVnd: number;
}

export interface PlanStanding {
  rows: StandingRow[];
  byStage: StageFigure[];
  /** clusters, rows, area and investment of the plan (clusters removed from the plan left out) */
  totals: { count: number; rows: number; areaHa: number; investmentMillionVnd: number };
  /** per table of the plan: 003's tables (1) established, (2) 2021–2025, 2026–2030 */
  byTable: { table: string; count: number; areaHa: number; investmentMillionVnd: number }[];
  /** per former district, 003's first table: a cluster counted once, its expansion in its area */
  byDistrict: { district: Ref | null; count: number; areaHa: number }[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const expansionStage = (zoneStage: ZoneStage): ZoneStage => (zoneStage === "expanded" ? "expanded" : "inviting-investors");

/** The rows of each cluster: its plan rows, or one row from its registry figures when the plan has none. */
export function standingRows(zones: readonly PlanZone[]): StandingRow[] {
  const out: StandingRow[] = [];
  for (const z of [...zones].filter((x) => x.kind === "CCN").sort((a, b) => compareVi(a.name, b.name))) {
    const base = {
      zoneId: z.id,
      name: z.name,
      formerDistrict: z.formerDistrict,
      communes: z.communes.map((c) => c.name),
      investor: z.investor?.name ?? null,
    };
    const own = z.plan.filter((p) => p.entryKind !== "expansion");
    const first = own[0];
    out.push({
      ...base,
      label: z.name,
      stage: z.stage,
      expansion: false,
      table: first?.table ?? null,
      row: first?.row ?? null,
      areaHa: round2(z.areaHa ?? own.reduce((s, p) => s + p.areaHa, 0)),
      investmentMillionVnd:
        z.totalInvestmentMillionVnd ??
        (own.some((p) => p.investmentMillionVnd !== null) ? own.reduce((s, p) => s + (p.investmentMillionVnd ?? 0), 0) : null),
    });
    for (const p of z.plan.filter((x) => x.entryKind === "expansion")) {
      out.push({
        ...base,
        label: `${z.name} (mở rộng)`,
        stage: expansionStage(z.stage),
        expansion: true,
        table: p.table,
        row: p.row,
        areaHa: round2(p.areaHa),
        investmentMillionVnd: p.investmentMillionVnd,
      });
    }
  }
  return out;
}

export function planStanding(zones: readonly PlanZone[]): PlanStanding {
  const rows = standingRows(zones);
  const inPlan = rows.filter((r) => r.stage !== "removed");
  const sum = (rs: StandingRow[]) => ({
    areaHa: round2(rs.reduce((s, r) => s + r.areaHa, 0)),
    investmentMillionVnd: rs.reduce((s, r) => s + (r.investmentMillionVnd ?? 0), 0),
  });
  const byStage = zoneStages
    .map((stage) => {
      const mine = rows.filter((r) => r.stage === stage);
      return {
        stage,
        label: zoneStageLabels[stage].vi,
        count: mine.filter((r) => !r.expansion).length,
        expansions: mine.filter((r) => r.expansion).length,
        ...sum(mine),
      };
    })
    .filter((s) => s.count + s.expansions > 0);
  const tables = [...new Set(inPlan.map((r) => r.table).filter((t): t is string => t !== null))].sort();
  const byTable = tables.map((table) => {
    const mine = inPlan.filter((r) => r.table === table);
    return { table, count: mine.length, ...sum(mine) };
  });
  const districts = new Map<string, { district: Ref | null; count: number; areaHa: number }>();
  for (const r of inPlan) {
    const key = r.formerDistrict?.id ?? "";
    const d = districts.get(key) ?? { district: r.formerDistrict, count: 0, areaHa: 0 };
    if (!r.expansion) d.count++;
    d.areaHa = round2(d.areaHa + r.areaHa);
    districts.set(key, d);
  }
  return {
    rows,
    byStage,
    totals: { count: inPlan.filter((r) => !r.expansion).length, rows: inPlan.length, ...sum(inPlan) },
    byTable,
    byDistrict: [...districts.values()].sort((a, b) => compareVi(a.district?.name ?? "", b.district?.name ?? "")),
  };
}

/** "Đang mời gọi nhà đầu tư (gồm 1 phần mở rộng)" */
export const stageFigureLabel = (s: StageFigure) => (s.expansions > 0 ? `${s.label} (gồm ${s.expansions} phần mở rộng)` : s.label);
