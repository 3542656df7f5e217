import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
let reader: Client;
beforeAll(async () => {
  t = await createTestContext();
  reader = await t.as("agency", "so-xay-dung");
});
afterAll(() => t.cleanup());

type Json = Record<string, unknown> & { items: Record<string, unknown>[]; total: number };
const get = (path: string) => reader.get<Json>(path);

describe("administrative units, old ↔ new", () => {
  it("lists the 65 units in force on 1/7/2025", async () => {
    const { body } = await get("/api/units?level=commune,ward&validOn=2025-07-01");
    expect(body.total).toBe(65);
  });

  it("lists the units in force before the reform, with no 2025 unit among them", async () => {
    const { body } = await get("/api/units?level=commune,ward,town&validOn=2025-06-30");
    expect(body.total).toBe(194);
    expect(body.items.every((u) => u.validTo === "2025-06-30")).toBe(true);
  });

  it("an old commune leads to the new one (xã Hòa Sơn → xã Tân Thành)", async () => {
    const { body } = await get("/api/units/huyen-huu-lung.xa-hoa-son");
    expect(body.successors).toEqual([{ id: "xa-tan-thanh", name: "Xã Tân Thành", partial: false, effectiveOn: "2025-07-01" }]);
  });

  it("a new commune lists its predecessors, and a former district its communes", async () => {
    const tanThanh = await get("/api/units/xa-tan-thanh");
    expect((tanThanh.body.predecessors as { name: string }[]).map((p) => p.name).sort()).toEqual([
      "Xã Hòa Lạc",
      "Xã Hòa Sơn",
      "Xã Tân Thành",
    ]);
    expect(tanThanh.body.formerDistrictIds).toEqual(["huyen-huu-lung"]);
    const district = await get("/api/units/huyen-huu-lung");
    const children = district.body.children as { validFrom: string | null }[];
    expect(children.filter((c) => c.validFrom === "2025-07-01")).toHaveLength(8);
  });

  it("finds units by name without accents", async () => {
    const { body } = await get("/api/units?q=ky%20lua");
    expect(body.items.map((u) => u.name)).toEqual(["Phường Kỳ Lừa"]);
  });
});

describe("agencies and sources", () => {
  it("finds the border-zone board under each name the documents use, the misspelt one too", async () => {
    for (const q of ["Ban Quản lý Khu KTCK", "ban quan ly khu kinh te cua khau dong dang", "Đông Đăng - Lạng Sơn"]) {
      const { body } = await get(`/api/agencies?q=${encodeURIComponent(q)}`);
      expect(body.items.map((a) => a.id)).toContain("ban-quan-ly-khu-ktck");
    }
  });

  it("keeps a merged department with its successor", async () => {
    const { body } = await get("/api/agencies/so-tai-chinh");
    expect((body.predecessors as { id: string }[]).map((p) => p.id)).toEqual(["so-ke-hoach-va-dau-tu"]);
  });

  it("answers 'as of' a date: mid-2024 figures before the plan", async () => {
    const before = await get("/api/figures?metric=status.established.count&asOf=2024-12-31");
    expect(before.body.items.map((f) => [f.value, f.sourceDocumentId])).toEqual([[9, "seed-002"]]);
    const after = await get("/api/figures?metric=status.established.count");
    expect(after.body.total).toBe(2);
  });

  it("computes the plan's targets from the registry", async () => {
    const { body } = await get("/api/targets");
    const t2025 = body.items.find((t) => t.id === "t-2025-operating-30") as { actual: { actual: number; met: boolean; zoneIds: string[] } };
    expect(t2025.actual).toMatchObject({ actual: 1, met: false, zoneIds: ["ccn-dia-phuong-so-2"] });
  });

  it("serves the OpenAPI document with every route", async () => {
    const { body } = await get("/api/docs");
    expect(Object.keys(body.paths as object)).toEqual(
      expect.arrayContaining(["/api/zones", "/api/zones/{id}", "/api/units", "/api/agencies"]),
    );
  });

  it("answers 404 in Vietnamese on an unknown API path, and sends security headers", async () => {
    const res = await reader.request("/api/khong-co");
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe("Không có địa chỉ API này.");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
  });
});
