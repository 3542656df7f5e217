import { type ChildProcess, spawn } from "node:child_process";
import pg from "pg";
import { startTempPostgres } from "./postgres-temp";

/**
 * `npm run bench:soak`: two app instances on one throw-away PostgreSQL, driven alternately (round
 * robin) by 200 virtual users for 60 s mixing reads, task progress, zone edits and uploads; the
 * second instance is SIGKILLed at 30 s and restarted. Prints requests, errors by status, latency
 * percentiles, acknowledged writes and how many are found afterwards, and reminders per (item,
 * person, day). Numbers, not a test.
 */
const USERS = Number(process.env.SOAK_USERS ?? 200);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const password = "mat-khau-do-hieu-nang";
const db = await startTempPostgres();
const ports = [3301 + Math.floor(Math.random() * 500), 0];
ports[1] = (ports[0] as number) + 1;
const env = {
  ...process.env,
  DATABASE_URL: db.url,
  LOG_LEVEL: "silent",
  DONDOC_ADMIN_PASSWORD: password,
  HOST: "127.0.0.1",
  REMINDER_INTERVAL_SECONDS: "5",
};
const instances: (ChildProcess | null)[] = [null, null];
const up = [false, false];

async function start(i: number) {
  instances[i] = spawn("npx", ["tsx", "packages/server/src/main.ts"], {
    env: { ...env, PORT: String(ports[i]) },
    stdio: "ignore",
    detached: true,
  });
  for (let n = 0; n < 600; n++) {
    try {
      if ((await fetch(`http://127.0.0.1:${ports[i]}/api/health`)).ok) {
        up[i] = true;
        return;
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`instance ${i} did not start`);
}
function kill(i: number) {
  up[i] = false;
  const p = instances[i];
  if (p?.pid) process.kill(-p.pid, "SIGKILL");
}

await start(0); // migrates and seeds first
await start(1);
const login = await fetch(`http://127.0.0.1:${ports[0]}/api/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "admin", password }),
});
const cookie = login.headers
  .getSetCookie()
  .map((c) => c.split(";")[0])
  .join("; ");
const tasks = (await (await fetch(`http://127.0.0.1:${ports[0]}/api/tasks`, { headers: { cookie } })).json()) as {
  items: { occurrenceId: number; status: string }[];
};
const occurrences = tasks.items.filter((l) => !["done-on-time", "done-late", "cancelled"].includes(l.status)).map((l) => l.occurrenceId);
const zonesToEdit = ["ccn-tan-van", "ccn-chi-lang", "ccn-hoa-son-1", "ccn-ho-son-1"];
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF");

const times: number[] = [];
const statuses = new Map<string, number>();
const acknowledged = { zoneNotes: [] as string[], progress: [] as string[] };
let requests = 0;
let rr = 0;
let seq = 0;
const count = (k: string) => statuses.set(k, (statuses.get(k) ?? 0) + 1);
const started = performance.now();
const elapsed = () => (performance.now() - started) / 1000;

async function one(vu: number) {
  const target = rr++ % 2;
  if (!up[target]) {
    count("skipped (instance restarting)");
    await new Promise((r) => setTimeout(r, 100));
    return;
  }
  const base = `http://127.0.0.1:${ports[target]}`;
  const roll = (vu * 7919 + seq) % 100;
  const id = `soak-${++seq}`;
  let request: Promise<Response>;
  let onOk: (() => void) | null = null;
  if (roll < 60) {
    const path = ["/api/zones?pageSize=100", "/api/tasks", "/api/dashboard", "/api/public/zones", "/api/zones/ccn-hoa-son-1"][roll % 5];
    request = fetch(`${base}${path}`, { headers: { cookie } });
  } else if (roll < 75) {
    const zone = zonesToEdit[roll % zonesToEdit.length];
    request = fetch(`${base}/api/zones/${zone}`, {
      method: "PATCH",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ note: id }),
    });
    onOk = () => acknowledged.zoneNotes.push(id);
  } else {
    const form = new FormData();
    form.set("type", "progress");
    form.set("text", id);
    if (roll >= 90) form.append("files", new File([pdf], `${id}.pdf`));
    request = fetch(`${base}/api/occurrences/${occurrences[seq % occurrences.length]}/events`, {
      method: "POST",
      headers: { cookie },
      body: form,
    });
    onOk = () => acknowledged.progress.push(id);
  }
  const t0 = performance.now();
  requests++;
  try {
    const res = await request;
    await res.arrayBuffer();
    times.push(performance.now() - t0);
    count(String(res.status));
    if (res.status < 300) onOk?.();
  } catch {
    count(`connection error (instance ${target + 1})`);
  }
}

let killedAt = 0;
const chaos = (async () => {
  await new Promise((r) => setTimeout(r, (SECONDS / 2) * 1000));
  killedAt = elapsed();
  kill(1);
  await start(1);
  console.log(`instance 2 SIGKILLed at ${killedAt.toFixed(1)} s, back at ${elapsed().toFixed(1)} s`);
})();
await Promise.all(
  Array.from({ length: USERS }, async (_, vu) => {
    while (elapsed() < SECONDS) await one(vu);
  }),
);
await chaos;
await new Promise((r) => setTimeout(r, 6000)); // one more reminder round on both instances

const client = new pg.Client({ connectionString: db.url });
await client.connect();
const foundNotes = new Set(
  (
    await client.query<{ v: string }>("select value #>> '{}' as v from zone_facts where field = 'note' and value #>> '{}' like 'soak-%'")
  ).rows.map((r) => r.v),
);
const foundProgress = new Set(
  (await client.query<{ t: string }>("select text as t from task_events where text like 'soak-%'")).rows.map((r) => r.t),
);
const duplicates = await client.query<{ n: string }>(
  `select count(*) as n from (select occurrence_id, agency_id, kind, (created_at at time zone 'Asia/Ho_Chi_Minh')::date
     from notifications where occurrence_id is not null group by 1, 2, 3, 4 having count(*) > 1) d`,
);
const reminders = await client.query<{ n: string }>("select count(*) as n from notifications");
await client.end();
for (const i of [0, 1]) kill(i);
db.stop();

times.sort((a, b) => a - b);
const p = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(0);
const lostNotes = acknowledged.zoneNotes.filter((id) => !foundNotes.has(id)).length;
const lostProgress = acknowledged.progress.filter((id) => !foundProgress.has(id)).length;
console.log(`soak: ${USERS} virtual users, ${SECONDS} s, 2 instances on one PostgreSQL (${db.version})`);
console.log(`requests: ${requests}  (${(requests / SECONDS).toFixed(0)} req/s)`);
console.log(`by status: ${[...statuses].map(([k, v]) => `${k}: ${v}`).join(", ")}`);
console.log(`latency: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms`);
console.log(
  `acknowledged writes: ${acknowledged.zoneNotes.length} zone edits (${lostNotes} not found afterwards), ${acknowledged.progress.length} task progress/uploads (${lostProgress} not found afterwards)`,
);
console.log(`reminders: ${reminders.rows[0]?.n} notifications; (item, person, kind, day) sent more than once: ${duplicates.rows[0]?.n}`);
process.exit(0);
