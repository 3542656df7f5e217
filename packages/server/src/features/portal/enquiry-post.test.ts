import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../../../test/support/test-database";

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

const valid = {
  name: "Lê Văn Đầu Tư",
  company: "Công ty CP Thử <b>",
  email: "le.dau.tu@example.com",
  phone: "",
  zoneId: "ccn-hoa-son-1",
  interest: "Thuê đất công nghiệp",
  message: "Xin giá thuê đất & phí dịch vụ?",
  consent: "on",
  website: "",
};

async function post(
  fields: Record<string, string | undefined>,
  address: string,
  lang: "vi" | "en" = "vi",
  headers: Record<string, string> = {},
) {
  const form = new URLSearchParams(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined));
  const res = await t.anonymous.request(`${lang === "en" ? "/en" : ""}/portal/enquiries`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address, ...headers },
    body: form.toString(),
  });
  return { status: res.status, html: await res.text(), cache: res.headers.get("cache-control") };
}

const stored = async () =>
  (await t.admin.get<{ items: { name: string; zone: { id: string } | null; company: string | null }[] }>("/api/enquiries")).body.items;

describe("the portal's enquiry form (POST, urlencoded, no JavaScript)", () => {
  it("a valid enquiry shows the thank-you page and is stored for the agency", async () => {
    const res = await post(valid, "203.0.113.10");
    expect(res.status).toBe(200);
    expect(res.cache).toBe("no-store");
    expect(res.html).toContain("<h1>Đã gửi câu hỏi</h1>");
    expect(res.html).toContain(`href="/portal/zones/ccn-hoa-son-1"`);
    expect(await stored()).toContainEqual(
      expect.objectContaining({
        name: "Lê Văn Đầu Tư",
        company: "Công ty CP Thử <b>",
        zone: expect.objectContaining({ id: "ccn-hoa-son-1" }),
      }),
    );
  });

  it("an invalid enquiry comes back with the errors in Vietnamese and the values kept (422)", async () => {
    const res = await post({ ...valid, email: "khong-phai-email", consent: undefined, name: "Người <i>Hỏi</i>" }, "203.0.113.11");
    expect(res.status).toBe(422);
    expect(res.html).toContain(`<html lang="vi">`);
    expect(res.html).toContain("Địa chỉ e-mail không hợp lệ.");
    expect(res.html).toContain("Vui lòng đồng ý với thông báo về dữ liệu cá nhân.");
    expect(res.html).toContain(`value="khong-phai-email"`);
    expect(res.html).toContain(`value="Người &#60;i&#62;Hỏi&#60;/i&#62;"`);
    expect(res.html).toContain("Xin giá thuê đất &#38; phí dịch vụ?</textarea>");
    expect(res.html).toContain(`<option value="ccn-hoa-son-1" selected>`);
    expect(res.html).toContain(`id="e-email" name="email" value="khong-phai-email" type="email"`);
    expect(res.html).toContain(`aria-invalid="true" aria-describedby="e-email-err"`);
    expect((await stored()).some((e) => e.name.includes("Hỏi"))).toBe(false);
  });

  it("an invalid enquiry on the English page is answered in English", async () => {
    const res = await post({ ...valid, email: "nope", message: "" }, "203.0.113.12", "en");
    expect(res.status).toBe(422);
    expect(res.html).toContain(`<html lang="en">`);
    expect(res.html).toContain("Please enter a valid e-mail address.");
    expect(res.html).toContain("Please enter a message (at most 3,000 characters).");
  });

  it("a flood from one address is refused with 429 after the limit, in the page's language, while others get through", async () => {
    const statuses: number[] = [];
    let last = "";
    for (let i = 0; i < 1000; i++) {
      const res = await post({ ...valid, message: `câu hỏi ${i}` }, "192.0.2.99");
      statuses.push(res.status);
      last = res.html;
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    expect(last).toContain("Bạn đã gửi quá nhiều câu hỏi");
    const en = await post(valid, "192.0.2.99", "en");
    expect(en.status).toBe(429);
    expect(en.html).toContain("Too many enquiries");
    expect((await post(valid, "192.0.2.100")).status).toBe(200);
    expect((await t.anonymous.request("/portal")).status).toBe(200);
    expect((await stored()).filter((e) => e.name === valid.name).length).toBeLessThan(10);
  });

  it("a robot that fills the honeypot sees the thank-you page and nothing is stored", async () => {
    const before = (await stored()).length;
    const res = await post({ ...valid, website: "http://spam.example" }, "198.51.100.40");
    expect(res.status).toBe(200);
    expect((await stored()).length).toBe(before);
  });

  it("a body over 16 KB is refused", async () => {
    const res = await post({ ...valid, message: "x".repeat(20_000) }, "198.51.100.42");
    expect(res.status).toBe(413);
  });

  it("a post from another site is refused", async () => {
    const res = await post(valid, "198.51.100.41", "vi", { "sec-fetch-site": "cross-site" });
    expect(res.status).toBe(403);
  });
});
