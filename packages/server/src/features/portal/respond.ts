import { gzipSync } from "node:zlib";
import type { Context } from "hono";
import type { Config } from "../../config";
import { cacheable } from "../../http/cacheable";
import type { SiteBase } from "./layout";

/**
 * Portal responses: public pages with an ETag and cache headers (`cacheable`), gzipped for
 * browsers that accept it (a phone on a slow network gets a quarter of the bytes); the gzipped
 * bytes are kept per ETag, so a crowd costs no compression. A gzipped variant carries the weak
 * form of the ETag, as a compressing proxy would.
 */
export const HTML = "text/html; charset=utf-8";
const gzipped = new Map<string, Uint8Array>();

const acceptsGzip = (c: Context) => /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");

export function cachedPage(c: Context, body: string, contentType = HTML): Response {
  const res = cacheable(c, body, contentType);
  const etag = res.headers.get("etag");
  if (!etag || !acceptsGzip(c) || body.length < 1024) return res;
  const headers = new Headers(res.headers);
  headers.set("etag", `W/${etag}`);
  headers.set("vary", "Accept-Language, Accept-Encoding");
  if (c.req.header("if-none-match") === `W/${etag}`) return new Response(null, { status: 304, headers });
  if (res.status !== 200) return res;
  let bytes = gzipped.get(etag);
  if (!bytes) {
    bytes = gzipSync(body, { level: 6 });
    if (gzipped.size > 300) gzipped.clear();
    gzipped.set(etag, bytes);
  }
  headers.set("content-encoding", "gzip");
  headers.set("content-type", contentType);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

/** A page that must not be cached (the answer to a form post, an error). */
export function uncachedPage(body: string, status: number): Response {
  return new Response(body, { status, headers: { "content-type": HTML, "cache-control": "no-store" } });
}

/**
 * The origin of absolute links (canonical, sitemap, robots). Never the request's Host header: a forged
 * Host would reach pages that are cached publicly. Without PUBLIC_URL (required in production) the
 * links point at the local server.
 */
export function siteBaseOf(config: Config): SiteBase {
  if (config.publicUrl) return { origin: config.publicUrl.replace(/\/+$/, ""), configured: true };
  const port = config.port === 0 || config.port === 80 ? "" : `:${config.port}`;
  return { origin: `http://localhost${port}`, configured: false };
}
