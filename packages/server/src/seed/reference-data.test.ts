import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../test/support/test-database";
import { adminUnits, agencies, figures, planEntries, unitSuccessions, zoneFacts, zones } from "../db/schema";
import { loadReferenceData } from "./load-reference-data";

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

const round2 = (n: number) => Math.round(n * 100) / 100;
const figure = async (id: string) => {
  const rows = await t.database.db.select().from(figures).where(sql`${figures.id} = ${id}`);
  const row = rows[0];
  if (!row) throw new Error(`missing figure ${id}`);
  return row.value;
};
const entries = async (table: string) => (await t.database.db.select().from(planEntries)).filter((e) => e.tableCode === table);

describe("the registry reconciles with QĐ 609/QĐ-UBND's own tables", () => {
  it("9 established clusters: 409,99 ha and 4.050.805 million VND", async () => {
    const rows = await entries("003-IV.1.a(1)");
    expect(rows).toHaveLength(9);
    expect(round2(rows.reduce((s, r) => s + r.areaHa, 0))).toBe(await figure("plan-2030-established-area"));
    expect(rows.reduce((s, r) => s + (r.investmentMillionVnd ?? 0), 0)).toBe(await figure("plan-2030-established-investment"));
    expect(await figure("plan-2030-established-area")).toBe(409.99);
    expect(await figure("plan-2030-established-investment")).toBe(4050805);
  });

  it("8 clusters of 2021–2025: 418,83 ha and 4.197.000", async () => {
    const rows = await entries("003-IV.1.a(2)");
    expect(rows).toHaveLength(8);
    expect(round2(rows.reduce((s, r) => s + r.areaHa, 0))).toBe(418.83);
    expect(rows.reduce((s, r) => s + (r.investmentMillionVnd ?? 0), 0)).toBe(4197000);
  });

  it("7 rows of 2026–2030: 319,45 ha and 3.203.000, one of them Na Dương 1's expansion", async () => {
    const rows = await entries("003-IV.1.b");
    expect(rows).toHaveLength(7);
    expect(round2(rows.reduce((s, r) => s + r.areaHa, 0))).toBe(319.45);
    expect(rows.reduce((s, r) => s + (r.investmentMillionVnd ?? 0), 0)).toBe(3203000);
    const expansion = rows.filter((r) => r.entryKind === "expansion");
    expect(expansion.map((r) => r.zoneId)).toEqual(["ccn-na-duong-1"]);
  });

  it("the 24 clusters of the plan total 1.156,77 ha", async () => {
    const all = await t.database.db.select().from(planEntries);
    const clusterIds = new Set(all.map((e) => e.zoneId));
    expect(clusterIds.size).toBe(await figure("plan-2030-count"));
    expect(clusterIds.size).toBe(24);
    expect(round2(all.reduce((s, r) => s + r.areaHa, 0))).toBe(1156.77);
    const ccn = await t.database.db.select({ id: zones.id }).from(zones).where(sql`${zones.kind} = 'CCN'`);
    expect(new Set(ccn.map((z) => z.id))).toEqual(clusterIds);
  });

  it("per former district: counts and areas of the plan's district table", async () => {
    const all = await t.database.db.select().from(planEntries);
    const zoneRows = await t.database.db.select({ id: zones.id, district: zones.formerDistrictId }).from(zones);
    const districtOf = new Map(zoneRows.map((z) => [z.id, z.district]));
    const table = (await t.database.db.select().from(figures)).filter((f) => f.metric.startsWith("plan2030.district."));
    const districts = [...new Set(table.map((f) => f.scopeId))];
    expect(districts).toHaveLength(10); // every former district but Văn Quan
    for (const d of districts) {
      const mine = all.filter((e) => districtOf.get(e.zoneId) === d);
      const expectedCount = table.find((f) => f.scopeId === d && f.metric === "plan2030.district.count")?.value;
      const expectedArea = table.find((f) => f.scopeId === d && f.metric === "plan2030.district.areaHa")?.value;
      expect({ d, count: new Set(mine.map((e) => e.zoneId)).size }).toEqual({ d, count: expectedCount });
      expect({ d, area: round2(mine.reduce((s, e) => s + e.areaHa, 0)) }).toEqual({ d, area: expectedArea });
    }
    const shares = table.filter((f) => f.metric === "plan2030.district.sharePercent").reduce((s, f) => s + f.value, 0);
    expect(round2(shares)).toBeCloseTo(100, 0);
  });

  it("the 2024 snapshot (002, undated) is history dated by its year only, older than the plan's figures", async () => {
    const rows = (await t.database.db.select().from(figures)).filter((f) => f.metric === "status.established.count");
    expect(rows.map((r) => [r.asOf, r.asOfPeriod, r.value, r.sourceDocumentId]).sort()).toEqual([
      ["2024-12-31", "2024", 9, "seed-002"],
      ["2025-03-10", null, 10, "seed-003"],
    ]);
  });
});

