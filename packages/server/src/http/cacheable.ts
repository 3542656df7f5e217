import { createHash } from "node:crypto";
import type { Context } from "hono";

/**
 * A public response with an ETag and cache headers: browsers and proxies keep it a minute, and a
 * matching If-None-Match gets 304 without a body.
 */
const etags = new Map<string, string>();

/** The ETag of a body; bodies served again and again (cached renderings) are hashed once. */
function etagOf(body: string): string {
  let etag = etags.get(body);
  if (!etag) {
    etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    if (etags.size > 500) etags.clear();
    etags.set(body, etag);
  }
  return etag;
}

export function cacheable(c: Context, body: string, contentType: string, extra: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = { etag, "cache-control": "public, max-age=60, stale-while-revalidate=300", vary: "Accept-Language", ...extra };
  if (c.req.header("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { "content-type": contentType, ...headers } });
}
