import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { zoneFacts, zones } from "../../db/schema";
import { loadReferenceData } from "../../seed/load-reference-data";

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

const zone = "ccn-dia-phuong-so-2";
const wastewater = async () => {
  const { db } = t.database;
  const [row] = await db.select({ status: zones.wastewaterStatus, version: zones.version }).from(zones).where(eq(zones.id, zone));
  const facts = await db
    .select({ value: zoneFacts.value, recordedBy: zoneFacts.recordedBy, source: zoneFacts.sourceDocumentId })
    .from(zoneFacts)
    .where(and(eq(zoneFacts.zoneId, zone), eq(zoneFacts.field, "wastewaterStatus")));
  return { ...row, facts };
};

describe("the wastewater status of CCN Địa phương số 2 in the seed", () => {
  it("is added to a database loaded before it existed, once, as a fact from 003", async () => {
    const { db } = t.database;
    // a database seeded before the progress issue: no status, no fact
    await db.delete(zoneFacts).where(and(eq(zoneFacts.zoneId, zone), eq(zoneFacts.field, "wastewaterStatus")));
    await db.update(zones).set({ wastewaterStatus: null }).where(eq(zones.id, zone));
    await loadReferenceData(db);
    const first = await wastewater();
    expect(first).toMatchObject({ status: "none", facts: [{ value: "none", recordedBy: "seed", source: "seed-003" }] });
    await loadReferenceData(db);
    expect(await wastewater()).toEqual(first);
  });

  it("never overwrites a user's edit, even one that clears it", async () => {
    const sct = await t.as("agency", "so-cong-thuong");
    const res = await sct.send("PATCH", `/api/zones/${zone}`, { wastewaterStatus: null });
    expect(res.status).toBe(200);
    await loadReferenceData(t.database.db);
    const after = await wastewater();
    expect(after.status).toBeNull();
    expect(after.facts).toHaveLength(2);
    const factCount = async () => (await t.database.db.select().from(zoneFacts).where(eq(zoneFacts.zoneId, zone))).length;
    const count = await factCount();
    await loadReferenceData(t.database.db);
    expect(await factCount()).toBe(count);
  });

  it("an investor may report its zone's wastewater and fire safety, with history", async () => {
    const investor = await t.as("investor", "ban-qlda-dtxd-cao-loc");
    const res = await investor.send<{ wastewaterStatus: string; wastewaterCapacityM3: number; fireSafetyStatus: string }>(
      "PATCH",
      `/api/zones/${zone}`,
      { wastewaterStatus: "building", wastewaterCapacityM3: 500, wastewaterMonitoring: true, fireSafetyStatus: "accepted" },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ wastewaterStatus: "building", wastewaterCapacityM3: 500, fireSafetyStatus: "accepted" });
    expect((await investor.send("PATCH", `/api/zones/${zone}`, { wastewaterCapacityM3: -1 })).status).toBe(422);
    expect((await investor.send("PATCH", `/api/zones/${zone}`, { areaHa: 9 })).status).toBe(403);
  });
});
