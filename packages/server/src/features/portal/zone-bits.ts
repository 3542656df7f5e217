import { type Lang, type PublicZone, zoneKindLabels, zoneStageLabels } from "@dondoc/domain";
import { esc } from "./layout";
import { fmtHa, fmtPercent, messagesOf, portalPath } from "./locale";

/** Small pieces shared by the home and zone pages. */

export const zoneHref = (lang: Lang, id: string): string => portalPath(lang, `/zones/${encodeURIComponent(id)}`);

export const stageBadge = (zone: PublicZone, lang: Lang): string =>
  `<span class="badge st-${zone.stage}">${esc(zoneStageLabels[zone.stage][lang])}</span>`;

/** "Xã Tân Thành (trước 1/7/2025 thuộc Huyện Hữu Lũng)" */
export function whereOf(zone: PublicZone, lang: Lang): string {
  const district = zone.formerDistrict ? messagesOf(lang).formerlyIn(zone.formerDistrict) : "";
  const communes = zone.communes.join(", ");
  if (communes) return district ? `${communes} (${district})` : communes;
  return district.charAt(0).toUpperCase() + district.slice(1);
}

/** The agency an investor contacts: Sở Công Thương for clusters, the border zone's board for the rest. */
export function agencyOf(zone: PublicZone | null, lang: Lang): string {
  const [sct, board] = messagesOf(lang).agencies;
  return (zone === null || zone.kind === "CCN" ? sct?.name : board?.name) ?? "";
}

export const occupancyOf = (zone: PublicZone, lang: Lang): string =>
  zone.occupancy === null ? messagesOf(lang).unknown : fmtPercent(zone.occupancy, lang);

export function zoneCard(zone: PublicZone, lang: Lang): string {
  const m = messagesOf(lang);
  const mini = [
    [m.fieldArea, fmtHa(zone.areaHa, lang)],
    [m.fieldFreeLand, fmtHa(zone.freeLandHa, lang)],
    [m.fieldOccupancy, occupancyOf(zone, lang)],
  ];
  return (
    `<li class="zone-card"><h3><a href="${zoneHref(lang, zone.id)}">${esc(zone.name)}</a></h3>` +
    `<p class="meta">${stageBadge(zone, lang)} <span>${esc(zoneKindLabels[zone.kind][lang])}</span></p>` +
    `<p class="where">${esc(whereOf(zone, lang) || m.unknown)}</p>` +
    `<dl class="mini">${mini.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join("")}</dl></li>`
  );
}
