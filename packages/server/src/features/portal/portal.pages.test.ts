import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestContext, type TestContext } from "../../../test/support/test-database";
import { createApp } from "../../http/app";
import { routes } from "../../routes";
import { portalPages } from "./portal.pages";

let t: TestContext;
let sct: Client;
beforeAll(async () => {
  t = await createTestContext();
  sct = await t.as("agency", "so-cong-thuong");
});
afterAll(() => t.cleanup());

const page = async (path: string, init?: RequestInit) => {
  const res = await t.anonymous.request(path, init);
  return { status: res.status, headers: res.headers, html: await res.text() };
};

describe("portal pages over plain HTTP (no JavaScript, no cookie)", () => {
  it("the Vietnamese home lists the published clusters, with SEO and Open Graph tags", async () => {
    const { status, headers, html } = await page("/portal");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html).toContain(`<html lang="vi">`);
    for (const name of ["CCN Hòa Sơn 1", "CCN Hồ Sơn 1", "CCN Na Dương 3", "KCN VSIP Lạng Sơn"]) expect(html).toContain(name);
    expect(html.match(/class="zone-card"/g)).toHaveLength(26);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toContain(`<meta name="description" content="`);
    expect(html).toContain(`<meta property="og:locale" content="vi_VN">`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="http://localhost/en/portal">`);
    expect(html).not.toContain("og:url"); // no PUBLIC_URL configured
    expect(html).toContain(`<a class="skip-link" href="#main">`);
    expect(html).toContain('<svg class="map"');
    expect(html.match(/<circle class="zone /g)?.length).toBeGreaterThan(20);
    expect(html).toContain("vietnamese-provinces-database"); // the boundaries' attribution
    expect(html).toContain("<strong>24</strong>"); // published clusters
    expect(html).toContain("1.156,77"); // the plan's area (003, Na Dương 1's expansion included), Vietnamese number format
    expect(html).not.toMatch(/<script/i);
  });

  it("answers a repeat request with 304 and gzips for browsers that accept it", async () => {
    const first = await page("/portal");
    const etag = first.headers.get("etag") ?? "";
    expect(first.headers.get("cache-control")).toContain("max-age=60");
    expect((await page("/portal", { headers: { "if-none-match": etag } })).status).toBe(304);
    const gzip = await t.anonymous.request("/portal", { headers: { "accept-encoding": "gzip, br" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    const weak = gzip.headers.get("etag") ?? "";
    expect(weak).toBe(`W/${etag}`);
    expect((await page("/portal", { headers: { "accept-encoding": "gzip", "if-none-match": weak } })).status).toBe(304);
  });

  it("the English home is in English, with English number formats", async () => {
    const { status, html } = await page("/en/portal");
    expect(status).toBe(200);
    expect(html).toContain(`<html lang="en">`);
    expect(html).toContain("Invest in Lạng Sơn&#39;s industrial zones and clusters");
    expect(html).toContain("Industrial cluster");
    expect(html).toContain("1,156.77");
    expect(html).toContain(`<meta property="og:locale" content="en_US">`);
    expect(html).toContain(`href="/portal" hreflang="vi" lang="vi"`); // the language switch
  });

  it("filters with a plain GET form: kind, stage, commune, former district, text", async () => {
    const names = async (query: string) =>
      [...(await page(`/portal${query}`)).html.matchAll(/class="zone-card"><h3><a [^>]+>([^<]+)</g)].map((m) => m[1]);
    expect(await names("?q=hoa+son")).toEqual(["CCN Hòa Sơn 1", "CCN Hòa Sơn 3"]);
    expect(await names("?kind=KCN")).toEqual(["KCN VSIP Lạng Sơn"]);
    expect(await names("?formerDistrict=Huy%E1%BB%87n+L%E1%BB%99c+B%C3%ACnh&stage=established")).toEqual([
      "CCN Na Dương 1",
      "CCN Na Dương 2",
      "CCN Na Dương 3",
    ]);
    expect(await names("?commune=X%C3%A3+C%C3%A1i+Kinh&kind=nonsense")).toEqual(["CCN Hồ Sơn 1"]);
  });

  it("a zone page: location, land, occupancy, stage, documents, licence and the enquiry form", async () => {
    expect((await t.admin.send("PATCH", "/api/zones/ccn-hoa-son-1", { industrialLandHa: 52, leasedLandHa: 12 })).status).toBe(200);
    const { status, html } = await page("/portal/zones/ccn-hoa-son-1");
    expect(status).toBe(200);
    expect(html).toContain("<h1>CCN Hòa Sơn 1</h1>");
    for (const text of ["Xã Tân Thành", "Huyện Hữu Lũng", "74,9 ha", "52 ha", "40 ha", "23,1%", "Đã khởi công", "QĐ số 609/QĐ-UBND"]) {
      expect(html).toContain(text);
    }
    expect(html).toContain("Creative Commons Attribution 4.0");
    expect(html).toContain(`<option value="ccn-hoa-son-1" selected>`);
    expect(html).toContain(`<meta property="og:type" content="article">`);
    const other = await page("/portal/zones/ccn-quang-lac");
    expect(other.html).toContain("chưa có số liệu"); // free land and occupancy unknown
    const en = await page("/en/portal/zones/ccn-hoa-son-1");
    expect(en.html).toContain("74.9 ha");
    expect(en.html).toContain("Construction started");
    expect(en.html).toContain("4 October 2023"); // the establishment decision's date
  });

  it("the policies page names the agencies to contact, in both languages", async () => {
    const vi = await page("/portal/policies");
    expect(vi.html).toContain("Sở Công Thương");
    expect(vi.html).toContain("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn");
    expect((await page("/en/portal/policies")).html).toContain("Department of Industry and Trade");
  });

  it("an unknown portal path is a 404 page in the path's language", async () => {
    const vi = await page("/portal/khong-co");
    expect(vi.status).toBe(404);
    expect(vi.html).toContain("Không tìm thấy trang");
    const en = await page("/en/portal/zones/no-such-zone");
    expect(en.status).toBe(404);
    expect(en.html).toContain(`<html lang="en">`);
    expect(en.html).toContain("Page not found");
    expect((await page("/portal/")).status).toBe(301);
  });

  it("serves the stylesheet with a long cache, under a versioned URL", async () => {
    const href = (await page("/portal")).html.match(/href="(\/portal\/assets\/portal\.css\?v=[^"]+)"/)?.[1] ?? "";
    const res = await t.anonymous.request(href);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("immutable");
  });
});

describe("what is published decides what the portal shows", () => {
  it("an unpublished zone is 404 on its pages and in the API, and absent from the list, sitemap and GeoJSON", async () => {
    expect((await sct.send("POST", "/api/zones/ccn-tan-van/publication", { published: false })).status).toBe(200);
    const vi = await page("/portal/zones/ccn-tan-van");
    expect(vi.status).toBe(404);
    expect(vi.html).toContain(`<html lang="vi">`);
    expect(vi.html).toContain("Không tìm thấy trang");
    expect((await page("/en/portal/zones/ccn-tan-van")).html).toContain("Page not found");
    expect((await t.anonymous.request("/api/public/zones/ccn-tan-van")).status).toBe(404);
    expect((await page("/portal")).html).not.toContain("CCN Tân Văn");
    expect((await page("/en/portal")).html).not.toContain("ccn-tan-van");
    expect((await page("/sitemap.xml")).html).not.toContain("ccn-tan-van");
    expect((await page("/api/public/zones.geojson")).html).not.toContain("ccn-tan-van");
    expect((await page("/portal/enquiries")).html).not.toContain("ccn-tan-van");
    expect((await sct.send("POST", "/api/zones/ccn-tan-van/publication", { published: true })).status).toBe(200);
    expect((await page("/portal/zones/ccn-tan-van")).status).toBe(200);
  });

  it("the sitemap lists every portal page of the published zones in both languages; robots.txt points to it", async () => {
    const xml = (await page("/sitemap.xml")).html;
    expect(xml).toContain("<loc>http://localhost/portal/zones/ccn-hoa-son-1</loc>");
    expect(xml).toContain("<loc>http://localhost/en/portal/zones/ccn-hoa-son-1</loc>");
    expect(xml).toContain(`hreflang="en" href="http://localhost/en/portal/policies"`);
    expect(xml.match(/<url>/g)).toHaveLength((3 + 26) * 2);
    const robots = (await page("/robots.txt")).html;
    expect(robots).toContain("Allow: /portal\n");
    expect(robots).toContain("Allow: /en/portal\n");
    expect(robots).toContain("Allow: /api/public/\nDisallow: /api/\n");
    expect(robots).toContain("Sitemap: http://localhost/sitemap.xml");
  });

  it("a forged Host header never reaches the links of a publicly cached page", async () => {
    const forged = { headers: { host: "tan-cong.example" } };
    for (const path of ["/sitemap.xml", "/robots.txt", "/portal", "/portal/zones/ccn-hoa-son-1"]) {
      const res = await t.app.request(`http://tan-cong.example${path}`, forged);
      const body = await res.text();
      expect({ path, reflected: body.includes("tan-cong.example") }).toEqual({ path, reflected: false });
    }
  });

  it("absolute URLs and og:url come from PUBLIC_URL when it is set", async () => {
    const app = createApp({ ...t, config: { ...t.config, publicUrl: "https://dautu.example.vn/" }, routes, pages: portalPages });
    const html = await (await app.request("/en/portal/zones/ccn-hoa-son-1")).text();
    expect(html).toContain(`<meta property="og:url" content="https://dautu.example.vn/en/portal/zones/ccn-hoa-son-1">`);
    expect(html).toContain(`<link rel="canonical" href="https://dautu.example.vn/en/portal/zones/ccn-hoa-son-1">`);
    expect(await (await app.request("/sitemap.xml")).text()).toContain("<loc>https://dautu.example.vn/portal</loc>");
  });

  it("escapes what comes from data: a zone named with a <script> in it", async () => {
    const name = `CCN <script>alert("x")</script> & "Thử"`;
    expect((await t.admin.send("PATCH", "/api/zones/ccn-quang-lac", { name })).status).toBe(200);
    for (const path of ["/portal", "/en/portal", "/portal/zones/ccn-quang-lac", "/portal/enquiries"]) {
      const { html } = await page(path);
      expect({ path, raw: html.includes("<script>") }).toEqual({ path, raw: false });
      expect(html).toContain("CCN &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;Thử&#34;");
    }
  });
});
