import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signIn, type TestContext } from "../../test/support/test-database";
import { backupDatabase, restoreDatabase } from "./backup";

let source: TestContext;
let target: TestContext;
beforeAll(async () => {
  [source, target] = await Promise.all([createTestContext(), createTestContext()]);
});
afterAll(async () => {
  await source.cleanup();
  await target.cleanup();
});

const tablesOf = (bytes: Buffer) => (JSON.parse(gunzipSync(bytes).toString("utf8")) as { tables: Record<string, unknown[]> }).tables;

describe("backup and restore", () => {
  it("a restored database is identical in content, accounts and history included", async () => {
    const sct = await source.as("agency", "so-cong-thuong");
    expect((await sct.send("PATCH", "/api/zones/ccn-hoa-son-1", { areaHa: 75.5, note: "Ghi chú có dấu: Hòa Sơn, Đồng Đăng" })).status).toBe(
      200,
    );
    expect((await sct.send("POST", "/api/zones", { kind: "CCN", name: "CCN Sao Lưu", stage: "planned", areaHa: 10 })).status).toBe(201);

    const first = await backupDatabase(source.database.db, new Date("2026-11-23T10:00:00Z"));
    const restored = await restoreDatabase(target.database.db, first);
    expect(restored.rows).toBeGreaterThan(700);
    const second = await backupDatabase(target.database.db, new Date("2026-11-23T10:00:00Z"));
    expect(tablesOf(second)).toEqual(tablesOf(first));

    // the restored database works: the same account signs in, the history is there, new rows get new ids
    const again = await signIn(target.app, sct.username, "mat-khau-thu-nghiem");
    const zone = await again.get<{ areaHa: number; history: { field: string }[] }>("/api/zones/ccn-hoa-son-1");
    expect(zone.body.areaHa).toBe(75.5);
    expect((await again.send("PATCH", "/api/zones/ccn-sao-luu", { areaHa: 11 })).status).toBe(200);
  });

  it("refuses a file that is not a backup, and changes nothing", async () => {
    const before = tablesOf(await backupDatabase(target.database.db, new Date(0)));
    await expect(restoreDatabase(target.database.db, new TextEncoder().encode("không phải bản sao lưu"))).rejects.toThrow(
      "Tệp sao lưu bị hỏng",
    );
    expect(tablesOf(await backupDatabase(target.database.db, new Date(0)))).toEqual(before);
  });
});
