import { type Role, roles } from "@dondoc/domain";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../test/support/test-database";
import { routes } from "../routes";

/**
 * Reads write nothing (issue 16): every GET route of the route list (the one the access table
 * checks) is called by every role, with ids that exist, and the row count of every table is the
 * same afterwards. Occurrences are written by sync-occurrences.ts only, never by a read — a task
 * list asked for a date past the occurrence horizon used to create the missing periods.
 */

let t: TestContext;
const clients = new Map<Role | "anonymous", Client>();
const sample = new Map<string, string>();

async function rowCounts(): Promise<Record<string, number>> {
  const db = t.database.db;
  const tables = (
    (await db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )) as unknown as { rows: { table_name: string }[] }
  ).rows.map((r) => r.table_name);
  const out: Record<string, number> = {};
  for (const name of tables) {
    const r = (await db.execute(sql`select count(*)::int as n from ${sql.identifier(name)}`)) as unknown as { rows: { n: number }[] };
    out[name] = Number(r.rows[0]?.n);
  }
  return out;
}

const one = async (query: ReturnType<typeof sql>): Promise<string> => {
  const r = (await t.database.db.execute(query)) as unknown as { rows: { v: string }[] };
  const v = r.rows[0]?.v;
  if (v === undefined) throw new Error(`no sample row for ${JSON.stringify(query)}`);
  return String(v);
};

beforeAll(async () => {
  t = await createTestContext();
  clients.set("anonymous", t.anonymous);
  for (const role of roles) clients.set(role, await t.as(role, role === "agency" ? "so-xay-dung" : null));
  // a recurring task: its later periods are what a read past the horizon used to create
  const recurring = await one(sql`select id as v from tasks where deadline->>'kind' like 'recurring%' order by id limit 1`);
  const obligation = await one(sql`select id as v from report_obligations order by id limit 1`);
  const ids: Record<string, string> = {
    "/api/zones/:id": "ccn-hoa-son-1",
    "/api/zones/:id/land-clearance": "kcn-vsip-lang-son",
    "/api/zones/:id/progress": "ccn-hoa-son-1",
    "/api/public/zones/:id": "ccn-hoa-son-1",
    "/api/units/:id": await one(sql`select id as v from admin_units order by id limit 1`),
    "/api/agencies/:id": "so-xay-dung",
    "/api/documents/:id": "seed-000",
    "/api/meetings/:id": await one(sql`select id as v from meetings order by id limit 1`),
    "/api/tasks/:id": recurring,
    "/api/attachments/:id": "999999",
    "/api/reader/drafts/:id": "khong-co",
    "/api/reader/progress/:token": "khong-co",
    "/api/geo/:layer": "province",
  };
  const query: Record<string, string> = {
    "/api/scorecards": "?from=2026-01-01&to=2026-11-25",
    "/api/reports/monthly": "?period=2026-10",
    "/api/reports/annual": "?year=2025&format=xlsx",
    "/api/reports/briefing": "?zoneId=ccn-hoa-son-1",
    "/api/tasks": "?asOf=2027-12-31",
    "/api/tasks.xlsx": "?asOf=2027-12-31",
    "/api/tasks/:id": "?asOf=2027-12-31",
    "/api/dashboard": "?since=2026-01-01",
  };
  for (const r of routes.filter((r) => r.method === "get")) {
    let path = r.path;
    if (path === "/api/obligations/:id/periods/:period") path = `/api/obligations/${encodeURIComponent(obligation)}/periods/2026-10`;
    else if (ids[path]) path = path.replace(/:[a-z]+/i, ids[r.path] as string);
    if (path.includes(":")) throw new Error(`no sample for ${r.path}`);
    sample.set(r.path, path + (query[r.path] ?? ""));
  }
});
afterAll(() => t.cleanup());

describe("GET requests write nothing", () => {
  it("a tour of every GET route by every role leaves the row count of every table unchanged", async () => {
    expect(sample.size).toBeGreaterThan(30);
    const before = await rowCounts();
    expect(before.task_occurrences).toBeGreaterThan(0);
    const statuses: string[] = [];
    for (const [route, path] of sample)
      for (const [who, client] of clients) {
        const res = await client.request(path);
        await res.arrayBuffer();
        statuses.push(`${route} ${who} ${res.status}`);
        expect({ route, who, status: res.status }).not.toEqual({ route, who, status: 500 });
      }
    // the tour did read: the admin got answers, not only refusals
    expect(statuses.filter((s) => s.endsWith(" admin 200")).length).toBeGreaterThan(25);
    expect(await rowCounts()).toEqual(before);
  });
});
