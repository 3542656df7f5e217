import type { PlanRow, PublicZone } from "@dondoc/domain";
import { getTableColumns } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";
import { accounts, auditLog, enquiries, meetings, notifications, sessions, taskEvents, tasks, users, zoneFacts } from "../../db/schema";
import { routes } from "../../routes";

/**
 * Nothing internal reaches the public: internal records are given distinctive values, then every
 * public route and portal page is fetched and searched for them; and every key of the public JSON
 * is on the public whitelist.
 */
const MARK = "7781";
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  const board = await t.as("agency", "ban-quan-ly-khu-ktck");
  await t.admin.send("PATCH", "/api/zones/ccn-hoa-son-1", { note: `GHI CHÚ NỘI BỘ ${MARK}`, contact: "Phòng kinh doanh, 0205 000 000" });
  await t.admin.send("POST", "/api/users", { username: `bi-mat-${MARK}`, name: `Cán Bộ Bí Mật ${MARK}`, role: "leader", agencyId: null });
  const lines = (await board.get<{ items: { taskId: string; occurrenceId: number }[] }>("/api/tasks")).body.items;
  const form = new FormData();
  form.set("type", "progress");
  form.set("text", `TIẾN ĐỘ NỘI BỘ ${MARK}`);
  await board.request(`/api/occurrences/${lines.find((l) => l.taskId === "seed-004-t12")?.occurrenceId}/events`, {
    method: "POST",
    body: form,
  });
  await t.anonymous.send(
    "POST",
    "/api/public/enquiries",
    {
      name: `Người Hỏi ${MARK}`,
      email: `nguoi-hoi-${MARK}@example.com`,
      zoneId: "ccn-hoa-son-1",
      message: `câu hỏi riêng ${MARK}`,
      consent: "on",
    },
    { "x-forwarded-for": "198.51.100.77" },
  );
});
afterAll(() => t.cleanup());

const PUBLIC_KEYS = new Set<string>([
  ...(Object.keys({
    id: 0,
    kind: 0,
    name: 0,
    stage: 0,
    phase: 0,
    fundingSource: 0,
    formerDistrict: 0,
    communes: 0,
    areaHa: 0,
    industrialLandHa: 0,
    leasedLandHa: 0,
    freeLandHa: 0,
    occupancy: 0,
    totalInvestmentMillionVnd: 0,
    investor: 0,
    contact: 0,
    establishmentDecision: 0,
    industries: 0,
    rentalPrice: 0,
    location: 0,
    sources: 0,
    plan: 0,
  } satisfies Record<keyof PublicZone, 0>) as string[]),
  ...(Object.keys({ zoneId: 0, table: 0, row: 0, entryKind: 0, areaHa: 0, investmentMillionVnd: 0 } satisfies Record<
    keyof PlanRow,
    0
  >) as string[]),
  "number",
  "date",
  "lat",
  "lon",
  "approximate", // nested in establishmentDecision and location
  "items",
  "total",
  "licence",
  "asOf",
  "asOfLabel",
  "url",
  "attribution",
  "ok",
  "message", // envelopes
  "type",
  "features",
  "geometry",
  "coordinates",
  "properties", // GeoJSON
  "byStage",
  "totals",
  "byTable",
  "byDistrict",
  "district",
  "label",
  "count",
  "expansions",
  "rows",
  "investmentMillionVnd", // the plan's figures (/api/public/plan)
]);

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

describe("what the public sees", () => {
  it("contains no internal value and no key outside the public whitelist, on every public route and page", async () => {
    const ids = (await t.anonymous.get<{ items: PublicZone[] }>("/api/public/zones")).body.items.map((z) => z.id);
    const publicApi = routes
      .filter((r) => r.access === "public" && r.method === "get" && r.path.startsWith("/api/public/"))
      .map((r) => r.path);
    expect(publicApi.sort()).toEqual([
      "/api/public/plan",
      "/api/public/zones",
      "/api/public/zones.csv",
      "/api/public/zones.geojson",
      "/api/public/zones/:id",
    ]);
    const paths = [
      ...publicApi.filter((p) => !p.includes(":id")),
      ...ids.map((id) => `/api/public/zones/${id}`),
      "/portal",
      "/en/portal",
      "/portal/policies",
      "/en/portal/policies",
      ...ids.flatMap((id) => [`/portal/zones/${id}`, `/en/portal/zones/${id}`]),
      "/sitemap.xml",
      "/robots.txt",
    ];
    for (const path of paths) {
      const res = await t.anonymous.request(path);
      const body = await res.text();
      expect({ path, leaked: body.includes(MARK) }).toEqual({ path, leaked: false });
      if (path.startsWith("/api/public/") && !path.endsWith(".csv")) {
        const extra = [...keysOf(JSON.parse(body))].filter((k) => !PUBLIC_KEYS.has(k));
        expect({ path, extra }).toEqual({ path, extra: [] });
      }
    }
  });

  it("the internal fields the marks were written to exist in the schema (so the test above looks at real data)", async () => {
    const internal = { users, accounts, sessions, auditLog, tasks, taskEvents, meetings, enquiries, notifications, zoneFacts };
    const columns = Object.entries(internal).flatMap(([table, cols]) => Object.keys(getTableColumns(cols)).map((c) => `${table}.${c}`));
    expect(columns).toEqual(
      expect.arrayContaining(["users.name", "taskEvents.text", "enquiries.email", "auditLog.actorName", "zoneFacts.recordedBy"]),
    );
    const audit = await t.admin.get<{ items: { actorName: string; after: unknown }[] }>("/api/audit");
    expect(JSON.stringify(audit.body)).toContain(MARK); // the marks really are stored internally
  });
});
