import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addDays, vietnamDateOf } from "@dondoc/domain";
import { sql } from "drizzle-orm";
import { loadConfig } from "../packages/server/src/config";
import type { Db } from "../packages/server/src/db/client";
import { startServer } from "../packages/server/src/server";
import { generateNational, NATIONAL } from "./bench/generate-national";
import { startTempPostgres, type TempPostgres } from "./postgres-temp";

/**
 * A national-size data set (34 provinces, about 1,000 zones, 170,000 tasks, five years of monthly
 * figures) on the embedded engine and on a throw-away PostgreSQL cluster; prints p50/p95 of the
 * dashboard, scorecard and task list APIs (the list's filters: overdue, a past date, text search),
 * the first request of each right after a write, a mixed run of reads under writes, and the
 * monthly report of one province (the seeded Lạng Sơn data, before the national set is added) and
 * of the whole data set. Numbers, not a test:
 * `npm run bench:national`. BENCH_ENGINES=pglite|postgres picks one engine, BENCH_TASKS scales the
 * task count, BENCH_N the number of measured requests (30), BENCH_REPORT_N the number of reports.
 * The monthly report of a national data set needs more than Node's default 4 GB heap: the npm
 * script gives it 12 GB (`--max-old-space-size`).
 * Targets on PostgreSQL: dashboard and scorecards p95 ≤ 200 ms, task list p95 ≤ 150 ms, monthly
 * report ≤ 1 s (one province) and ≤ 3 s (the whole set). BENCH_AFTER_WRITE_N: reads after a write (5).
 */
