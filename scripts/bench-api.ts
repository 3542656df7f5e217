import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../packages/server/src/config";
import { startServer } from "../packages/server/src/server";

/**
 * Prints request latencies of the main API calls against a real server (embedded database by
 * default, PostgreSQL when DATABASE_URL is set): `npm run bench:api`. Numbers, not a test.
 */
const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-"));
const password = "mat-khau-do-hieu-nang";
const server = await startServer(
  loadConfig({
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    LOG_LEVEL: "silent",
    DONDOC_ADMIN_PASSWORD: password,
    REMINDER_INTERVAL_SECONDS: "0",
  }),
);
const login = await fetch(`${server.url}/api/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "admin", password }),
});
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(";")[0])
  .join("; ");

async function measure(label: string, n: number, request: (i: number) => Promise<Response>) {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await request(i);
    await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`${label}: HTTP ${res.status}`);
    times.push(performance.now() - t0);
  }
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const p = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  console.log(
    `${label.padEnd(44)} n=${String(n).padStart(4)}  p50 ${p(0.5).padStart(6)} ms  p95 ${p(0.95).padStart(6)} ms  ${(n / total).toFixed(0).padStart(5)} req/s`,
  );
}

const get = (path: string) => () => fetch(`${server.url}${path}`, { headers: { cookie } });
console.log(`engine: ${server.database.engine}`);
await measure("GET /api/zones (all)", 200, get("/api/zones?pageSize=100"));
await measure("GET /api/zones?q=hoa son", 200, get("/api/zones?q=hoa%20son"));
await measure("GET /api/zones/ccn-hoa-son-1 (detail, history)", 200, get("/api/zones/ccn-hoa-son-1"));
await measure("GET /api/tasks (all occurrences, statuses)", 100, get("/api/tasks"));
await measure("GET /api/scorecards", 50, get("/api/scorecards?from=2025-01-01&to=2026-12-31"));
await measure("PATCH /api/zones/ccn-tan-van (write + history + audit)", 200, (i) =>
  fetch(`${server.url}/api/zones/ccn-tan-van`, {
    method: "PATCH",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ note: `đo ${i}` }),
  }),
);
await measure("GET /api/zones.xlsx", 20, get("/api/zones.xlsx"));
await server.close();
rmSync(dir, { recursive: true, force: true });
