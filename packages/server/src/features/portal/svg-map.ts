import { type Lang, type PublicZone, zoneStageLabels } from "@dondoc/domain";
import { esc } from "./layout";
import { messagesOf, portalPath } from "./locale";
import { baseMap, provinceOutline } from "./map-geometry";

/**
 * The province map as inline SVG, drawn on the server: commune and province outlines, former
 * districts' names, and each zone as a circle coloured by stage that links to the zone's page.
 * An approximate position (the commune's label point) is drawn hollow; zones sharing one
 * approximate point are spread on a small ring so that each stays clickable.
 */
const R = 7;
const SPREAD = 12;

interface Placed {
  zone: PublicZone;
  x: number;
  y: number;
}

export function placeZones(zones: PublicZone[]): Placed[] {
  const map = baseMap();
  const groups = new Map<string, PublicZone[]>();
  for (const z of zones) {
    if (!z.location) continue;
    const key = `${z.location.lon.toFixed(4)},${z.location.lat.toFixed(4)}`;
    groups.set(key, [...(groups.get(key) ?? []), z]);
  }
  return [...groups.values()].flatMap((group) =>
    group.map((zone, i) => {
      const [x, y] = map.project(zone.location?.lon ?? 0, zone.location?.lat ?? 0);
      if (group.length === 1) return { zone, x, y };
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / group.length;
      const r = group.length > 4 ? SPREAD * 1.4 : SPREAD;
      return { zone, x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) };
    }),
  );
}

const n1 = (v: number) => Math.round(v * 10) / 10;

function circleOf(p: Placed, lang: Lang): string {
  const m = messagesOf(lang);
  const stage = zoneStageLabels[p.zone.stage][lang];
  const title = `${p.zone.name} – ${stage}${p.zone.location?.approximate ? ` (${m.approximate})` : ""}`;
  const cls = `zone st-${p.zone.stage}${p.zone.location?.approximate ? " approx" : ""}`;
  return (
    `<a href="${portalPath(lang, `/zones/${encodeURIComponent(p.zone.id)}`)}" aria-label="${esc(title)}">` +
    `<title>${esc(title)}</title><circle class="${cls}" cx="${n1(p.x)}" cy="${n1(p.y)}" r="${R}"/></a>`
  );
}

/** The home page's map of the given zones. */
export function renderProvinceMap(zones: PublicZone[], lang: Lang): string {
  const map = baseMap();
  const m = messagesOf(lang);
  const labels = map.districtLabels.map((l) => `<text x="${l.x}" y="${l.y}">${esc(l.name)}</text>`).join("");
  const placed = placeZones(zones).sort((a, b) => a.y - b.y);
  return (
    `<svg class="map" viewBox="0 0 ${map.width} ${map.height}" role="group" aria-labelledby="map-title" focusable="false">` +
    `<title id="map-title">${esc(m.mapLabel)}</title>` +
    `<path class="province" d="${map.province}"/><path class="communes" d="${map.communes}"/>` +
    `<g class="districts" aria-hidden="true">${labels}</g>` +
    `<g class="zones">${placed.map((p) => circleOf(p, lang)).join("")}</g></svg>`
  );
}

/** A small map locating one zone in the province (zone page). */
export function renderLocatorMap(zone: PublicZone, lang: Lang): string {
  const map = baseMap();
  const [p] = placeZones([zone]);
  if (!p) return "";
  const m = messagesOf(lang);
  const approximate = zone.location?.approximate ?? false;
  const cls = `zone st-${zone.stage}${approximate ? " approx" : ""}`;
  return (
    `<figure class="locator"><svg viewBox="0 0 ${map.width} ${map.height}" role="img" aria-label="${esc(m.locatorLabel(zone.name))}">` +
    `<path class="province" d="${provinceOutline()}"/><circle class="${cls}" cx="${n1(p.x)}" cy="${n1(p.y)}" r="${R * 2.2}"/></svg>` +
    `${approximate ? `<figcaption>${esc(m.locatorApproximate)}</figcaption>` : ""}</figure>`
  );
}