const engines = (process.env.BENCH_ENGINES ?? "postgres,pglite").split(",");
const size = { ...NATIONAL, tasks: Number(process.env.BENCH_TASKS ?? NATIONAL.tasks) };
const n = Number(process.env.BENCH_N ?? 30);
/** reports generated per engine: three on PostgreSQL, one on the embedded engine (minutes each at this size) */
const reportN = (engine: string) => Number(process.env.BENCH_REPORT_N ?? (engine === "postgres" ? 3 : 1));
const timeoutMs = Number(process.env.BENCH_TIMEOUT_S ?? 300) * 1000;
const password = "mat-khau-do-hieu-nang";
const today = vietnamDateOf(new Date());
const lastMonth = (() => {
  const d = new Date(`${today.slice(0, 7)}-15T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
})();

interface Row {
  engine: string;
  what: string;
  n: number;
  p50: number | null;
  p95: number | null;
  /** the first request, before anything is cached */
  cold: number | null;
  target: string;
}
const rows: Row[] = [];

async function run(engine: string) {
  const dir = mkdtempSync(join(tmpdir(), "dondoc-bench-national-"));
  let pg: TempPostgres | null = null;
  if (engine === "postgres") pg = await startTempPostgres();
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dir,
    LOG_LEVEL: "silent",
    DONDOC_ADMIN_PASSWORD: password,
    REMINDER_INTERVAL_SECONDS: "0",
  };
  if (pg) env.DATABASE_URL = pg.url;
  else delete env.DATABASE_URL;
  const server = await startServer(loadConfig(env));
  try {
    const cookie = await signIn(server.url);
    const get = getter(server.url, cookie);
    // one province: the Lạng Sơn data the server seeds, before the national data set is added
    await measureInto(
      server.database.engine,
      get,
      "monthly report, one province",
      `/api/reports/monthly?period=${lastMonth}`,
      reportN(engine),
      0,
      "≤ 1 s",
    );
    console.log(`\n== ${server.database.engine}${pg ? ` (${pg.version})` : ""}: tạo dữ liệu quy mô quốc gia`);
    const t0 = performance.now();
    const made = await generateNational(server.database.db, today, size, (m) => console.log(m));
    console.log(`  tạo xong trong ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(made)}`);
    if (pg) await server.database.db.execute("analyze");
    const measure = (what: string, path: string, count: number, warmup: number, target: string) =>
      measureInto(server.database.engine, get, what, path, count, warmup, target);
    const agency = await someLeadAgency(server.database.db);
    const taskList = `/api/tasks?agency=${encodeURIComponent(agency)}`;
    const overdue = `/api/tasks?due=overdue&agency=${encodeURIComponent(agency)}`;
    const pastList = `/api/tasks?agency=${encodeURIComponent(agency)}&asOf=${addDays(today, -365)}`;
    const search = `/api/tasks?q=${encodeURIComponent("noi dung 12")}&agency=${encodeURIComponent(agency)}`;
    await measure("GET /api/dashboard", "/api/dashboard", n, 3, "p95 ≤ 200 ms");
    await measure("GET /api/scorecards", `/api/scorecards?from=${today.slice(0, 4)}-01-01&to=${today}`, n, 3, "p95 ≤ 200 ms");
    await measure("GET /api/tasks?agency=…", taskList, n, 1, "p95 ≤ 150 ms");
    await measure("GET /api/tasks?due=overdue&agency=…", overdue, n, 1, "p95 ≤ 150 ms");
    await measure("GET /api/tasks?agency=…&asOf=a year ago", pastList, n, 1, "p95 ≤ 150 ms");
    await measure("GET /api/tasks?q=…&agency=…", search, n, 1, "p95 ≤ 150 ms");
    const ids = await someOccurrences(server.database.db);
    const write = writer(server.url, cookie, ids);
    await firstAfterWrite(server.database.engine, get, write, [
      ["dashboard", "/api/dashboard", "≤ 200 ms"],
      ["scorecards", `/api/scorecards?from=${today.slice(0, 4)}-01-01&to=${today}`, "≤ 200 ms"],
      ["task list", taskList, "≤ 150 ms"],
    ]);
    await mixedRun(server.url, cookie, write, server.database.engine, taskList);
    // every report is generated afresh (nothing cached): the first one is as cold as the others
    await measure("monthly report, whole data set", `/api/reports/monthly?period=${lastMonth}`, reportN(engine), 0, "≤ 3 s");
  } finally {
    await server.close();
    pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What users live through: a writer posts a progress event every 200 ms (5 per second) on random
 * occurrences while readers ask, in turn, for the dashboard, the scorecards and a page of the task
 * list; p50/p95 of each read under writes (every read follows some writes, so nothing can be served
 * from a cache of unchanged data).
 */
async function mixedRun(url: string, cookie: string, write: () => Promise<void>, engine: string, taskList: string) {
  const seconds = Number(process.env.BENCH_MIXED_S ?? 30);
  let writes = 0;
  let writing = true;
  const writerLoop = (async () => {
    while (writing) {
      const started = performance.now();
      await write();
      writes += 1;
      await new Promise((r) => setTimeout(r, Math.max(0, 200 - (performance.now() - started))));
    }
  })();
  const reads: [string, string][] = [
    ["dashboard (mixed)", "/api/dashboard"],
    ["scorecards (mixed)", `/api/scorecards?from=${today.slice(0, 4)}-01-01&to=${today}`],
    ["task list (mixed)", taskList],
  ];
  const times = new Map<string, number[]>(reads.map(([w]) => [w, []]));
  const end = performance.now() + seconds * 1000;
  try {
    while (performance.now() < end)
      for (const [what, path] of reads) {
        const t = performance.now();
        const res = await fetch(`${url}${path}`, { headers: { cookie }, signal: AbortSignal.timeout(timeoutMs) });
        await res.arrayBuffer();
        if (res.status >= 400) throw new Error(`${path}: HTTP ${res.status}`);
        times.get(what)?.push(performance.now() - t);
      }
  } finally {
    writing = false;
    await writerLoop;
  }
  console.log(`  lượt hỗn hợp: ${writes} sự kiện ghi trong ${seconds} s`);
  for (const [what, list] of times) {
    list.sort((a, b) => a - b);
    const p = (q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
    rows.push({
      engine,
      what: `${what}, ${(writes / seconds).toFixed(1)} ghi/s`,
      n: list.length,
      p50: p(0.5),
      p95: p(0.95),
      cold: list[0] ?? null,
      target: what.startsWith("task") ? "p95 ≤ 150 ms" : "p95 ≤ 200 ms",
    });
    console.log(`  ${what}: p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms`);
  }
}

async function signIn(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "admin", password }),
  });
  return login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

type Get = (path: string) => Promise<number>;

function getter(url: string, cookie: string): Get {
  return async (path) => {
    const t = performance.now();
    const res = await fetch(`${url}${path}`, { headers: { cookie }, signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`${path}: HTTP ${res.status}`);
    return performance.now() - t;
  };
}

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function measureInto(engine: string, get: Get, what: string, path: string, count: number, warmup: number, target: string) {
  const times: number[] = [];
  let cold: number | null = null;
  try {
    for (let i = 0; i < warmup; i++) {
      const ms = await get(path);
      cold ??= ms;
      console.log(`  khởi động ${what}: ${ms.toFixed(0)} ms`);
    }
    for (let i = 0; i < count; i++) {
      times.push(await get(path));
      cold ??= times[0] ?? null;
    }
  } catch (error) {
    console.log(`  ${what}: ${(error as Error).name === "TimeoutError" ? `quá ${timeoutMs / 1000} s` : (error as Error).message}`);
    rows.push({ engine, what, n: times.length, p50: null, p95: null, cold, target });
    return;
  }
  times.sort((a, b) => a - b);
  rows.push({ engine, what, n: count, p50: pct(times, 0.5), p95: pct(times, 0.95), cold, target });
  console.log(`  ${what}: p50 ${pct(times, 0.5).toFixed(0)} ms, p95 ${pct(times, 0.95).toFixed(0)} ms`);
}

/** Occurrences still open (neither confirmed nor cancelled): progress may be reported on them. */
async function someOccurrences(db: Db): Promise<number[]> {
  const r = (await db.execute(sql`select o.id from task_occurrences o
      where not exists (select 1 from task_events e where e.occurrence_id = o.id and e.type in ('confirm', 'cancel'))
      order by random() limit 500`)) as unknown as { rows: { id: number }[] };
  return r.rows.map((x) => Number(x.id));
}

async function someLeadAgency(db: Db): Promise<string> {
  const r = (await db.execute(
    sql`select agency_id from task_assignees where role = 'lead' and agency_id like 'bench-%' limit 1`,
  )) as unknown as { rows: { agency_id: string }[] };
  return r.rows[0]?.agency_id ?? "";
}

/** A writer of progress events on these occurrences, in turn. */
function writer(url: string, cookie: string, ids: number[]): () => Promise<void> {
  let k = 0;
  return async () => {
    const form = new FormData();
    form.set("type", "progress");
    form.set("text", "Tiếp tục triển khai");
    form.set("percent", String(10 + (k % 80)));
    const id = ids[k++ % ids.length];
    const res = await fetch(`${url}/api/occurrences/${id}/events`, { method: "POST", headers: { cookie, origin: url }, body: form });
    await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`POST event: HTTP ${res.status}`);
  };
}

/** The first request of each kind right after a write (BENCH_AFTER_WRITE_N times each): what a reader waits for. */
async function firstAfterWrite(engine: string, get: Get, write: () => Promise<void>, reads: [string, string, string][]) {
  const k = Number(process.env.BENCH_AFTER_WRITE_N ?? 5);
  for (const [what, path, target] of reads) {
    const times: number[] = [];
    try {
      for (let i = 0; i < k; i++) {
        await write();
        times.push(await get(path));
      }
    } catch (error) {
      console.log(`  ${what} sau khi ghi: ${(error as Error).message}`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    rows.push({
      engine,
      what: `${what}, first after a write`,
      n: times.length,
      p50: pct(sorted, 0.5),
      p95: sorted.at(-1) ?? null,
      cold: times[0] ?? null,
      target,
    });
    console.log(`  ${what} ngay sau khi ghi: ${times.map((t) => t.toFixed(0)).join(", ")} ms`);
  }
}

for (const engine of engines) await run(engine.trim());

const f = (ms: number | null) => (ms === null ? "—" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
console.log(
  `\nQuy mô: ${size.provinces} tỉnh, ${size.zones} khu/cụm, ${size.tasks} nhiệm vụ, ${size.years} năm số liệu tháng; ngày ${today}`,
);
console.log(`| engine   | request                                   |  n | first    | p50      | p95      | target (PostgreSQL) |`);
console.log(`|----------|-------------------------------------------|----|----------|----------|----------|---------------------|`);
for (const r of rows)
  console.log(
    `| ${r.engine.padEnd(8)} | ${r.what.padEnd(41)} | ${String(r.n).padStart(2)} | ${f(r.cold).padEnd(8)} | ${f(r.p50).padEnd(8)} | ${f(r.p95).padEnd(8)} | ${r.target.padEnd(19)} |`,
  );
