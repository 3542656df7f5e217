import { type Permission, type Role, roles } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../test/support/test-database";
import { routes } from "../routes";

/**
 * Every route × every role. The table below is the intended rule of each route; a route missing
 * from it fails the first test, so no route can be added without deciding who may call it.
 */
const rules: Record<string, Permission> = {
  "GET /api/health": "public",
  "POST /api/auth/login": "public",
  "POST /api/auth/logout": "public", // any account, the public role's included, may end its session
  "GET /api/auth/me": "signed-in",
  "POST /api/auth/change-password": "signed-in",
  "GET /api/users": "users:manage",
  "POST /api/users": "users:manage",
  "PATCH /api/users/:id": "users:manage",
  "POST /api/users/:id/reset-password": "users:manage",
  "GET /api/audit": "audit:read",
  "GET /api/zones": "registry:read",
  "GET /api/zones.xlsx": "registry:read",
  "POST /api/zones/import": "registry:edit",
  "GET /api/zones/:id": "registry:read",
  "POST /api/zones": "registry:edit",
  "PATCH /api/zones/:id": "registry:read", // which zone and fields: canEditZone (tested in the IDOR tests)
  "GET /api/units": "registry:read",
  "GET /api/units/:id": "registry:read",
  "GET /api/agencies": "registry:read",
  "GET /api/agencies/:id": "registry:read",
  "GET /api/documents": "registry:read",
  "GET /api/documents/:id": "tasks:read",
  "GET /api/meetings": "tasks:read",
  "GET /api/meetings/:id": "tasks:read",
  "GET /api/tasks": "tasks:read",
  "GET /api/tasks.xlsx": "tasks:read",
  "GET /api/tasks/:id": "tasks:read",
  "POST /api/occurrences/:id/events": "tasks:read", // which event on which task: canReportOnTask / canManageTasks
  "GET /api/attachments/:id": "tasks:read",
  "GET /api/scorecards": "tasks:read",
  "GET /api/scorecards.xlsx": "tasks:read",
  "GET /api/notifications": "tasks:read",
  "GET /api/queue": "tasks:manage",
  "GET /api/public/plan": "public",
  "GET /api/public/zones": "public",
  "GET /api/public/zones.csv": "public",
  "GET /api/public/zones.geojson": "public",
  "GET /api/public/zones/:id": "public",
  "POST /api/public/enquiries": "public",
  "GET /api/enquiries": "enquiries:answer",
  "POST /api/enquiries/:id/answer": "enquiries:answer",
  "POST /api/zones/:id/publication": "registry:edit",
  "GET /api/reports/monthly": "reports:read",
  "GET /api/reports/annual": "reports:read",
  "GET /api/reports/briefing": "reports:read",
  "POST /api/reports/monthly/:period/issue": "tasks:report", // only Sở Công Thương (and admins): canReportOnTask on its duty
  "POST /api/reports/annual/:year/issue": "tasks:report",
  "GET /api/dashboard": "reports:read",
  "GET /api/dashboard.xlsx": "reports:read",
  "GET /api/zones/:id/land-clearance": "registry:read",
  "POST /api/zones/:id/land-clearance": "registry:read", // which zone and commune: canReportLandClearance
  "GET /api/zones/:id/progress": "registry:read",
  "POST /api/zones/:id/milestones": "registry:read", // which zone: canReportProgress
  "POST /api/zones/:id/tenant-projects": "registry:read", // which zone: canReportProgress
  "POST /api/tenant-projects/:id/reports": "registry:read", // which project's zone: canReportProgress
  "GET /api/progress/template.xlsx": "registry:read",
  "POST /api/progress/import": "registry:read", // row by row: canReportProgress, canReportLandClearance
  "GET /api/obligations": "tasks:read",
  "GET /api/reporting/inbox": "tasks:read",
  "GET /api/obligations/:id/periods/:period": "tasks:read", // which obligation: canSeePeriodSubmissions
  "POST /api/obligations/:id/periods/:period/submissions": "tasks:report", // which period: canSubmitReport
  "POST /api/reader/drafts": "tasks:manage",
  "GET /api/reader/drafts/:id": "tasks:manage",
  "DELETE /api/reader/drafts/:id": "tasks:manage",
  "POST /api/reader/drafts/:id/confirm": "tasks:manage",
  "GET /api/reader/progress/:token": "tasks:manage",
  "POST /api/notifications/:id/read": "tasks:read",
  "POST /api/notifications/read-all": "tasks:read",
  "GET /api/figures": "registry:read",
  "GET /api/targets": "registry:read",
  "GET /api/geo/:layer": "public",
  "GET /api/map-config": "public",
};

/** Who holds each permission, written out here rather than read from the code under test. */
const holders: Record<Permission, Role[]> = {
  public: [...roles],
  "signed-in": ["admin", "leader", "office", "agency", "investor"],
  "registry:read": ["admin", "leader", "office", "agency", "investor"],
  "registry:edit": ["admin", "agency"],
  "zone-figures:edit": ["investor"],
  "users:manage": ["admin"],
  "audit:read": ["admin", "office"],
  "tasks:read": ["admin", "leader", "office", "agency", "investor"],
  "tasks:manage": ["admin", "office"],
  "tasks:report": ["admin", "agency", "investor"],
  "enquiries:answer": ["admin", "agency"],
  "reports:read": ["admin", "leader", "office", "agency"],
};

