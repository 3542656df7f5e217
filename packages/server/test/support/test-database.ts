import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Config, loadConfig } from "../../src/config";
import { type Database, openDatabase } from "../../src/db/client";
import { prepareDatabase } from "../../src/db/prepare";
import { createApp } from "../../src/http/app";
import { routes } from "../../src/routes";

/**
 * Each test file gets its own database: a fresh PGlite folder, or, when the suite runs against
 * PostgreSQL (TEST_DATABASE_URL, set by scripts/test.ts), a fresh database in that cluster.
 */
export const engine: "pglite" | "postgres" = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

export interface TestContext {
  database: Database;
  config: Config;
  app: ReturnType<typeof createApp>;
  /** environment for a child process (CLI) that should use the same database */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function freshDatabaseConfig(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    const name = `dondoc_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = base.replace(/\/[^/]*$/, `/${name}`);
    return {
      env: { DATABASE_URL: url },
      async drop() {
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "dondoc-test-"));
  return { env: { DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function createTestContext(options: { seed?: boolean } = {}): Promise<TestContext> {
  const fresh = await freshDatabaseConfig();
  const env = { ...fresh.env, LOG_LEVEL: "warn", PORT: "0" };
  const config = loadConfig(env);
  const database = await openDatabase(config.database);
  await prepareDatabase(database, { seed: options.seed ?? true });
  const app = createApp({ database, config, routes });
  return {
    database,
    config,
    app,
    env,
    async cleanup() {
      await database.close();
      await fresh.drop();
    },
  };
}
