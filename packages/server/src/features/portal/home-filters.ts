import {
  compareVi,
  type Lang,
  type PublicZone,
  type ZoneKind,
  type ZoneStage,
  zoneKindLabels,
  zoneKinds,
  zoneStageLabels,
  zoneStages,
} from "@dondoc/domain";
import type { PublicFilter } from "../public/public-zones";
import { esc } from "./layout";
import { messagesOf, portalPath } from "./locale";

/**
 * The home page's filters: a plain GET form with the open-data API's parameter names (kind, stage,
 * freeLand=1, commune, formerDistrict, q). Unknown or empty values are ignored, not refused.
 */
export type HomeFilter = Pick<PublicFilter, "kind" | "stage" | "commune" | "formerDistrict" | "q" | "freeLand">;

const text = (v: string | undefined, max: number) => {
  const t = v?.trim().normalize("NFC");
  return t ? t.slice(0, max) : undefined;
};

export function parseHomeFilter(query: Record<string, string>): HomeFilter {
  const f: HomeFilter = {};
  if (zoneKinds.includes(query.kind as ZoneKind)) f.kind = query.kind as ZoneKind;
  if (zoneStages.includes(query.stage as ZoneStage)) f.stage = query.stage as ZoneStage;
  if (query.freeLand === "1") f.freeLand = true;
  const commune = text(query.commune, 80);
  const district = text(query.formerDistrict, 80);
  const q = text(query.q, 200);
  if (commune) f.commune = commune;
  if (district) f.formerDistrict = district;
  if (q) f.q = q;
  return f;
}

/** The canonical query string of a filter ("" when none): a cache key and the language switch's link. */
export function searchOf(f: HomeFilter): string {
  const params = new URLSearchParams();
  for (const key of ["kind", "stage", "commune", "formerDistrict", "q"] as const) {
    const v = f[key];
    if (v) params.set(key, v);
  }
  if (f.freeLand) params.set("freeLand", "1");
  const s = params.toString();
  return s ? `?${s}` : "";
}

function select(id: string, name: string, label: string, options: [string, string][], value: string | undefined, any: string): string {
  const opts = options.map(([v, l]) => `<option value="${esc(v)}"${v === value ? " selected" : ""}>${esc(l)}</option>`).join("");
  return `<div class="field"><label for="${id}">${esc(label)}</label><select id="${id}" name="${name}"><option value="">${esc(any)}</option>${opts}</select></div>`;
}

const distinct = (values: string[]) => [...new Set(values)].sort(compareVi).map((v) => [v, v] as [string, string]);

export function renderFilterForm(all: PublicZone[], f: HomeFilter, lang: Lang): string {
  const m = messagesOf(lang);
  const stages = zoneStages.filter((s) => all.some((z) => z.stage === s));
  return (
    `<form class="filters" method="get" action="${portalPath(lang)}#results" role="search" aria-labelledby="filters-h">` +
    `<div class="field"><label for="f-q">${esc(m.filterQuery)}</label><input id="f-q" name="q" type="search" value="${esc(f.q)}"></div>` +
    select(
      "f-kind",
      "kind",
      m.filterKind,
      zoneKinds.map((k) => [k, zoneKindLabels[k][lang]]),
      f.kind,
      m.filterAny,
    ) +
    select(
      "f-stage",
      "stage",
      m.filterStage,
      stages.map((s) => [s, zoneStageLabels[s][lang]]),
      f.stage,
      m.filterAny,
    ) +
    select("f-commune", "commune", m.filterCommune, distinct(all.flatMap((z) => z.communes)), f.commune, m.filterAny) +
    select(
      "f-district",
      "formerDistrict",
      m.filterDistrict,
      distinct(all.flatMap((z) => (z.formerDistrict ? [z.formerDistrict] : []))),
      f.formerDistrict,
      m.filterAny,
    ) +
    `<div class="check"><input id="f-free" name="freeLand" type="checkbox" value="1"${f.freeLand ? " checked" : ""}>` +
    `<label for="f-free">${esc(m.filterFreeLand)}</label></div>` +
    `<div class="actions"><button type="submit">${esc(m.filterSubmit)}</button>` +
    `<a class="reset" href="${portalPath(lang)}#results">${esc(m.filterReset)}</a></div></form>`
  );
}
