import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import type { Config } from "../config";
import { lockDataDir } from "./data-dir-lock";
import * as schema from "./schema";

/** One handle type for both engines; a transaction is also a Db. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  engine: "pglite" | "postgres";
  /** runs `fn` holding the cluster-wide migration lock (PostgreSQL advisory lock; PGlite is single-process) */
  withExclusiveLock<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const MIGRATION_LOCK_KEY = 7_240_301; // any constant shared by every instance of Đôn Đốc

export async function openDatabase(config: Config["database"]): Promise<Database> {
  if (config.engine === "postgres") return openPostgres(config.url);
  return openPglite(config.dataDir);
}

async function openPostgres(url: string): Promise<Database> {
  // no JIT: the read model's status queries scan 200,000 rows in well under a second, and compiling
  // them cost more than running them (2.9 s instead of 0.7 s for the dashboard's counts at national size)
  const pool = new pg.Pool({ connectionString: url, max: 10, options: "-c jit=off" });
  pool.on("error", () => {}); // idle client errors surface on the next query instead of crashing
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    engine: "postgres",
    async withExclusiveLock(fn) {
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        return await fn(drizzlePg(client, { schema }) as unknown as Db);
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(`${dataDir}/pgdata`, { extensions: { pg_trgm } });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: "pglite",
    withExclusiveLock: (fn) => fn(db),
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

export async function ping(db: Db): Promise<boolean> {
  await db.execute(sql`select 1`);
  return true;
}
