import type { ZoneDetail, ZoneList } from "@dondoc/domain";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
/** an officer of Sở Công Thương, which maintains the clusters (CCN) */
let sct: Client;
/** a provincial leader: reads everything, changes nothing */
let leader: Client;
beforeAll(async () => {
  t = await createTestContext();
  sct = await t.as("agency", "so-cong-thuong");
  leader = await t.as("leader");
});
afterAll(() => t.cleanup());

type ErrorBody = { error?: { code: string; message: string; details: { path: string; message: string }[] } };
const get = <T>(path: string) => leader.get<T>(path);
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  sct.send<Record<string, unknown> & ErrorBody>(method, path, body, headers);
const names = (list: ZoneList) => list.items.map((z) => z.name);

const PLAN_CLUSTERS = [
  "CCN Bắc Lãng",
  "CCN Bắc Sơn 2",
  "CCN Chi Lăng",
  "CCN Đình Lập",
  "CCN Đồng Mỏ",
  "CCN Hồ Sơn 1",
  "CCN Hồ Sơn 2",
  "CCN Hòa Sơn 1",
  "CCN Hòa Sơn 3",
  "CCN Hợp Thành 1",
  "CCN Hợp Thành 2",
  "CCN Lộc Bình 1",
  "CCN Minh Sơn",
  "CCN Na Dương 1",
  "CCN Na Dương 2",
  "CCN Na Dương 3",
  "CCN phía Đông Nam thị trấn Đồng Mỏ",
  "CCN Quảng Lạc",
  "CCN số 1 Kháng Chiến",
  "CCN Tân Thành 3",
  "CCN Tân Văn",
  "CCN Văn Lãng",
  "CCN Văn Lãng 2",
  "CCN Địa phương số 2",
];

describe("GET /api/zones", () => {
  it("kind=CCN lists the 24 clusters of the plan and nothing invented", async () => {
    const { status, body } = await get<ZoneList>("/api/zones?kind=CCN&pageSize=100");
    expect(status).toBe(200);
    expect(body.total).toBe(24);
    expect(new Set(names(body))).toEqual(new Set(PLAN_CLUSTERS));
    expect(body.totals.areaHa).toBe(1126.77); // 1.156,77 ha of the plan less Na Dương 1's future 30 ha expansion
  });

  it.each([["hoa%20son"], ["Ho%C3%A0%20S%C6%A1n"], ["H%C3%B2a%20S%C6%A1n"], ["HOA%20SON"]])(
    "q=%s finds Hòa Sơn 1 and Hòa Sơn 3",
    async (q) => {
      const { body } = await get<ZoneList>(`/api/zones?q=${q}`);
      expect(names(body)).toEqual(["CCN Hòa Sơn 1", "CCN Hòa Sơn 3"]);
    },
  );

  it("q=ho son finds Hồ Sơn 1 and 2, not Hòa Sơn", async () => {
    const { body } = await get<ZoneList>("/api/zones?q=ho%20son");
    expect(names(body)).toEqual(["CCN Hồ Sơn 1", "CCN Hồ Sơn 2"]);
  });

  it("finds a zone by its former district and by its 2025 commune, old or new", async () => {
    const byDistrict = await get<ZoneList>("/api/zones?formerDistrict=huyen-huu-lung");
    expect(byDistrict.body.total).toBe(7); // 6 clusters and KCN VSIP
    const byNewCommune = await get<ZoneList>("/api/zones?commune=xa-tan-thanh");
    // KCN Đồng Bành lies partly in Tân Thành (old xã Hòa Lạc, LEGAL-NOTES §7.3)
    expect(names(byNewCommune.body)).toEqual(["CCN Hòa Sơn 1", "CCN Hòa Sơn 3", "CCN Tân Thành 3", "KCN Đồng Bành"]);
    const byOldCommune = await get<ZoneList>("/api/zones?commune=huyen-huu-lung.xa-hoa-son");
    expect(names(byOldCommune.body)).toEqual(names(byNewCommune.body));
  });

  it("sorts the Vietnamese way and pages with totals of everything matched", async () => {
    const page1 = await get<ZoneList>("/api/zones?kind=CCN&sort=name&pageSize=5");
    const page2 = await get<ZoneList>("/api/zones?kind=CCN&sort=name&pageSize=5&page=2");
    expect(page1.body.items).toHaveLength(5);
    expect(page1.body.totals).toEqual(page2.body.totals);
    expect(names(page1.body).slice(0, 3)).toEqual(["CCN Bắc Lãng", "CCN Bắc Sơn 2", "CCN Chi Lăng"]);
    const byArea = await get<ZoneList>("/api/zones?kind=CCN&sort=areaHa&order=desc&pageSize=2");
    expect(byArea.body.items.map((z) => z.areaHa)).toEqual([74.9, 74.9]);
  });

  it("computes occupancy instead of storing it", async () => {
    const { body } = await get<ZoneDetail>("/api/zones/ccn-dia-phuong-so-2");
    expect(body.occupancy).toBe(1);
    expect(body.stage).toBe("operating");
  });

  it("refuses an unknown filter value in Vietnamese", async () => {
    const res = await get<{ error: { message: string } }>("/api/zones?kind=XYZ");
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/không hợp lệ/);
  });
});

