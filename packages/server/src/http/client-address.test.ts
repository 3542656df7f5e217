import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config";
import { clientAddress, parseCidr } from "./client-address";

const appTrusting = (cidrs: string[]) => new Hono().get("/", (c) => c.text(clientAddress(c, cidrs)));
const seen = async (cidrs: string[], peer: string, xff?: string) =>
  (
    await appTrusting(cidrs).request(
      "/",
      { headers: xff === undefined ? {} : { "x-forwarded-for": xff } },
      {
        incoming: { socket: { remoteAddress: peer } },
      },
    )
  ).text();

describe("clientAddress", () => {
  it("believes no X-Forwarded-For from a peer that is not a trusted proxy", async () => {
    expect(await seen([], "203.0.113.9", "198.51.100.1")).toBe("203.0.113.9");
    expect(await seen(["10.0.0.5/32"], "203.0.113.9", "198.51.100.1")).toBe("203.0.113.9");
  });

  it("behind a trusted proxy, forged entries on the left do not change the address", async () => {
    // nginx appends $remote_addr to what the client sent: the client wrote "6.6.6.6, 7.7.7.7"
    for (const forged of ["", "6.6.6.6", "6.6.6.6, 7.7.7.7", "10.0.0.5", "garbage, 1.1.1.1"]) {
      const xff = forged ? `${forged}, 198.51.100.7` : "198.51.100.7";
      expect(await seen(["10.0.0.5/32"], "10.0.0.5", xff)).toBe("198.51.100.7");
    }
  });

  it("skips every trusted hop from the right (CIDR, IPv4-mapped and IPv6)", async () => {
    expect(await seen(["10.0.0.0/8"], "::ffff:10.0.0.5", "6.6.6.6, 198.51.100.7, 10.1.2.3")).toBe("198.51.100.7");
    expect(await seen(["fd00::/8"], "fd00::1", "2001:db8::9, fd00::2")).toBe("2001:db8::9");
    expect(await seen(["10.0.0.5/32"], "10.0.0.5", "198.51.100.7:5555")).toBe("198.51.100.7");
  });

  it("a trusted proxy that sends no or a broken header is itself the client", async () => {
    expect(await seen(["10.0.0.5/32"], "10.0.0.5")).toBe("10.0.0.5");
    expect(await seen(["10.0.0.5/32"], "10.0.0.5", "not-an-address")).toBe("10.0.0.5");
  });

  it("TRUSTED_PROXIES is validated at start-up", () => {
    expect(parseCidr("10.0.0.0/8")).toEqual({ address: "10.0.0.0", prefix: 8, family: "ipv4" });
    expect(parseCidr("10.0.0.0/33")).toBeNull();
    expect(loadConfig({ TRUSTED_PROXIES: "10.0.0.5/32, 192.168.1.0/24" }).trustedProxies).toEqual(["10.0.0.5/32", "192.168.1.0/24"]);
    expect(() => loadConfig({ TRUSTED_PROXIES: "proxy.local" })).toThrow("TRUSTED_PROXIES phải là danh sách CIDR");
  });
});

describe("deployment defaults", () => {
  it("listens on the loopback unless HOST is set, and production needs PUBLIC_URL", () => {
    expect(loadConfig({}).host).toBe("127.0.0.1");
    expect(loadConfig({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow("Khi NODE_ENV=production phải đặt PUBLIC_URL");
    expect(loadConfig({ NODE_ENV: "production", PUBLIC_URL: "https://dondoc.example.vn" }).publicUrl).toBe("https://dondoc.example.vn");
  });
});
