import { type Lang, OPEN_DATA_LICENCE, type PublicZone, publicPlanStanding, zoneStageLabels, zoneStages } from "@dondoc/domain";
import type { Context } from "hono";
import type { AppDeps } from "../../http/route";
import { GEO_ATTRIBUTION } from "../geo/geo-files";
import { filterPublicZones, renderedOnce } from "../public/public-zones";
import { type HomeFilter, parseHomeFilter, renderFilterForm, searchOf } from "./home-filters";
import { esc, renderPage, type SiteBase } from "./layout";
import { fmtDate, fmtNumber, langOfPath, messagesOf } from "./locale";
import { cachedPage, siteBaseOf } from "./respond";
import { renderProvinceMap } from "./svg-map";
import { zoneCard } from "./zone-bits";

/** GET /portal, /en/portal: headline figures, the map, the filters and the matching zones. */
export async function homePage(c: Context, deps: AppDeps): Promise<Response> {
  const lang = langOfPath(c.req.path);
  const filter = parseHomeFilter(c.req.query());
  const search = searchOf(filter);
  const base = siteBaseOf(deps.config);
  const html = await renderedOnce(deps.database.db, `portal:home:${lang}:${base.origin}${search}`, (zones) =>
    renderHome(zones, filter, search, lang, base),
  );
  return cachedPage(c, html);
}

function figures(items: PublicZone[], lang: Lang): string {
  const m = messagesOf(lang);
  const clusters = items.filter((z) => z.kind === "CCN");
  // the plan's total (003: 1.156,77 ha, an expansion its own row), as the reports and the dashboard give it
  const area = publicPlanStanding(clusters).totals.areaHa;
  const known = items.filter((z) => z.freeLandHa !== null);
  const free = known.reduce((s, z) => s + (z.freeLandHa ?? 0), 0);
  const fig = (value: string, label: string, note = "", unit = "") =>
    `<li><strong>${esc(value)}${unit ? ` <span class="unit">${unit}</span>` : ""}</strong> <span>${esc(label)}</span>` +
    `${note ? `<small>${esc(note)}</small>` : ""}</li>`;
  return (
    `<section aria-labelledby="figures-h"><h2 id="figures-h" class="visually-hidden">${esc(m.figuresHeading)}</h2><ul class="figures">` +
    fig(String(clusters.length), m.figClusters) +
    fig(fmtNumber(area, lang), m.figArea, "", m.hectares) +
    (known.length > 0
      ? fig(fmtNumber(free, lang), m.figFreeLand, m.figFreeLandKnown(known.length), m.hectares)
      : `<li><span>${esc(m.figFreeLandUnknown)}</span></li>`) +
    fig(String(items.length - clusters.length), m.figOtherZones) +
    `</ul></section>`
  );
}

function legend(shown: PublicZone[], lang: Lang): string {
  const m = messagesOf(lang);
  const stages = zoneStages.filter((s) => shown.some((z) => z.stage === s));
  const items = stages.map((s) => `<li><span class="swatch st-${s}" aria-hidden="true"></span>${esc(zoneStageLabels[s][lang])}</li>`);
  return `<p class="legend-title">${esc(m.mapLegend)}</p><ul class="legend">${items.join("")}</ul>`;
}

function mapSection(shown: PublicZone[], lang: Lang): string {
  const m = messagesOf(lang);
  const unplaced = shown.filter((z) => !z.location).length;
  return (
    `<section class="map-panel" aria-labelledby="map-h"><h2 id="map-h">${esc(m.mapHeading)}</h2>` +
    `<figure>${renderProvinceMap(shown, lang)}<figcaption><p>${esc(m.mapHint)}</p>${legend(shown, lang)}` +
    (unplaced > 0 ? `<p>${esc(m.mapUnplaced(unplaced))}</p>` : "") +
    `<p class="attribution">${esc(GEO_ATTRIBUTION[lang])}</p></figcaption></figure></section>`
  );
}

function results(shown: PublicZone[], search: string, asOf: string | null, lang: Lang): string {
  const m = messagesOf(lang);
  const data = (ext: string, label: string) => `<a href="/api/public/zones${ext}${esc(search)}">${label}</a>`;
  return (
    `<section id="results" aria-labelledby="results-h"><h2 id="results-h">${esc(m.resultsHeading)}</h2>` +
    `<p class="count">${esc(m.resultsCount(shown.length))}${asOf ? ` · ${esc(m.asOf(fmtDate(asOf, lang)))}` : ""}</p>` +
    (shown.length > 0
      ? `<ul class="zone-cards">${shown.map((z) => zoneCard(z, lang)).join("")}</ul>`
      : `<p class="empty">${esc(m.resultsNone)}</p>`) +
    `<p class="open-data">${esc(m.openDataText)} <a href="${OPEN_DATA_LICENCE.url}" rel="license">${OPEN_DATA_LICENCE.id}</a>: ` +
    `${data("", "JSON")} · ${data(".csv", "CSV")} · ${data(".geojson", "GeoJSON")}</p></section>`
  );
}

export function renderHome(
  zones: { items: PublicZone[]; asOf: string | null },
  filter: HomeFilter,
  search: string,
  lang: Lang,
  base: SiteBase,
): string {
  const m = messagesOf(lang);
  const shown = filterPublicZones(zones.items, filter);
  const main =
    `<h1>${esc(m.homeHeading)}</h1><p class="lead">${esc(m.homeIntro)}</p>${figures(zones.items, lang)}` +
    `<div class="home-grid">${mapSection(shown, lang)}` +
    `<section class="filters-panel" aria-labelledby="filters-h"><h2 id="filters-h">${esc(m.filtersHeading)}</h2>` +
    `${renderFilterForm(zones.items, filter, lang)}</section></div>${results(shown, search, zones.asOf, lang)}`;
  return renderPage({ lang, base, sub: "", search, title: m.homeTitle, description: m.homeDescription, nav: "zones" }, main);
}