describe("GET /api/zones/:id", () => {
  it("gives every figure its provenance and keeps old and new locations", async () => {
    const { status, body } = await get<ZoneDetail>("/api/zones/ccn-hoa-son-1");
    expect(status).toBe(200);
    expect(body.formerDistrict?.name).toBe("Huyện Hữu Lũng");
    expect(body.communes).toEqual([{ id: "xa-tan-thanh", name: "Xã Tân Thành", basis: "document" }]);
    expect(body.provenance.areaHa).toMatchObject({
      documentId: "seed-003",
      label: "QĐ số 609/QĐ-UBND ngày 10/03/2025",
      asOf: "2025-03-10",
    });
    expect(body.provenance.stage?.documentId).toBe("seed-000");
    expect(body.location).toMatchObject({ approximate: true });
    expect(body.planEntries).toEqual([expect.objectContaining({ table: "003-IV.1.a(1)", areaHa: 74.9 })]);
  });

  it("answers 404 in Vietnamese for an unknown zone", async () => {
    const res = await get<{ error: { code: string; message: string } }>("/api/zones/khong-co");
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: "not_found", message: "Không tìm thấy khu, cụm này." });
  });
});

describe("editing", () => {
  it("a change of area shows in the detail and in the history, with the old value kept", async () => {
    const before = (await get<ZoneDetail>("/api/zones/ccn-hoa-son-1")).body;
    const res = await send(
      "PATCH",
      "/api/zones/ccn-hoa-son-1",
      { areaHa: 80, source: { documentId: "seed-000", passage: "kiểm tra thực tế", asOf: "2026-05-29" } },
      { "if-match": String(before.version) },
    );
    expect(res.status).toBe(200);
    const after = res.body as unknown as ZoneDetail;
    expect(after.areaHa).toBe(80);
    expect(after.version).toBe(before.version + 1);
    const areaHistory = after.history.filter((h) => h.field === "areaHa").map((h) => h.value);
    expect(areaHistory).toEqual([80, 74.9]);
    expect(after.provenance.areaHa).toMatchObject({ documentId: "seed-000", asOf: "2026-05-29" });
    // fields that were not sent stay as they were
    const { areaHa: _a, version: _v, history: _h, provenance: _p, updatedAt: _u, ...rest } = after;
    const { areaHa: _a0, version: _v0, history: _h0, provenance: _p0, updatedAt: _u0, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    const others = (h: ZoneDetail["history"]) => h.filter((e) => e.field !== "areaHa");
    expect(others(after.history)).toEqual(others(before.history));
  });

  it("refuses a stale version with 409 and writes nothing", async () => {
    const res = await send("PATCH", "/api/zones/ccn-hoa-son-1", { areaHa: 81 }, { "if-match": "1" });
    expect(res.status).toBe(409);
    expect((await get<ZoneDetail>("/api/zones/ccn-hoa-son-1")).body.areaHa).toBe(80);
  });

  it.each([
    [{ areaHa: -5 }, "areaHa", "Diện tích không được âm."],
    [{ communeIds: ["xa-khong-co"] }, "communeIds", "Không có xã, phường (từ 01/7/2025): xa-khong-co."],
    [{ communeIds: ["huyen-huu-lung.xa-hoa-son"] }, "communeIds", "Không có xã, phường (từ 01/7/2025): huyen-huu-lung.xa-hoa-son."],
    [{ leasedLandHa: 50, industrialLandHa: 10 }, "leasedLandHa", "Đất đã cho thuê không thể lớn hơn đất công nghiệp cho thuê."],
    [
      { location: { system: "wgs84", lat: 10.8, lon: 106.7 } },
      "location",
      "Tọa độ nằm ngoài tỉnh Lạng Sơn; kiểm tra lại hệ tọa độ và thứ tự X/Y.",
    ],
  ])("refuses %j with a Vietnamese message on the field", async (body, path, message) => {
    const res = await send("PATCH", "/api/zones/ccn-hoa-son-3", body);
    expect(res.status).toBe(422);
    expect(res.body.error?.details).toContainEqual({ path, message });
    expect((await get<ZoneDetail>("/api/zones/ccn-hoa-son-3")).body.version).toBe(1);
  });

  it("takes coordinates typed in VN-2000", async () => {
    const res = await send("PATCH", "/api/zones/ccn-hoa-son-3", { location: { system: "vn2000", x: 2378000, y: 403000 } });
    expect(res.status).toBe(200);
    const z = res.body as unknown as ZoneDetail;
    expect(z.location?.approximate).toBe(false);
    expect(z.location?.lat).toBeGreaterThan(21.4);
    expect(z.location?.lat).toBeLessThan(21.6);
    expect(z.location?.lon).toBeGreaterThan(106.2);
    expect(z.location?.lon).toBeLessThan(106.4);
  });

  it("creates a zone and refuses a second one of the same name", async () => {
    const input = {
      kind: "CCN",
      name: "CCN Thử Nghiệm",
      stage: "planned",
      areaHa: 12.5,
      formerDistrictId: "huyen-chi-lang",
      communeIds: ["xa-chi-lang"],
    };
    const created = await send("POST", "/api/zones", input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: "ccn-thu-nghiem", areaHa: 12.5, communes: [{ id: "xa-chi-lang", basis: "user" }] });
    const again = await send("POST", "/api/zones", input);
    expect(again.status).toBe(409);
  });

  it("answers 422, not 500, to a body that is not JSON", async () => {
    const res = await send("POST", "/api/zones", "{ not json");
    expect(res.status).toBe(422);
    expect(res.body.error?.message).toBe("Nội dung gửi lên không phải JSON hợp lệ.");
  });

  it("never answers 5xx to generated bodies", async () => {
    const value = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
    );
    const body = fc.record(
      {
        kind: fc.oneof(fc.constantFrom("CCN", "KCN", "KKT"), value),
        name: value,
        stage: fc.oneof(fc.constantFrom("planned", "operating"), value),
        areaHa: value,
        communeIds: value,
        location: fc.oneof(
          value,
          fc.record({ system: fc.constantFrom("wgs84", "vn2000"), lat: fc.double(), lon: fc.double(), x: fc.double(), y: fc.double() }),
        ),
        investorId: value,
        establishmentDecisionDate: value,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom("POST", "PATCH"), async (b, method) => {
        const res = await send(method, method === "POST" ? "/api/zones" : "/api/zones/ccn-tan-van", b);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
