import type { Lang } from "@dondoc/domain";
import type { Context } from "hono";
import type { AppDeps } from "../../http/route";
import { renderedOnce } from "../public/public-zones";
import { esc, renderPage, type SiteBase } from "./layout";
import { langOfPath, messagesOf, portalPath } from "./locale";
import { cachedPage, siteBaseOf } from "./respond";

/** GET /portal/policies, /en/portal/policies: support, procedures in short, the agencies to contact. */
export async function policiesPage(c: Context, deps: AppDeps): Promise<Response> {
  const lang = langOfPath(c.req.path);
  const base = siteBaseOf(deps.config);
  const html = await renderedOnce(deps.database.db, `portal:policies:${lang}:${base.origin}`, () => renderPolicies(lang, base));
  return cachedPage(c, html);
}

const list = (items: string[], tag: "ul" | "ol" = "ul") => `<${tag}>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</${tag}>`;

export function renderPolicies(lang: Lang, base: SiteBase): string {
  const m = messagesOf(lang);
  const agencies = m.agencies.map((a) => `<li><strong>${esc(a.name)}</strong><br>${esc(a.role)}</li>`).join("");
  const main =
    `<h1>${esc(m.policiesHeading)}</h1><p class="lead">${esc(m.policiesIntro)}</p>` +
    `<div class="policy-grid"><section class="block" aria-labelledby="inc-h"><h2 id="inc-h">${esc(m.incentivesHeading)}</h2>${list(m.incentives)}</section>` +
    `<section class="block" aria-labelledby="proc-h"><h2 id="proc-h">${esc(m.proceduresHeading)}</h2>` +
    `<h3>${esc(m.tenantsHeading)}</h3>${list(m.tenantSteps, "ol")}<h3>${esc(m.developersHeading)}</h3>${list(m.developerSteps, "ol")}` +
    `<h3>${esc(m.zonesHeading)}</h3><p>${esc(m.zonesText)}</p></section></div>` +
    `<section class="block" aria-labelledby="ag-h"><h2 id="ag-h">${esc(m.agenciesHeading)}</h2><ul class="agencies">${agencies}</ul>` +
    `<p>${esc(m.agenciesNote)} <a class="button" href="${portalPath(lang, "/enquiries")}">${esc(m.navEnquiry)}</a></p></section>` +
    `<p class="note">${esc(m.policiesSource)}</p>`;
  return renderPage({ lang, base, sub: "/policies", title: m.policiesTitle, description: m.policiesDescription, nav: "policies" }, main);
}
