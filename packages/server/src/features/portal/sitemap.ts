import type { Context } from "hono";
import type { AppDeps } from "../../http/route";
import { renderedOnce } from "../public/public-zones";
import { esc } from "./layout";
import { LANGS, portalPath } from "./locale";
import { cachedPage, siteBaseOf } from "./respond";

/**
 * GET /sitemap.xml: every portal page of the published zones, in both languages, each with its
 * alternate; GET /robots.txt: the portal and the open data are for search engines, the rest not.
 */
export async function sitemap(c: Context, deps: AppDeps): Promise<Response> {
  const { origin } = siteBaseOf(deps.config);
  const xml = await renderedOnce(deps.database.db, `portal:sitemap:${origin}`, ({ items, asOf }) => {
    const subs = ["", "/policies", "/enquiries", ...items.map((z) => `/zones/${encodeURIComponent(z.id)}`)];
    const alternates = (sub: string) =>
      LANGS.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${esc(origin + portalPath(l, sub))}"/>`).join("");
    const urls = subs.flatMap((sub) =>
      LANGS.map(
        (lang) =>
          `<url><loc>${esc(origin + portalPath(lang, sub))}</loc>${asOf ? `<lastmod>${asOf}</lastmod>` : ""}${alternates(sub)}</url>`,
      ),
    );
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`
    );
  });
  return cachedPage(c, xml, "application/xml; charset=utf-8");
}

export async function robots(c: Context, deps: AppDeps): Promise<Response> {
  const { origin } = siteBaseOf(deps.config);
  const text = [
    "User-agent: *",
    "Allow: /portal",
    "Allow: /en/portal",
    "Allow: /api/public/",
    "Disallow: /api/",
    "Disallow: /",
    "",
    `Sitemap: ${origin}/sitemap.xml`,
    "",
  ].join("\n");
  return cachedPage(c, text, "text/plain; charset=utf-8");
}
