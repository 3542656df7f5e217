import { type Lang, OPEN_DATA_LICENCE } from "@dondoc/domain";
import { messagesOf, portalPath } from "./locale";
import { PORTAL_CSS_HREF } from "./portal-css";

/** HTML-escapes text and attribute values: everything that comes from data goes through here. */
export function esc(value: string | number | null | undefined): string {
  return String(value ?? "").replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Where absolute URLs point: PUBLIC_URL when configured, else the request's own origin. */
export interface SiteBase {
  origin: string;
  configured: boolean;
}

export type NavItem = "zones" | "policies" | "enquiry";

export interface PageMeta {
  lang: Lang;
  base: SiteBase;
  /** the page's path below /portal: "" (home), "/zones/x", "/policies" */
  sub: string;
  /** kept when switching language (the home page's filters) */
  search?: string;
  title: string;
  description: string;
  ogType?: "website" | "article";
  nav?: NavItem | null;
  /** error and confirmation pages stay out of search engines */
  noindex?: boolean;
}

const OG_LOCALE: Record<Lang, string> = { vi: "vi_VN", en: "en_US" };

function head(p: PageMeta): string {
  const url = (lang: Lang) => `${p.base.origin}${portalPath(lang, p.sub)}`;
  const other: Lang = p.lang === "vi" ? "en" : "vi";
  return [
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${esc(p.title)}</title>`,
    `<meta name="description" content="${esc(p.description)}">`,
    p.noindex ? `<meta name="robots" content="noindex">` : `<link rel="canonical" href="${esc(url(p.lang))}">`,
    `<link rel="alternate" hreflang="vi" href="${esc(url("vi"))}"><link rel="alternate" hreflang="en" href="${esc(url("en"))}">`,
    `<link rel="alternate" hreflang="x-default" href="${esc(url("vi"))}">`,
    `<meta property="og:site_name" content="${esc(messagesOf(p.lang).siteName)}">`,
    `<meta property="og:title" content="${esc(p.title)}"><meta property="og:description" content="${esc(p.description)}">`,
    `<meta property="og:type" content="${p.ogType ?? "website"}">`,
    `<meta property="og:locale" content="${OG_LOCALE[p.lang]}"><meta property="og:locale:alternate" content="${OG_LOCALE[other]}">`,
    p.base.configured ? `<meta property="og:url" content="${esc(url(p.lang))}">` : "",
    `<meta name="theme-color" content="#0d3b66"><link rel="stylesheet" href="${PORTAL_CSS_HREF}">`,
  ].join("");
}

function header(p: PageMeta): string {
  const m = messagesOf(p.lang);
  const other: Lang = p.lang === "vi" ? "en" : "vi";
  const item = (key: NavItem, sub: string, label: string) =>
    `<li><a href="${portalPath(p.lang, sub)}"${p.nav === key ? ` aria-current="page"` : ""}>${esc(label)}</a></li>`;
  return (
    `<header class="site-header"><div class="wrap bar">` +
    `<a class="brand" href="${portalPath(p.lang)}"><span class="brand-name">${esc(m.siteName)}</span>` +
    `<span class="brand-tag">${esc(m.siteTagline)}</span></a>` +
    `<a class="lang-switch" href="${esc(portalPath(other, p.sub) + (p.search ?? ""))}" hreflang="${other}" lang="${other}" ` +
    `title="${esc(m.otherLanguageLabel)}">${esc(m.otherLanguage)}</a>` +
    `<nav aria-label="${esc(m.navLabel)}"><ul>` +
    item("zones", "", m.navZones) +
    item("policies", "/policies", m.navPolicies) +
    item("enquiry", "/enquiries", m.navEnquiry) +
    `</ul></nav></div></header>`
  );
}

function footer(lang: Lang): string {
  const m = messagesOf(lang);
  const data = [
    ["/api/public/zones", "JSON"],
    ["/api/public/zones.csv", "CSV"],
    ["/api/public/zones.geojson", "GeoJSON"],
    ["/api/docs", "OpenAPI"],
  ];
  return (
    `<footer class="site-footer"><div class="wrap"><p>${esc(m.footerData)}</p>` +
    `<p>${esc(m.footerLicence)} <a href="${OPEN_DATA_LICENCE.url}" rel="license">${esc(OPEN_DATA_LICENCE.name)}</a>. ` +
    `${esc(m.footerOpenData)} ${data.map(([href, label]) => `<a href="${href}">${label}</a>`).join(" · ")}</p></div></footer>`
  );
}

/** The whole document: head with SEO and Open Graph tags, skip link, landmarks. `main` is trusted HTML. */
export function renderPage(p: PageMeta, main: string): string {
  const m = messagesOf(p.lang);
  return (
    `<!doctype html><html lang="${p.lang}"><head>${head(p)}</head><body>` +
    `<a class="skip-link" href="#main">${esc(m.skipLink)}</a>${header(p)}` +
    `<main id="main" tabindex="-1"><div class="wrap">${main}</div></main>${footer(p.lang)}</body></html>`
  );
}

/** A definition list row; `value` is trusted HTML. */
export const row = (label: string, value: string): string => `<div><dt>${esc(label)}</dt><dd>${value}</dd></div>`;