describe("the industrial zones (KCN) the province has", () => {
  it("KCN Đồng Bành, 162 ha and operating, from secondary sources: in the registry, not on the portal, never a cluster", async () => {
    const [row] = await t.database.db.select().from(zones).where(sql`${zones.id} = 'kcn-dong-banh'`);
    expect(row).toMatchObject({ kind: "KCN", stage: "operating", areaHa: 162, published: false });
    expect(row?.note).toContain("Nguồn thứ cấp");
    const facts = await t.database.db
      .select()
      .from(zoneFacts)
      .where(sql`${zoneFacts.zoneId} = 'kcn-dong-banh' and ${zoneFacts.field} = 'areaHa'`);
    expect(facts.map((f) => [f.value, f.sourceDocumentId])).toEqual([
      [321.76, "ref-kcn-secondary"],
      [162, "ref-kcn-secondary"],
    ]);
    // the plan's clusters are unchanged: 24 CCN, 25 plan rows
    expect((await t.database.db.select().from(zones)).filter((z) => z.kind === "CCN")).toHaveLength(24);
    expect(await t.database.db.select().from(planEntries).where(sql`${planEntries.zoneId} = 'kcn-dong-banh'`)).toEqual([]);
  });

  it("VSIP: 599,76 ha as the national plan records it, the article's 'gần 600 ha' kept as the field's history", async () => {
    const [row] = await t.database.db.select().from(zones).where(sql`${zones.id} = 'kcn-vsip-lang-son'`);
    expect(row?.areaHa).toBe(599.76);
    const facts = await t.database.db
      .select()
      .from(zoneFacts)
      .where(sql`${zoneFacts.zoneId} = 'kcn-vsip-lang-son' and ${zoneFacts.field} = 'areaHa'`)
      .orderBy(zoneFacts.recordedAt, zoneFacts.id);
    expect(facts.map((f) => [f.value, f.sourceDocumentId])).toEqual([
      [600, "seed-002"],
      [599.76, "ref-legal-notes"],
    ]);
  });
});

describe("administrative units", () => {
  it("holds 65 units from 1/7/2025 (61 communes, 4 wards) and 11 former districts", async () => {
    const units = await t.database.db.select().from(adminUnits);
    const current = units.filter((u) => u.validFrom === "2025-07-01");
    expect(current).toHaveLength(65);
    expect(current.filter((u) => u.level === "ward")).toHaveLength(4);
    expect(units.filter((u) => u.level === "district" || u.level === "city")).toHaveLength(11);
  });

  it("keeps the CSV's unverified flag and marks split communes as partial", async () => {
    const units = await t.database.db.select().from(adminUnits);
    expect(
      units
        .filter((u) => u.validFrom === "2025-07-01" && u.status === "unverified")
        .map((u) => u.name)
        .sort(),
    ).toEqual(["Xã Châu Sơn", "Xã Kiên Mộc", "Xã Đình Lập"].sort());
    expect(
      units
        .filter((u) => u.validFrom === "2025-07-01" && u.status === "confirmed")
        .map((u) => u.name)
        .sort(),
    ).toEqual(["Xã Lộc Bình", "Xã Mẫu Sơn"]);
    const links = await t.database.db.select().from(unitSuccessions).where(sql`${unitSuccessions.fromId} = 'huyen-dinh-lap.xa-binh-xa'`);
    expect(links.map((l) => [l.toId, l.partial]).sort()).toEqual([
      ["xa-dinh-lap", true],
      ["xa-kien-moc", true],
    ]);
  });

  it("every provenance points at a document", async () => {
    const facts = await t.database.db.select().from(zoneFacts);
    expect(facts.length).toBeGreaterThan(200);
    expect(facts.every((f) => f.sourceDocumentId && f.sourcePassage && f.asOf)).toBe(true);
    const ag = await t.database.db.select().from(agencies);
    expect(ag.every((a) => a.sourceDocumentId && a.sourcePassage)).toBe(true);
  });
});

describe("loading twice", () => {
  it("changes nothing the second time", async () => {
    const snapshot = async () => {
      const r = await t.database.db.execute(sql`select
        (select count(*) from admin_units)::int as units, (select count(*) from unit_successions)::int as links,
        (select count(*) from agencies)::int as agencies, (select count(*) from zones)::int as zones,
        (select count(*) from zone_facts)::int as facts, (select count(*) from plan_entries)::int as plan,
        (select count(*) from figures)::int as figures, (select count(*) from targets)::int as targets,
        (select md5(string_agg(id || coalesce(area_ha::text,'') || version, ',' order by id)) from zones) as zones_hash`);
      return (r as unknown as { rows: unknown[] }).rows[0];
    };
    const before = await snapshot();
    const result = await loadReferenceData(t.database.db);
    expect(result.zonesInserted).toBe(0);
    expect(await snapshot()).toEqual(before);
  });
});
