import { describe, expect, it } from "vitest";
import { type PlanZone, planStanding } from "./plan-standing";

const zone = (o: Partial<PlanZone> & Pick<PlanZone, "id" | "plan">): PlanZone => ({
  kind: "CCN",
  name: o.id,
  stage: "established",
  formerDistrict: { id: "huyen-loc-binh", name: "Huyện Lộc Bình" },
  areaHa: null,
  totalInvestmentMillionVnd: null,
  investor: null,
  communes: [],
  ...o,
});
const row = (zoneId: string, entryKind: "established" | "new" | "expansion", areaHa: number, inv: number, table = "T") => ({
  zoneId,
  table,
  row: 1,
  entryKind,
  areaHa,
  investmentMillionVnd: inv,
});

describe("the plan's figures from its rows", () => {
  // 003: Na Dương 1 established at 20 ha (212.019) and its 2026–2030 expansion of 30 ha (300.000)
  const naDuong1 = zone({
    id: "na-duong-1",
    areaHa: 20,
    totalInvestmentMillionVnd: 212019,
    plan: [row("na-duong-1", "established", 20, 212019, "T1"), row("na-duong-1", "expansion", 30, 300000, "T3")],
  });
  it("an expansion is its own row: area and investment in 'inviting investors', not a cluster", () => {
    const p = planStanding([naDuong1]);
    expect(p.totals).toEqual({ count: 1, rows: 2, areaHa: 50, investmentMillionVnd: 512019 });
    expect(p.byStage).toEqual([
      { stage: "inviting-investors", label: "Đang mời gọi nhà đầu tư", count: 0, expansions: 1, areaHa: 30, investmentMillionVnd: 300000 },
      { stage: "established", label: "Đã thành lập", count: 1, expansions: 0, areaHa: 20, investmentMillionVnd: 212019 },
    ]);
    expect(p.byDistrict).toEqual([{ district: { id: "huyen-loc-binh", name: "Huyện Lộc Bình" }, count: 1, areaHa: 50 }]);
    expect(p.rows.map((r) => r.label)).toEqual(["na-duong-1", "na-duong-1 (mở rộng)"]);
  });
  it("once the cluster is expanded, its expansion row stands with it", () => {
    expect(planStanding([{ ...naDuong1, stage: "expanded" }]).byStage).toEqual([
      { stage: "expanded", label: "Đã mở rộng", count: 1, expansions: 1, areaHa: 50, investmentMillionVnd: 512019 },
    ]);
  });
  it("the registry's edit of a cluster counts; a cluster without plan rows is one row of its own figures", () => {
    const edited = { ...naDuong1, totalInvestmentMillionVnd: 250000 };
    const extra = zone({ id: "moi", areaHa: 12.5, totalInvestmentMillionVnd: 100, plan: [] });
    expect(planStanding([edited, extra]).totals).toEqual({ count: 2, rows: 3, areaHa: 62.5, investmentMillionVnd: 550100 });
  });
  it("a cluster removed from the plan is shown by stage but not in the totals; KCN and KKT are not clusters", () => {
    const removed = zone({ id: "bo", stage: "removed", plan: [row("bo", "new", 10, 1000)] });
    const kcn = zone({ id: "kcn", kind: "KCN", areaHa: 600, plan: [] });
    const p = planStanding([removed, kcn]);
    expect(p.totals).toEqual({ count: 0, rows: 0, areaHa: 0, investmentMillionVnd: 0 });
    expect(p.byStage.map((s) => [s.stage, s.count])).toEqual([["removed", 1]]);
  });
});
