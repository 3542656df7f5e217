import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
let huuLung: Client; // UBND xã Hữu Lũng: VSIP lies partly in this commune
type Ledger = {
  positions: { unitId: string; cumulative: Record<string, number | null>; change: Record<string, number | null> }[];
  totals: Record<string, number | null>;
  entries: { id: number; corrected: boolean; sourceDocumentId: string | null }[];
  error?: { message: string; details: { path: string; message: string }[] };
};
beforeAll(async () => {
  t = await createTestContext();
  huuLung = await t.as("agency", "ubnd-xa-huu-lung");
});
afterAll(() => t.cleanup());

const post = (client: Client, body: Record<string, unknown>) =>
  client.send<Ledger>("POST", "/api/zones/kcn-vsip-lang-son/land-clearance", { unitId: "xa-huu-lung", ...body });

describe("land clearance figures of KCN VSIP Lạng Sơn", () => {
  it("starts from the 2024 snapshot of the seeds (002, undated: its year only), as history", async () => {
    const ledger = (await t.admin.get<Ledger>("/api/zones/kcn-vsip-lang-son/land-clearance")).body;
    expect(ledger.positions).toEqual([
      expect.objectContaining({
        unitId: "huyen-huu-lung",
        reportedPeriod: "2024",
        cumulative: expect.objectContaining({ householdsCounted: 490, areaRecoveredHa: 57 }),
      }),
    ]);
    expect(ledger.entries[0]?.sourceDocumentId).toBe("seed-002");
  });

  it("a commune enters two months; the ledger derives the change; a correction keeps the corrected entry", async () => {
    expect(
      (
        await post(huuLung, {
          reportedOn: "2026-10-15",
          householdsAffected: 600,
          householdsCounted: 520,
          areaRecoveredHa: 90,
          areaHandedOverHa: 80,
        })
      ).status,
    ).toBe(201);
    const second = await post(huuLung, {
      reportedOn: "2026-11-15",
      householdsAffected: 600,
      householdsCounted: 560,
      areaRecoveredHa: 100,
      areaHandedOverHa: 95,
    });
    expect(second.status).toBe(201);
    const mine = second.body.positions.find((p) => p.unitId === "xa-huu-lung");
    expect(mine).toMatchObject({
      cumulative: { householdsCounted: 560, areaHandedOverHa: 95 },
      change: { householdsCounted: 40, areaHandedOverHa: 15 },
    });
    const wrongId = second.body.entries.at(-1)?.id;
    const corrected = await post(huuLung, {
      reportedOn: "2026-11-16",
      correctsId: wrongId,
      householdsAffected: 600,
      householdsCounted: 555,
      areaRecoveredHa: 100,
      areaHandedOverHa: 95,
    });
    expect(corrected.body.positions.find((p) => p.unitId === "xa-huu-lung")).toMatchObject({
      cumulative: { householdsCounted: 555 },
      change: { householdsCounted: 35 },
    });
    expect(corrected.body.entries.find((e) => e.id === wrongId)).toMatchObject({ corrected: true });
    // the former district's 2024 figure covered the commune's territory: the commune's own report replaces it
    expect(corrected.body.positions.find((p) => p.unitId === "huyen-huu-lung")).toMatchObject({ superseded: true });
    expect(corrected.body.totals.householdsCounted).toBe(555);
  });

  it("refuses bad figures in Vietnamese and writes nothing", async () => {
    const before = (await t.admin.get<Ledger>("/api/zones/kcn-vsip-lang-son/land-clearance")).body.entries.length;
    const negative = await post(huuLung, { reportedOn: "2026-11-20", householdsCounted: -1 });
    expect(negative.status).toBe(422);
    expect(negative.body.error?.details).toContainEqual({ path: "householdsCounted", message: "Số hộ đã kiểm đếm không được âm." });
    const tooMuch = await post(huuLung, { reportedOn: "2026-11-20", areaRecoveredHa: 700, areaHandedOverHa: 650 });
    expect(tooMuch.body.error?.details).toContainEqual({
      path: "areaHandedOverHa",
      message: "Diện tích đã bàn giao (ha) vượt quá diện tích dự án (599,76 ha).", // the national plan's figure, not the article's 600
    });
    const future = await post(huuLung, { reportedOn: "2099-01-01", householdsCounted: 1 });
    expect(future.body.error?.details).toContainEqual({ path: "reportedOn", message: "Ngày báo cáo không được sau ngày hôm nay." });
    expect((await t.admin.get<Ledger>("/api/zones/kcn-vsip-lang-son/land-clearance")).body.entries.length).toBe(before);
  });

  it("only the commune the project lies in, its investor and the agencies in charge may enter figures", async () => {
    const tanThanh = await t.as("agency", "ubnd-xa-tan-thanh");
    expect((await post(tanThanh, { unitId: "xa-tan-thanh", reportedOn: "2026-11-20", householdsCounted: 1 })).status).toBe(403);
    expect((await post(tanThanh, { reportedOn: "2026-11-20", householdsCounted: 1 })).status).toBe(403);
    const vsip = await t.as("investor", "cty-vsip-lang-son");
    expect((await post(vsip, { unitId: "xa-tuan-son", reportedOn: "2026-11-20", householdsCounted: 10 })).status).toBe(201);
  });
});
