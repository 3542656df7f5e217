import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Role } from "@dondoc/domain";
import pg from "pg";
import { cliActor } from "../../src/audit/record-audit";
import { type Auth, createAuth } from "../../src/auth/better-auth";
import { bootstrapAdmin } from "../../src/auth/bootstrap-admin";
import { setClock } from "../../src/clock";
import { type Config, loadConfig } from "../../src/config";
import { type Database, openDatabase } from "../../src/db/client";
import { prepareDatabase } from "../../src/db/prepare";
import { portalPages } from "../../src/features/portal/portal.pages";
import { createUser } from "../../src/features/users/create-user";
import { createApp } from "../../src/http/app";
import { setLogLevel } from "../../src/log";
import { routes } from "../../src/routes";

/**
 * Each test file gets its own database: a fresh PGlite folder, or, when the suite runs against
 * PostgreSQL (TEST_DATABASE_URL, set by scripts/test.ts), a fresh database in that cluster.
 */
export const engine: "pglite" | "postgres" = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
export const ADMIN_PASSWORD = "mat-khau-quan-tri-thu";
const PASSWORD = "mat-khau-thu-nghiem";

export interface Client {
  request(path: string, init?: RequestInit): Promise<Response>;
  get<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }>;
  send<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
}

export interface TestContext {
  database: Database;
  config: Config;
  auth: Auth;
  app: ReturnType<typeof createApp>;
  /** environment for a child process (CLI, server) that should use the same database */
  env: Record<string, string>;
  /** requests without a session */
  anonymous: Client;
  /** signed in as the bootstrap admin */
  admin: Client;
  /** creates an account with this role (and agency) and signs it in */
  as(role: Role, agencyId?: string | null): Promise<Client & { userId: string; username: string }>;
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

export function clientOf(app: ReturnType<typeof createApp>, cookie: string | null): Client {
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set("cookie", cookie);
    return app.request(path, { ...init, headers });
  };
  return {
    request,
    async get<T>(path: string) {
      const res = await request(path);
      return { status: res.status, body: (await res.json()) as T };
    },
    async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
      const res = await request(path, {
        method,
        headers: { "content-type": "application/json", ...headers },
        ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
    },
  };
}

export async function signIn(app: ReturnType<typeof createApp>, username: string, password: string): Promise<Client> {
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return clientOf(app, cookie);
}

/**
 * The day the tests live in unless a test says otherwise: 25/11/2026, 10:00 in Vietnam. The seed data
 * and the tests' expectations are written for it; nothing in a test may depend on the real date.
 */
export const TEST_NOW = "2026-11-25T10:00:00+07:00";

export async function createTestContext(options: { seed?: boolean; now?: string } = {}): Promise<TestContext> {
  setClock(options.now ?? TEST_NOW);
  const fresh = await freshDatabaseConfig();
  // in-process requests come from the loopback, which the tests trust as a proxy that sets
  // X-Forwarded-For, to play several client addresses
  const env = {
    ...fresh.env,
    LOG_LEVEL: "warn",
    PORT: "0",
    DONDOC_ADMIN_PASSWORD: ADMIN_PASSWORD,
    TRUSTED_PROXIES: "127.0.0.1/32,::1/128",
  };
  const config = loadConfig(env);
  setLogLevel(config.logLevel);
  const database = await openDatabase(config.database);
  await prepareDatabase(database, { seed: options.seed ?? true });
  await bootstrapAdmin(database.db, ADMIN_PASSWORD, "2026-11-23");
  const auth = await createAuth(database.db, config);
  const app = createApp({ database, config, routes, auth, pages: portalPages });
  let n = 0;
  return {
    database,
    config,
    auth,
    app,
    env,
    anonymous: clientOf(app, null),
    admin: await signIn(app, "admin", ADMIN_PASSWORD),
    async as(role, agencyId = null) {
      n += 1;
      const username = `thu-${role}-${n}`;
      const { id } = await createUser(
        database.db,
        { username, name: `Người thử ${role} ${n}`, role, agencyId, password: PASSWORD },
        { actor: cliActor, requestId: null, today: "2026-11-23" },
      );
      return { ...(await signIn(app, username, PASSWORD)), userId: id, username };
    },
    async cleanup() {
      await database.close();
      await fresh.drop();
    },
  };
}

/** Signs in against a running server; returns the Cookie header to send. */
export async function signInOverHttp(url: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
