import { AppError } from "@dondoc/domain";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientOf, createTestContext, type TestContext } from "../../test/support/test-database";
import { setLogLevel } from "../log";
import { routes } from "../routes";
import { handleError } from "./errors";

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

type Err = { error: { code: string; message: string } };

describe("IDOR: an account reaches only what is its own", () => {
  it("an investor reports its own cluster's figures, not another's, and not the planning figures", async () => {
    const investor = await t.as("investor", "ld-tan-dai-nam"); // Hòa Sơn 1's consortium
    expect((await investor.send("PATCH", "/api/zones/ccn-hoa-son-1", { leasedLandHa: 5, industrialLandHa: 50 })).status).toBe(200);
    const other = await investor.send<Err>("PATCH", "/api/zones/ccn-ho-son-1", { leasedLandHa: 5 });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe("Bạn không có quyền sửa các thông tin này của khu, cụm này.");
    expect((await investor.send("PATCH", "/api/zones/ccn-hoa-son-1", { areaHa: 1 })).status).toBe(403);
    expect((await investor.send("POST", "/api/zones", { kind: "CCN", name: "CCN Của Tôi", stage: "planned" })).status).toBe(403);
  });

  it("Sở Công Thương edits clusters; the border-zone board edits the KCN; neither the other's", async () => {
    const sct = await t.as("agency", "so-cong-thuong");
    const board = await t.as("agency", "ban-quan-ly-khu-ktck");
    expect((await sct.send("PATCH", "/api/zones/kcn-vsip-lang-son", { note: "x" })).status).toBe(403);
    expect((await board.send("PATCH", "/api/zones/ccn-tan-van", { note: "x" })).status).toBe(403);
    expect((await board.send("PATCH", "/api/zones/kcn-vsip-lang-son", { note: "Ghi chú của Ban" })).status).toBe(200);
    // nor by changing a zone's kind into one's own
    expect((await board.send("PATCH", "/api/zones/ccn-tan-van", { kind: "KCN" })).status).toBe(403);
  });

  it("an officer of an agency that maintains nothing cannot change any zone", async () => {
    const other = await t.as("agency", "so-xay-dung");
    for (const id of ["ccn-hoa-son-1", "kcn-vsip-lang-son", "kkt-dong-dang-lang-son"]) {
      expect((await other.send("PATCH", `/api/zones/${id}`, { note: "x" })).status).toBe(403);
    }
  });
});

describe("audit log", () => {
  it("records who changed what, before and after, under the request's id", async () => {
    const sct = await t.as("agency", "so-cong-thuong");
    const res = await sct.request("/api/zones/ccn-chi-lang", {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ areaHa: 25 }),
    });
    expect(res.status).toBe(200);
    const requestId = res.headers.get("x-request-id");
    const log = await t.admin.get<{ items: { actorId: string; action: string; before: unknown; after: unknown; requestId: string }[] }>(
      "/api/audit?entity=zone&entityId=ccn-chi-lang",
    );
    expect(log.body.items[0]).toMatchObject({
      actorId: sct.userId,
      action: "update",
      before: { areaHa: 24.55 },
      after: { areaHa: 25 },
      requestId,
    });
  });

  it("cannot be changed or deleted, even in the database", async () => {
    await expect(t.database.db.execute(sql`update audit_log set actor_name = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    expect(routes.filter((r) => r.path.startsWith("/api/audit") && r.method !== "get")).toEqual([]);
  });

  it("is readable by the office, not by an agency officer", async () => {
    expect((await (await t.as("office")).request("/api/audit")).status).toBe(200);
    expect((await (await t.as("agency", "so-cong-thuong")).request("/api/audit")).status).toBe(403);
  });
});

describe("sign-in", () => {
  it("a one-time password must be changed before anything else; the session cookie is HttpOnly and SameSite", async () => {
    const created = await t.admin.send<{ user: { id: string }; oneTimePassword: string }>("POST", "/api/users", {
      username: "can-bo-moi",
      name: "Cán bộ Mới",
      role: "leader",
      agencyId: null,
    });
    expect(created.status).toBe(201);
    const res = await t.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "can-bo-moi", password: created.body.oneTimePassword }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("dondoc.session_token")) ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const c = clientOf(t.app, cookie.split(";")[0] ?? "");
    expect((await c.request("/api/zones")).status).toBe(403);
    const changed = await c.send("POST", "/api/auth/change-password", {
      currentPassword: created.body.oneTimePassword,
      newPassword: "mat-khau-moi-cua-toi",
    });
    expect(changed.status).toBe(200);
    expect((await c.request("/api/zones")).status).toBe(200);
  });

  it("a disabled account cannot sign in and its sessions end", async () => {
    const user = await t.as("office");
    expect((await t.admin.send("PATCH", `/api/users/${user.userId}`, { disabled: true })).status).toBe(200);
    expect((await user.request("/api/auth/me")).status).toBe(401);
    expect((await t.anonymous.send("POST", "/api/auth/login", { username: user.username, password: "mat-khau-thu-nghiem" })).status).toBe(
      401,
    );
  });
});

describe("hardening", () => {
  it("refuses a cross-site write (CSRF)", async () => {
    const sct = await t.as("agency", "so-cong-thuong");
    const evil = await sct.send<Err>("PATCH", "/api/zones/ccn-tan-van", { note: "x" }, { origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    expect(evil.body.error.message).toMatch(/CSRF/);
    expect((await sct.send("PATCH", "/api/zones/ccn-tan-van", { note: "x" }, { "sec-fetch-site": "cross-site" })).status).toBe(403);
  });

  it("never shows a stack trace, SQL or a file path, whatever fails inside", async () => {
    const app = new Hono();
    app.onError(handleError);
    app.get("/boom", () => {
      throw new Error('select * from "users" at /work/main/packages/server/src/x.ts:1');
    });
    app.get("/known", () => {
      throw new AppError("conflict", "Đã có.");
    });
    setLogLevel("silent"); // the error is logged server-side; the test looks at what the client gets
    const res = await app.request("/boom");
    setLogLevel("warn");
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).not.toMatch(/select|users|\/work|\.ts|at /);
    expect(JSON.parse(text).error.message).toMatch(/Đã có lỗi trong hệ thống/);
    expect((await app.request("/known")).status).toBe(409);
  });

  it("answers 4xx, never 5xx, to generated bodies on every route that takes one", async () => {
    const bodyRoutes = routes.filter((r) => r.body && r.path !== "/api/auth/change-password");
    const json = fc.jsonValue({ maxDepth: 3 });
    const shaped = fc.dictionary(
      fc.constantFrom(
        "username",
        "password",
        "name",
        "role",
        "agencyId",
        "kind",
        "stage",
        "areaHa",
        "communeIds",
        "location",
        "disabled",
        "newPassword",
      ),
      json,
    );
    for (const route of bodyRoutes) {
      const path = route.path.replace("/api/zones/:id", "/api/zones/ccn-tan-van").replace(":id", "khong-co");
      await fc.assert(
        fc.asyncProperty(fc.oneof(json, shaped), async (body) => {
          const res = await t.admin.request(path, {
            method: route.method.toUpperCase(),
            headers: { "content-type": "application/json" },
            body: JSON.stringify(body),
          });
          expect(res.status).toBeLessThan(500);
        }),
        { numRuns: 40 },
      );
    }
  });
});
