import { BlockList, isIP } from "node:net";
import type { Context } from "hono";

/**
 * The client's address, for rate limits and the sign-in throttle. X-Forwarded-For is read right to
 * left, and only while the hop that wrote it is one of the province's own proxies (TRUSTED_PROXIES,
 * CIDR): each trusted proxy appends the address it received from, so the first untrusted entry from
 * the right is the client; what the client itself wrote (the left part) is never believed.
 * A request handed to the app in-process (tests, no socket) comes from the loopback address.
 */
export function clientAddress(c: Context, trustedProxies: readonly string[]): string {
  const socket = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket;
  const peer = normalize(socket?.remoteAddress ?? "127.0.0.1");
  const trusted = blockListOf(trustedProxies);
  if (!isTrusted(trusted, peer)) return peer;
  const hops = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => normalize(h.trim()))
    .filter((h) => h !== "");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (isIP(hop) === 0) return peer; // garbage in the chain: do not guess, count it against the proxy
    if (!isTrusted(trusted, hop)) return hop;
  }
  return hops[0] ?? peer;
}

/** "::ffff:10.0.0.1" is 10.0.0.1; "[2001:db8::1]:443" and "10.0.0.1:80" lose their port. */
function normalize(address: string): string {
  let a = address;
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracket) a = bracket[1] as string;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a)) a = a.slice(7);
  return a.toLowerCase();
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

const cache = new Map<string, BlockList>();
function blockListOf(cidrs: readonly string[]): BlockList {
  const key = cidrs.join(",");
  let list = cache.get(key);
  if (!list) {
    list = new BlockList();
    for (const cidr of cidrs) {
      const { address, prefix, family } = parseCidr(cidr) as NonNullable<ReturnType<typeof parseCidr>>;
      list.addSubnet(address, prefix, family);
    }
    cache.set(key, list);
  }
  return list;
}

/** "10.0.0.0/8", "2001:db8::/32" or a single address; null when it is not one. */
export function parseCidr(cidr: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address = "", bits] = cidr.trim().split("/");
  const family = isIP(address);
  if (family === 0) return null;
  const max = family === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max || (bits !== undefined && !/^\d+$/.test(bits))) return null;
  return { address, prefix, family: family === 4 ? "ipv4" : "ipv6" };
}
