import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, engine, freshDatabaseConfig, signInOverHttp } from "../../test/support/test-database";
import { loadConfig } from "../config";
import { openDatabase } from "./client";

/**
 * The server is killed with SIGKILL while it acknowledges writes; after each restart every
 * acknowledged write must be there and the database must open cleanly. (PGlite survives a killed
 * process; it does not fsync, so a power cut is a different matter: see README.)
 */
const root = resolve(import.meta.dirname, "../../../..");
const ROUNDS = 4;
let db: Awaited<ReturnType<typeof freshDatabaseConfig>>;
beforeAll(async () => {
  db = await freshDatabaseConfig();
});
afterAll(() => db.drop());

function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "packages/server/src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      ...db.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      DONDOC_ADMIN_PASSWORD: ADMIN_PASSWORD,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolvePromise, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/"url":"(http:\/\/[^"]+)"/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolvePromise({ child, url: m[1] });
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

describe("durability", () => {
  it(`every acknowledged write survives SIGKILL (${ROUNDS} rounds, ${engine})`, { timeout: 180_000 }, async () => {
    const acknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { child, url } = await startChild();
      const cookie = await signInOverHttp(url, "admin", ADMIN_PASSWORD);
      const killAt = Date.now() + 800 + Math.random() * 1700;
      let n = 0;
      const writer = (async () => {
        while (true) {
          const note = `vòng ${round} ghi ${n++}`;
          try {
            const res = await fetch(`${url}/api/zones/ccn-tan-van`, {
              method: "PATCH",
              headers: { "content-type": "application/json", cookie },
              body: JSON.stringify({ note }),
            });
            if (res.status === 200) acknowledged.push(note);
          } catch {
            return; // the server is gone
          }
        }
      })();
      const exited = new Promise((r) => child.once("exit", r));
      while (Date.now() < killAt) await new Promise((r) => setTimeout(r, 20));
      child.kill("SIGKILL");
      await writer;
      await exited;
    }
    expect(acknowledged.length).toBeGreaterThan(ROUNDS * 5);

    const database = await openDatabase(loadConfig({ ...db.env }).database);
    try {
      const rows = (await database.db.execute(
        sql`select value #>> '{}' as note from zone_facts where zone_id = 'ccn-tan-van' and field = 'note'`,
      )) as unknown as { rows: { note: string }[] };
      const stored = new Set(rows.rows.map((r) => r.note));
      const lost = acknowledged.filter((note) => !stored.has(note));
      console.log(`durability (${engine}): ${acknowledged.length} acknowledged writes over ${ROUNDS} SIGKILLs, ${lost.length} lost`);
      expect(lost).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
