import type { ErrorDetail, Lang, PublicZone } from "@dondoc/domain";
import type { Context } from "hono";
import type { AppDeps } from "../../http/route";
import { renderedOnce } from "../public/public-zones";
import { type EnquiryField, renderEnquiryForm } from "./enquiry-form";
import { esc, renderPage, type SiteBase } from "./layout";
import { langOfPath, messagesOf, portalPath } from "./locale";
import { cachedPage, siteBaseOf } from "./respond";
import { zoneHref } from "./zone-bits";

/** GET /portal/enquiries[?zone=id]: the enquiry form on its own page (also where errors are shown). */
export async function enquiryPage(c: Context, deps: AppDeps): Promise<Response> {
  const lang = langOfPath(c.req.path);
  const base = siteBaseOf(deps.config);
  const wanted = c.req.query("zone") ?? "";
  const html = await renderedOnce(deps.database.db, `portal:enquiry:${lang}:${base.origin}:${wanted.slice(0, 80)}`, ({ items }) => {
    const zoneId = items.some((z) => z.id === wanted) ? wanted : "";
    return renderEnquiryPage({ lang, base, zones: items, values: { zoneId }, errors: [] });
  });
  return cachedPage(c, html);
}

export function renderEnquiryPage(s: {
  lang: Lang;
  base: SiteBase;
  zones: PublicZone[];
  values: Partial<Record<EnquiryField, string>>;
  errors: ErrorDetail[];
}): string {
  const m = messagesOf(s.lang);
  return renderPage(
    {
      lang: s.lang,
      base: s.base,
      sub: "/enquiries",
      title: s.errors.length > 0 ? `${m.errorsHeading} ${m.enquiryTitle}` : m.enquiryTitle,
      description: m.enquiryDescription,
      nav: "enquiry",
      noindex: s.errors.length > 0,
    },
    renderEnquiryForm({ ...s, standalone: true }),
  );
}

/** A short page with a heading, a message and a way back: thank-you, too many enquiries, refused. */
export function renderMessagePage(lang: Lang, base: SiteBase, title: string, text: string, back?: { href: string; label: string }): string {
  const m = messagesOf(lang);
  const link = back ?? { href: portalPath(lang), label: m.allZones };
  return renderPage(
    { lang, base, sub: "/enquiries", title, description: text, nav: "enquiry", noindex: true },
    `<div class="message-page"><h1>${esc(title)}</h1><p>${esc(text)}</p><p><a href="${esc(link.href)}">${esc(link.label)}</a></p></div>`,
  );
}

export const backToZone = (lang: Lang, zone: PublicZone | undefined) =>
  zone ? { href: zoneHref(lang, zone.id), label: `${messagesOf(lang).thanksBack}: ${zone.name}` } : undefined;
