import {
  AppError,
  fundingSourceLabels,
  type Lang,
  OPEN_DATA_LICENCE,
  type PublicZone,
  zoneKindLabels,
  zonePhaseLabels,
  zoneStageLabels,
} from "@dondoc/domain";
import type { Context } from "hono";
import type { AppDeps } from "../../http/route";
import { renderedOnce } from "../public/public-zones";
import { renderEnquiryForm } from "./enquiry-form";
import { esc, renderPage, row, type SiteBase } from "./layout";
import { fmtDate, fmtHa, fmtNumber, langOfPath, messagesOf, portalPath } from "./locale";
import { notFoundPage } from "./not-found-page";
import { cachedPage, siteBaseOf } from "./respond";
import { renderLocatorMap } from "./svg-map";
import { agencyOf, occupancyOf, stageBadge, whereOf } from "./zone-bits";

/** GET /portal/zones/:id, /en/portal/zones/:id; an unpublished or unknown zone is a 404 page. */
export async function zonePage(c: Context, deps: AppDeps): Promise<Response> {
  const lang = langOfPath(c.req.path);
  const id = c.req.param("id") ?? "";
  const base = siteBaseOf(deps.config);
  try {
    const html = await renderedOnce(deps.database.db, `portal:zone:${lang}:${base.origin}:${id}`, (zones) => {
      const zone = zones.items.find((z) => z.id === id);
      if (!zone) throw new AppError("not_found", "Không tìm thấy khu, cụm này.");
      return renderZone(zone, zones.items, zones.asOf, lang, base);
    });
    return cachedPage(c, html);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return notFoundPage(c, deps);
    throw error;
  }
}

const text = (value: string | null | undefined, lang: Lang) => esc(value || messagesOf(lang).unknown);
const section = (id: string, heading: string, body: string) =>
  `<section class="block" aria-labelledby="${id}"><h2 id="${id}">${esc(heading)}</h2>${body}</section>`;
const dl = (rows: string[]) => `<dl class="facts">${rows.join("")}</dl>`;

function facts(z: PublicZone, lang: Lang): string {
  const m = messagesOf(lang);
  const decision = z.establishmentDecision?.number
    ? m.decision(z.establishmentDecision.number, fmtDate(z.establishmentDecision.date, lang))
    : null;
  return dl([
    row(m.fieldKind, esc(zoneKindLabels[z.kind][lang])),
    row(m.fieldStage, stageBadge(z, lang)),
    row(m.fieldPhase, text(z.phase ? zonePhaseLabels[z.phase][lang] : null, lang)),
    row(m.fieldCommunes, text(z.communes.join(", "), lang)),
    row(m.fieldFormerDistrict, text(z.formerDistrict, lang)),
    row(m.fieldArea, esc(fmtHa(z.areaHa, lang))),
    row(
      m.fieldInvestment,
      z.totalInvestmentMillionVnd === null
        ? esc(m.unknown)
        : `${esc(fmtNumber(z.totalInvestmentMillionVnd, lang, 0))} ${esc(m.millionVnd)}`,
    ),
    row(m.fieldFunding, text(z.fundingSource ? fundingSourceLabels[z.fundingSource][lang] : null, lang)),
    row(m.fieldDecision, text(decision, lang)),
  ]);
}

function land(z: PublicZone, lang: Lang): string {
  const m = messagesOf(lang);
  return `${dl([
    row(m.fieldIndustrialLand, esc(fmtHa(z.industrialLandHa, lang))),
    row(m.fieldLeasedLand, esc(fmtHa(z.leasedLandHa, lang))),
    row(m.fieldFreeLand, esc(fmtHa(z.freeLandHa, lang))),
    row(m.fieldOccupancy, esc(occupancyOf(z, lang))),
  ])}<p class="note">${esc(m.occupancyNote)}</p>`;
}

function offer(z: PublicZone, lang: Lang): string {
  const m = messagesOf(lang);
  const industries =
    z.industries.length > 0 ? `<ul class="tags">${z.industries.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>` : text(null, lang);
  return dl([
    row(m.fieldRentalPrice, esc(z.rentalPrice || m.notPublished)),
    row(m.fieldIndustries, industries),
    row(m.fieldInvestor, text(z.investor, lang)),
    row(m.fieldContact, text(z.contact, lang)),
    row(m.fieldAgency, esc(agencyOf(z, lang))),
  ]);
}

function sources(z: PublicZone, asOf: string | null, lang: Lang): string {
  const m = messagesOf(lang);
  const docs = z.sources.length > 0 ? `<ul>${z.sources.map((s) => `<li>${esc(s)}</li>`).join("")}</ul>` : `<p>${esc(m.unknown)}</p>`;
  const data =
    `<p>${asOf ? `${esc(m.asOf(fmtDate(asOf, lang)))} ` : ""}${esc(m.licenceText)} ` +
    `<a href="${OPEN_DATA_LICENCE.url}" rel="license">${esc(OPEN_DATA_LICENCE.name)}</a>. ` +
    `<a href="/api/public/zones/${encodeURIComponent(z.id)}">${esc(m.zoneJson)}</a></p>`;
  return section("docs-h", m.documentsHeading, docs) + section("data-h", m.dataHeading, data);
}

export function renderZone(z: PublicZone, all: PublicZone[], asOf: string | null, lang: Lang, base: SiteBase): string {
  const m = messagesOf(lang);
  const where = whereOf(z, lang);
  const infra = z.stage === "wastewater-done" ? m.infraWastewaterDone : m.infraUnknown;
  const main =
    `<nav class="crumbs" aria-label="${esc(m.breadcrumbLabel)}"><ol><li><a href="${portalPath(lang)}">${esc(m.allZones)}</a></li>` +
    `<li><span aria-current="page">${esc(z.name)}</span></li></ol></nav>` +
    `<h1>${esc(z.name)}</h1><p class="meta">${stageBadge(z, lang)} <span>${esc(zoneKindLabels[z.kind][lang])}</span>` +
    `${where ? ` · <span>${esc(where)}</span>` : ""}</p>` +
    `<div class="zone-grid"><div>${section("facts-h", m.factsHeading, facts(z, lang))}${section("land-h", m.landHeading, land(z, lang))}` +
    `${section("infra-h", m.infraHeading, `<p>${esc(infra)}</p>`)}${section("offer-h", m.investorHeading, offer(z, lang))}` +
    `${sources(z, asOf, lang)}</div><aside class="zone-side">${renderLocatorMap(z, lang)}</aside></div>` +
    renderEnquiryForm({ lang, zones: all, values: { zoneId: z.id }, errors: [] });
  const title = m.zoneTitle(z.name, zoneKindLabels[z.kind][lang]);
  return renderPage(
    {
      lang,
      base,
      sub: `/zones/${encodeURIComponent(z.id)}`,
      title,
      description: m.zoneDescription(z.name, where, zoneStageLabels[z.stage][lang]),
      ogType: "article",
      nav: "zones",
    },
    main,
  );
}
