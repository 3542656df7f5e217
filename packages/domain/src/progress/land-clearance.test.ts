import { describe, expect, it } from "vitest";
import { checkLandClearance, type LandClearanceEntry, landClearanceInput, ledgerPositions, ledgerTotals } from "./land-clearance";

const entry = (id: number, reportedOn: string, over: Partial<LandClearanceEntry> = {}): LandClearanceEntry => ({
  id,
  zoneId: "kcn-vsip-lang-son",
  unitId: "xa-huu-lung",
  reportedOn,
  correctsId: null,
  householdsAffected: null,
  householdsCounted: null,
  plansApproved: null,
  householdsPaid: null,
  moneyPaidMillionVnd: null,
  areaRecoveredHa: null,
  areaHandedOverHa: null,
  gravesMoved: null,
  householdsResettled: null,
  complaintsOpen: null,
  ...over,
});

describe("the land clearance ledger", () => {
  const entries = [
    entry(1, "2024-07-01", { householdsCounted: 490, areaHandedOverHa: 57 }),
    entry(2, "2026-10-15", { householdsCounted: 520, areaHandedOverHa: 80 }),
    entry(3, "2026-11-15", { householdsCounted: 560, areaHandedOverHa: 95 }),
    entry(4, "2026-11-15", { unitId: "xa-tuan-son", householdsCounted: 100, areaHandedOverHa: 20 }),
  ];

  it("gives the cumulative figures and the change since the previous report, per commune and in total", () => {
    const [huuLung, tuanSon] = ledgerPositions(entries, "2026-11-30");
    expect(huuLung).toMatchObject({
      reportedOn: "2026-11-15",
      cumulative: { householdsCounted: 560, areaHandedOverHa: 95 },
      change: { householdsCounted: 40, areaHandedOverHa: 15 },
    });
    expect(tuanSon).toMatchObject({ cumulative: { householdsCounted: 100 }, change: { householdsCounted: 100 } });
    expect(ledgerTotals(ledgerPositions(entries, "2026-11-30"))).toMatchObject({
      householdsCounted: 660,
      areaHandedOverHa: 115,
      gravesMoved: null,
    });
  });

  it("answers as of a past date", () => {
    expect(ledgerPositions(entries, "2026-10-31")[0]).toMatchObject({
      cumulative: { householdsCounted: 520 },
      change: { householdsCounted: 30 },
    });
  });

  it("a correction replaces the entry it names, which is kept but no longer counts", () => {
    const corrected = [...entries, entry(5, "2026-11-16", { correctsId: 3, householdsCounted: 555, areaHandedOverHa: 95 })];
    const [huuLung] = ledgerPositions(corrected, "2026-11-30");
    expect(huuLung).toMatchObject({ cumulative: { householdsCounted: 555 }, change: { householdsCounted: 35 } });
    expect(corrected.some((e) => e.id === 3)).toBe(true);
  });

  it("a former district's figure stops counting once one of its successor communes reports for the project", () => {
    const successorUnitIds = ["xa-huu-lung", "xa-tuan-son"];
    const district = entry(10, "2024-07-01", { unitId: "huyen-huu-lung", householdsCounted: 490, areaRecoveredHa: 57, successorUnitIds });
    const commune = entry(11, "2026-11-15", { unitId: "xa-huu-lung", householdsCounted: 560, areaRecoveredHa: 95 });
    expect(ledgerTotals(ledgerPositions([district], "2026-11-30"))).toMatchObject({ householdsCounted: 490 });
    const both = ledgerPositions([district, commune], "2026-11-30");
    expect(both.find((p) => p.unitId === "huyen-huu-lung")).toMatchObject({ superseded: true, cumulative: { householdsCounted: 490 } });
    expect(ledgerTotals(both)).toMatchObject({ householdsCounted: 560, areaRecoveredHa: 95 });
    // before the commune's report, and without knowing the successions, the district still counts
    expect(ledgerTotals(ledgerPositions([district, commune], "2026-10-31"))).toMatchObject({ householdsCounted: 490 });
    const unknown = { ...district, successorUnitIds: undefined };
    expect(ledgerTotals(ledgerPositions([unknown, commune], "2026-11-30"))).toMatchObject({ householdsCounted: 1050 });
  });

  it("refuses negative households, more area handed over than the project has, and a date in the future", () => {
    expect(
      landClearanceInput.safeParse({ unitId: "xa-huu-lung", reportedOn: "2026-11-01", householdsCounted: -3 }).error?.issues[0]?.message,
    ).toBe("Số hộ đã kiểm đếm không được âm.");
    const input = landClearanceInput.parse({
      unitId: "xa-huu-lung",
      reportedOn: "2026-12-01",
      areaRecoveredHa: 700,
      areaHandedOverHa: 650,
    });
    expect(checkLandClearance(input, 600, "2026-11-23", entries).map((p) => p.message)).toEqual([
      "Ngày báo cáo không được sau ngày hôm nay.",
      "Diện tích đã thu hồi (ha) vượt quá diện tích dự án (600 ha).",
      "Diện tích đã bàn giao (ha) vượt quá diện tích dự án (600 ha).",
    ]);
  });
});
