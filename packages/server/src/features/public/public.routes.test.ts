import type { PublicZone } from "@dondoc/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
let sct: Client;
beforeAll(async () => {
  t = await createTestContext();
  sct = await t.as("agency", "so-cong-thuong");
});
afterAll(() => t.cleanup());

type List = { items: PublicZone[]; total: number; licence: { id: string }; asOf: string | null };
const enquiry = (over: Record<string, unknown> = {}, address = "203.0.113.7") =>
  t.anonymous.send<{ ok?: boolean; error?: { message: string; details: { path: string; message: string }[] } }>(
    "POST",
    "/api/public/enquiries",
    {
      name: "Nguyễn Văn Đầu Tư",
      company: "Công ty TNHH Thử",
      email: "dau.tu@example.com",
      zoneId: "ccn-hoa-son-1",
      message: "Xin giá thuê đất?",
      consent: "on",
      ...over,
    },
    { "x-forwarded-for": address },
  );

describe("open data without signing in", () => {
  it("lists the published zones while the registry API still answers 401", async () => {
    const list = await t.anonymous.get<List>("/api/public/zones");
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(26);
    expect(list.body.licence.id).toBe("CC-BY-4.0");
    expect(list.body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await t.anonymous.request("/api/zones")).status).toBe(401);
    expect((await t.anonymous.get<List>("/api/public/zones?kind=CCN&q=hoa%20son")).body.items.map((z) => z.name)).toEqual([
      "CCN Hòa Sơn 1",
      "CCN Hòa Sơn 3",
    ]);
  });

  it("answers a repeat request with 304 from its ETag", async () => {
    const first = await t.anonymous.request("/api/public/zones?kind=CCN");
    const etag = first.headers.get("etag") ?? "";
    expect(first.headers.get("cache-control")).toContain("max-age=60");
    const again = await t.anonymous.request("/api/public/zones?kind=CCN", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("filters on free land, computed from industrial and leased land", async () => {
    const admin = t.admin;
    expect((await admin.send("PATCH", "/api/zones/ccn-hoa-son-1", { industrialLandHa: 52, leasedLandHa: 12 })).status).toBe(200);
    const free = await t.anonymous.get<List>("/api/public/zones?freeLand=1");
    expect(free.body.items.map((z) => [z.name, z.freeLandHa, z.occupancy])).toEqual([["CCN Hòa Sơn 1", 40, 12 / 52]]);
  });

  it("serves CSV and GeoJSON with the licence and the as-of date", async () => {
    const csv = await t.anonymous.request("/api/public/zones.csv?kind=CCN");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so that Excel opens Vietnamese text right
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("id,loai,ten")).toBe(true);
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(25);
    expect(csv.headers.get("link")).toContain("creativecommons.org");
    const geo = (
      await t.anonymous.get<{ type: string; licence: unknown; asOf: string; features: { properties: { approximate: boolean } }[] }>(
        "/api/public/zones.geojson",
      )
    ).body;
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.licence).toMatchObject({ id: "CC-BY-4.0" });
    expect(geo.features.length).toBeGreaterThan(20);
  });

  it("an unpublished zone answers 404 everywhere public", async () => {
    expect((await sct.send("POST", "/api/zones/ccn-tan-van/publication", { published: false })).status).toBe(200);
    expect((await t.anonymous.request("/api/public/zones/ccn-tan-van")).status).toBe(404);
    expect((await t.anonymous.get<List>("/api/public/zones")).body.items.some((z) => z.id === "ccn-tan-van")).toBe(false);
    expect(await (await t.anonymous.request("/api/public/zones.csv")).text()).not.toContain("ccn-tan-van");
    expect(await (await t.anonymous.request("/api/public/zones.geojson")).text()).not.toContain("ccn-tan-van");
    expect(
      (await (await t.as("agency", "so-xay-dung")).send("POST", "/api/zones/ccn-tan-van/publication", { published: true })).status,
    ).toBe(403);
    expect((await sct.send("POST", "/api/zones/ccn-tan-van/publication", { published: true })).status).toBe(200);
    expect((await t.anonymous.request("/api/public/zones/ccn-tan-van")).status).toBe(200);
  });
});

describe("enquiries", () => {
  it("stores an enquiry; the agency that maintains clusters sees it and answers it, another agency cannot", async () => {
    expect((await enquiry({}, "198.51.100.1")).status).toBe(201);
    const mine = await sct.get<{ items: { id: number; name: string; zone: { id: string } }[] }>("/api/enquiries");
    const received = mine.body.items.find((e) => e.name === "Nguyễn Văn Đầu Tư");
    expect(received?.zone.id).toBe("ccn-hoa-son-1");
    const notes = await sct.get<{ items: { kind: string; enquiryId: number }[] }>("/api/notifications");
    expect(notes.body.items.some((n) => n.kind === "enquiry" && n.enquiryId === received?.id)).toBe(true);
    const other = await t.as("agency", "so-xay-dung");
    expect((await other.send("POST", `/api/enquiries/${received?.id}/answer`, { answer: "x" })).status).toBe(404);
    const answered = await sct.send<{ answer: string }>("POST", `/api/enquiries/${received?.id}/answer`, {
      answer: "Giá thuê: liên hệ chủ đầu tư.",
    });
    expect(answered.body.answer).toBe("Giá thuê: liên hệ chủ đầu tư.");
  });

  it("answers an invalid enquiry in the page's language", async () => {
    const vi = await enquiry({ email: "khong-phai-email" }, "198.51.100.2");
    expect(vi.status).toBe(422);
    expect(vi.body.error?.details).toContainEqual({ path: "email", message: "Địa chỉ e-mail không hợp lệ." });
    const en = await enquiry({ email: "nope", lang: "en", consent: undefined }, "198.51.100.3");
    expect(en.body.error?.details.map((d) => d.message)).toEqual(
      expect.arrayContaining(["Please enter a valid e-mail address.", "Please accept the privacy notice."]),
    );
  });

  it("refuses a flood from one address with 429 while others still get through", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 1000; i++) statuses.push((await enquiry({ message: `câu hỏi ${i}` }, "192.0.2.66")).status);
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    expect((await enquiry({}, "192.0.2.67")).status).toBe(201);
    const all = await t.admin.get<{ total: number }>("/api/enquiries");
    expect(all.body.total).toBeLessThan(20);
  });

  it("drops a robot's post that filled the honeypot, without telling it", async () => {
    const before = (await t.admin.get<{ total: number }>("/api/enquiries")).body.total;
    expect((await enquiry({ website: "http://spam.example" }, "198.51.100.9")).status).toBe(201);
    expect((await t.admin.get<{ total: number }>("/api/enquiries")).body.total).toBe(before);
  });
});
