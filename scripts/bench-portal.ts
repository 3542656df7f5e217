import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";

/**
 * A crowd on the public portal while signed-in users keep working: prints requests per second and
 * p95 of the public API (autocannon), and the signed-in p95 with and without the crowd. The server
 * runs in its own process, as in production. `npm run bench:portal`, or with DATABASE_URL for PostgreSQL.
 */
const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-portal-"));
const password = "mat-khau-do-hieu-nang";
const child = spawn(process.execPath, ["--import", "tsx", "packages/server/src/main.ts"], {
  env: {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    LOG_LEVEL: "info",
    DONDOC_ADMIN_PASSWORD: password,
    REMINDER_INTERVAL_SECONDS: "0",
  },
  stdio: ["ignore", "pipe", "inherit"],
});
const server = await new Promise<{ url: string; engine: string }>((resolve) => {
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    const m = out.match(/"url":"(http:\/\/[^"]+)","engine":"(\w+)"/);
    if (m?.[1] && m[2]) resolve({ url: m[1], engine: m[2] });
  });
});
const login = await fetch(`${server.url}/api/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "admin", password }),
});
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(";")[0])
  .join("; ");

async function signedInP95(seconds: number): Promise<{ p95: number; n: number }> {
  const times: number[] = [];
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/zones?q=hoa%20son`, { headers: { cookie } });
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p95: times[Math.floor(times.length * 0.95)] ?? 0, n: times.length };
}

async function crowd(path: string, seconds: number) {
  return autocannon({ url: `${server.url}${path}`, connections: 50, duration: seconds, pipelining: 1 });
}

console.log(`engine: ${server.engine} (server in its own process)`);
await fetch(`${server.url}/api/public/zones`); // warm the cache
const quiet = await signedInP95(5);
console.log(`signed-in GET /api/zones?q=…, no crowd:   p95 ${quiet.p95.toFixed(1)} ms (${quiet.n} requests)`);
for (const path of ["/api/public/zones", "/portal"]) {
  const [load, busy] = await Promise.all([crowd(path, 10), signedInP95(10)]);
  console.log(
    `crowd on ${path.padEnd(18)} ${load.requests.average.toFixed(0).padStart(6)} req/s, p95 ${String(load.latency.p97_5 ?? load.latency.p99).padStart(4)} ms (p97.5), ` +
      `errors ${load.errors}, non-2xx ${load.non2xx}; signed-in p95 meanwhile ${busy.p95.toFixed(1)} ms (${(busy.p95 / quiet.p95).toFixed(1)}× quiet)`,
  );
}
child.kill("SIGTERM");
await new Promise((r) => child.once("exit", r));
rmSync(dir, { recursive: true, force: true });
