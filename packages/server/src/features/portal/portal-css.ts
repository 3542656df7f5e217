import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { PageDef } from "../../http/app";

/**
 * The portal's one stylesheet (assets/portal/portal.css), read once. Pages link it with a content
 * hash in the query, so it can be cached for a year and a new version is fetched at once.
 */
const CSS_FILE = fileURLToPath(new URL("../../../assets/portal/portal.css", import.meta.url));
const css = readFileSync(CSS_FILE, "utf8");
const cssGzip = gzipSync(css, { level: 9 });
const version = createHash("sha1").update(css).digest("base64url").slice(0, 10);

export const PORTAL_CSS_HREF = `/portal/assets/portal.css?v=${version}`;

export const portalCssPage: PageDef = {
  method: "get",
  path: "/portal/assets/portal.css",
  handler: async (c) => {
    const etag = `"${version}"`;
    const headers = { etag, "cache-control": "public, max-age=31536000, immutable", vary: "Accept-Encoding" };
    if (c.req.header("if-none-match") === etag) return new Response(null, { status: 304, headers });
    const gzip = /\bgzip\b/.test(c.req.header("accept-encoding") ?? "");
    return new Response(gzip ? (cssGzip as Uint8Array<ArrayBuffer>) : css, {
      headers: { ...headers, "content-type": "text/css; charset=utf-8", ...(gzip ? { "content-encoding": "gzip" } : {}) },
    });
  },
};
