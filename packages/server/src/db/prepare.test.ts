import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, engine, freshDatabaseConfig, signInOverHttp } from "../../test/support/test-database";
import { setClock } from "../clock";
import { loadConfig } from "../config";
import { startServer } from "../server";
import { openDatabase } from "./client";
import { prepareDatabase, seedFingerprint } from "./prepare";

const journal = JSON.parse(readFileSync(new URL("./migrations/meta/_journal.json", import.meta.url), "utf8")) as { entries: unknown[] };

describe("start-up", () => {
  it.runIf(engine === "postgres")("two instances starting together on one PostgreSQL migrate and seed once", async () => {
    const db = await freshDatabaseConfig();
    const config = loadConfig({ ...db.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent" });
    const [a, b] = await Promise.all([startServer(config), startServer(config)]);
    try {
      const migrations = await a.database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect((migrations as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(journal.entries.length); // each migration applied once
      const zones = await b.database.db.execute(sql`select count(*)::int as n from zones`);
      expect((zones as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(27); // 24 CCN, VSIP, Đồng Bành, the KKT
      // a field may have history (VSIP's 600 ha of 002 before the plan's 599,76), but no fact is written twice
      const facts = await b.database.db.execute(
        sql`select count(*)::int as n, count(distinct (zone_id, field, value::text, source_document_id))::int as d from zone_facts`,
      );
      const f = (facts as unknown as { rows: { n: number; d: number }[] }).rows[0];
      expect(f?.n).toBe(f?.d);
      for (const s of [a, b]) expect((await fetch(`${s.url}/api/health`)).status).toBe(200);
    } finally {
      await a.close();
      await b.close();
      await db.drop();
    }
  });

  it("a restart on the same data changes nothing and keeps edits", async () => {
    const db = await freshDatabaseConfig();
    const config = loadConfig({ ...db.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", DONDOC_ADMIN_PASSWORD: ADMIN_PASSWORD });
    const first = await startServer(config);
    const cookie = await signInOverHttp(first.url, "admin", ADMIN_PASSWORD);
    const patch = await fetch(`${first.url}/api/zones/ccn-tan-van`, {
      method: "PATCH",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ areaHa: 31 }),
    });
    expect(patch.status).toBe(200);
    await first.close();
    const second = await startServer(config);
    try {
      const zone = (await (await fetch(`${second.url}/api/zones/ccn-tan-van`, { headers: { cookie } })).json()) as {
        areaHa: number;
        version: number;
      };
      expect(zone).toMatchObject({ areaHa: 31, version: 2 }); // the session also survived the restart
    } finally {
      await second.close();
      await db.drop();
    }
  });

  it("a preparation of current data skips migrations, seed loaders and today's occurrences; a changed input or a new day does not", async () => {
    const fresh = await freshDatabaseConfig();
    const database = await openDatabase(loadConfig({ ...fresh.env, LOG_LEVEL: "silent" }).database);
    const state = async () =>
      Object.fromEntries(
        (
          (await database.db.execute(sql`select key, value from settings where key like 'start:%' order by key`)) as unknown as {
            rows: { key: string; value: string }[];
          }
        ).rows.map((r) => [r.key, r.value]),
      );
    const occurrences = async () =>
      ((await database.db.execute(sql`select count(*)::int as n from task_occurrences`)) as unknown as { rows: { n: number }[] }).rows[0]
        ?.n;
    try {
      setClock("2026-11-25T10:00:00+07:00");
      const first = await prepareDatabase(database, { seed: true });
      expect(first).toMatchObject({ migrated: true, occurrences: "written" });
      expect(first.seeded).toMatchObject({ zonesInserted: 27 });
      expect(await state()).toEqual({ "start:occurrences-on": "2026-11-25", "start:seed-fingerprint": seedFingerprint() });

      const again = await prepareDatabase(database, { seed: true });
      expect(again).toMatchObject({ migrated: false, seeded: null, occurrences: "current" });

      // the seed inputs changed since the last load (another version of the seed folder)
      await database.db.execute(sql`update settings set value = 'older' where key = 'start:seed-fingerprint'`);
      const reseeded = await prepareDatabase(database, { seed: true });
      expect(reseeded.seeded).toMatchObject({ zonesInserted: 0 });
      expect((await state())["start:seed-fingerprint"]).toBe(seedFingerprint());

      // the next day: today's occurrences still cover the horizon, so they are written after listening
      setClock("2026-11-26T08:00:00+07:00");
      const before = await occurrences();
      const nextDay = await prepareDatabase(database, { seed: true });
      expect(nextDay).toMatchObject({ migrated: false, seeded: null, occurrences: "deferred" });
      expect((await state())["start:occurrences-on"]).toBe("2026-11-25");
      await nextDay.afterListen();
      expect((await state())["start:occurrences-on"]).toBe("2026-11-26");
      expect(await occurrences()).toBeGreaterThanOrEqual(before ?? 0);
    } finally {
      setClock("2026-11-25T10:00:00+07:00");
      await database.close();
      await fresh.drop();
    }
  });
});
