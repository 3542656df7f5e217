import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../packages/server/src/config";
import { startServer } from "../packages/server/src/server";

/**
 * Prints, for the seed data: the bodies the November 2026 monthly consolidation lists as "Chưa nộp –
 * quá hạn" on 25/11/2026, and the latency of GET /api/scorecards (a year, each request another asOf
 * so that no cached answer is reused) against a real server (embedded database, or PostgreSQL when
 * DATABASE_URL is set): `npx tsx scripts/bench-scorecards.ts`. Numbers, not a test.
 */
const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-sc-"));
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
const get = async (path: string) => {
  const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json() as Promise<Record<string, unknown>>;
};

const period = (await get("/api/obligations/bc-thang-000-don-vi/periods/2026-11?asOf=2026-11-25")) as {
  reporters: { agencyName: string; status: string; reason?: string | null }[];
};
const overdue = period.reporters.filter((r) => r.status === "overdue");
console.log(`engine: ${server.database.engine}`);
console.log(`November 2026 (bc-thang-000-don-vi) as of 25/11/2026: ${overdue.length} bodies "Chưa nộp – quá hạn"`);
for (const r of overdue) console.log(`  - ${r.agencyName}${r.reason ? ` (${r.reason})` : ""}`);

const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const asOf = `2026-${String(1 + (i % 11)).padStart(2, "0")}-${String(1 + i).padStart(2, "0")}`;
  const t0 = performance.now();
  await get(`/api/scorecards?from=2026-01-01&to=2026-12-31&asOf=${asOf}`);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const p = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
console.log(`GET /api/scorecards (year 2026, 30 requests, each another asOf): p50 ${p(0.5)} ms, p95 ${p(0.95)} ms`);

await server.close();
rmSync(dir, { recursive: true, force: true });
