import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_PASSWORD, createTestContext, TEST_NOW, type TestContext } from "../../../test/support/test-database";
import { setClock } from "../../clock";

type Err = { error: { code: string; message: string } };
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.cleanup());

const PASSWORD = "mat-khau-thu-nghiem";
const tryLogin = (username: string, password: string, from: string) =>
  t.anonymous.send<Err>("POST", "/api/auth/login", { username, password }, { "x-forwarded-for": from });
const at = (seconds: number) => setClock(new Date(Date.parse(TEST_NOW) + seconds * 1000));

describe("sign-in throttle (per account and address, progressive)", () => {
  it("ten wrong passwords from an attacker's address do not stop admin signing in from another address", async () => {
    at(0);
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push((await tryLogin("admin", "doan-bua-di", "203.0.113.66")).status);
    expect(answers).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    expect((await tryLogin("admin", ADMIN_PASSWORD, "203.0.113.66")).status).toBe(429);
    expect((await tryLogin("admin", ADMIN_PASSWORD, "198.51.100.10")).status).toBe(200);
  });

  it("alerts the admins in the app once per account, address and day after the free tries, and nobody else", async () => {
    type Items = { items: { kind: string; title: string; body: string }[] };
    const alerts = async () => (await t.admin.get<Items>("/api/notifications")).body.items.filter((i) => i.kind === "security");
    const mine = (await alerts()).filter((a) => a.body.includes("203.0.113.66"));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.title).toContain("“admin”");
    at(600); // later the same day, more wrong passwords: still one alert
    for (let i = 0; i < 3; i++) await tryLogin("admin", "doan-bua-di", "203.0.113.66");
    expect((await alerts()).filter((a) => a.body.includes("203.0.113.66"))).toHaveLength(1);
    const office = await t.as("office", "van-phong-ubnd-tinh");
    const seen = (await office.get<Items>("/api/notifications")).body.items;
    expect(seen.filter((i) => i.kind === "security")).toEqual([]);
  });

  it("gives an unknown name exactly the answers a known one gets (no enumeration)", async () => {
    at(0);
    const user = await t.as("leader");
    const answer = (r: { status: number; body: Err }) => ({
      status: r.status,
      code: r.body.error.code,
      message: r.body.error.message.replace(/\d+ giây/, "… giây"),
    });
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < 7; i++) {
      at(i); // the same instant for both, so that the waits read the same
      known.push(answer(await tryLogin(user.username, "sai-mat-khau", "203.0.113.70")));
      at(i);
      unknown.push(answer(await tryLogin("khong-co-ai-ten-nay", "sai-mat-khau", "203.0.113.71")));
    }
    expect(unknown).toEqual(known);
    expect(known[6]).toMatchObject({ status: 429, message: "Quá nhiều lần đăng nhập sai. Vui lòng thử lại sau … giây." });
  });

  it("delays grow (30 s, 60 s, …), nothing renews them, and the right password then passes", async () => {
    at(0);
    const user = await t.as("office");
    for (let i = 0; i < 5; i++) expect((await tryLogin(user.username, "sai", "203.0.113.80")).status).toBe(401);
    at(20);
    expect((await tryLogin(user.username, PASSWORD, "203.0.113.80")).body.error.message).toMatch(/sau 1\d giây/); // not renewed by refused tries
    at(35);
    expect((await tryLogin(user.username, "sai", "203.0.113.80")).status).toBe(401); // one more try, counted
    at(70);
    expect((await tryLogin(user.username, PASSWORD, "203.0.113.80")).status).toBe(429); // now 60 s
    at(100);
    expect((await tryLogin(user.username, PASSWORD, "203.0.113.80")).status).toBe(200);
    at(101);
    expect((await tryLogin(user.username, "sai", "203.0.113.80")).status).toBe(401); // a success starts afresh
  });

  it("counts concurrent tries exactly: of 24 wrong passwords at once, 5 are checked", async () => {
    at(0);
    const user = await t.as("agency", "so-cong-thuong");
    const statuses = await Promise.all(
      Array.from({ length: 24 }, () => tryLogin(user.username, "sai", "203.0.113.90").then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(19);
  });

  it("many failures from one address slow that address only after 30, not an office behind one NAT at 5", async () => {
    at(0);
    for (let i = 0; i < 29; i++) expect((await tryLogin(`nguoi-${i}`, "sai", "203.0.113.100")).status).toBe(401);
    expect((await tryLogin("admin", ADMIN_PASSWORD, "203.0.113.100")).status).toBe(200);
  });
});
