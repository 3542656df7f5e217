import type { Context } from "hono";

/**
 * The client's address, for rate limits. X-Forwarded-For is believed only when the product runs
 * behind the province's own proxy (TRUST_PROXY=1); otherwise anyone could change it at will.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  return (
    forwarded || (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress || "local"
  );
}