const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;
const samplePath = (path: string) =>
  path
    .replace(":layer", "province")
    .replace(":period/issue", "2026-11/issue")
    .replace(":year/issue", "2026/issue")
    .replace("/api/zones/:id", "/api/zones/ccn-hoa-son-1")
    .replace("/api/zones/:id/land-clearance", "/api/zones/kcn-vsip-lang-son/land-clearance")
    .replace("/api/documents/:id", "/api/documents/seed-000")
    .replace(/\/api\/(occurrences|attachments|notifications)\/:id/, "/api/$1/999999")
    .replace(":id", "khong-co")
    .concat(
      path === "/api/scorecards" || path === "/api/scorecards.xlsx"
        ? "?from=2025-01-01&to=2025-12-31"
        : path === "/api/reports/monthly"
          ? "?period=2026-11"
          : "",
    )
    .concat(path === "/api/reports/annual" ? "?year=2026&format=xlsx" : path === "/api/reports/briefing" ? "?zoneId=ccn-hoa-son-1" : "");

let t: TestContext;
const clients = new Map<Role | "anonymous", Client>();
beforeAll(async () => {
  t = await createTestContext();
  clients.set("anonymous", t.anonymous);
  for (const role of roles) clients.set(role, await t.as(role, role === "agency" ? "so-xay-dung" : null));
});
afterAll(() => t.cleanup());

describe("access rules", () => {
  it("every route has a rule in this table, and the table names no route that does not exist", () => {
    expect(routes.map(key).sort()).toEqual(Object.keys(rules).sort());
  });

  it("every route declares the permission its rule says", () => {
    for (const r of routes) expect({ route: key(r), access: r.access }).toEqual({ route: key(r), access: rules[key(r)] });
  });

  const cases = routes
    .filter((r) => key(r) !== "POST /api/auth/logout")
    .flatMap((r) => (["anonymous", ...roles] as const).map((who) => ({ route: r, who })));

  it.each(cases.map((c) => [key(c.route), c.who, c] as const))("%s as %s", async (_k, who, { route }) => {
    const client = clients.get(who) as Client;
    const res = await client.request(samplePath(route.path), {
      method: route.method.toUpperCase(),
      headers: route.method === "get" || route.method === "delete" ? {} : { "content-type": "application/json" },
      ...(route.method === "get" || route.method === "delete" ? {} : { body: "{}" }),
    });
    const permission = rules[key(route)] as Permission;
    const allowed = who === "anonymous" ? permission === "public" : holders[permission].includes(who);
    if (allowed) expect([401, 403]).not.toContain(res.status);
    else expect(res.status).toBe(who === "anonymous" ? 401 : 403);
  });

  it("logout is open to every signed-in role and closes the session", async () => {
    for (const role of roles) {
      const c = await t.as(role);
      const res = await c.request("/api/auth/logout", { method: "POST" });
      expect(res.status).toBe(200);
      expect((await c.request("/api/auth/me")).status).toBe(401);
    }
  });
});

describe("least privilege for investors (canSeeZoneInternals)", () => {
  type Zone = { id: string };
  it("an investor reads its own zone's progress and land clearance, and gets 404 for another zone's", async () => {
    const tanDaiNam = await t.as("investor", "ld-tan-dai-nam"); // Hòa Sơn 1
    expect((await tanDaiNam.request("/api/zones/ccn-hoa-son-1/progress")).status).toBe(200);
    expect((await tanDaiNam.request("/api/zones/ccn-hoa-son-1/land-clearance")).status).toBe(200);
    for (const path of [
      "/api/zones/kcn-vsip-lang-son/progress",
      "/api/zones/kcn-vsip-lang-son/land-clearance",
      "/api/zones/ccn-ho-son-1/progress",
    ]) {
      const res = await tanDaiNam.get<{ error: { message: string } }>(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.body.error.message).toBe("Không tìm thấy khu, cụm này.");
    }
    // the office and the agencies still read every zone's
    const office = clients.get("office") as Client;
    expect((await office.request("/api/zones/kcn-vsip-lang-son/land-clearance")).status).toBe(200);
  });

  it("an unpublished zone of another investor is 404 to an investor, as if it did not exist", async () => {
    const created = await t.admin.send<Zone & { published: boolean }>("POST", "/api/zones", {
      kind: "CCN",
      name: "CCN Chưa Công Bố",
      stage: "planned",
    });
    expect(created.body.published).toBe(false);
    const hidden = created.body;
    const tanDaiNam = await t.as("investor", "ld-tan-dai-nam");
    expect((await tanDaiNam.request(`/api/zones/${hidden?.id}`)).status).toBe(404);
    expect((await t.admin.request(`/api/zones/${hidden?.id}`)).status).toBe(200);
  });

  it("land clearance is entered only for the zone's own communes, by an investor and by the maintaining agency", async () => {
    const vsip = await t.as("investor", "cty-vsip-lang-son");
    const board = await t.as("agency", "ban-quan-ly-khu-ktck");
    for (const client of [vsip, board]) {
      const res = await client.send("POST", "/api/zones/kcn-vsip-lang-son/land-clearance", {
        unitId: "tinh-lang-son",
        reportedOn: "2026-11-20",
        householdsCounted: 1,
      });
      expect(res.status).toBe(403);
    }
  });
});
