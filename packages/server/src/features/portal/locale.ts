import { formatNumber, formatPercent, type Lang } from "@dondoc/domain";
import { type Messages, messages } from "./messages";

/** The portal's two languages: Vietnamese at /portal, English at /en/portal. */
export const LANGS: readonly Lang[] = ["vi", "en"];

export const messagesOf = (lang: Lang): Messages => messages[lang];

/** "/zones/x" → "/portal/zones/x" or "/en/portal/zones/x". */
export function portalPath(lang: Lang, sub = ""): string {
  return `${lang === "en" ? "/en" : ""}/portal${sub}`;
}

/** The language of a portal path. */
export const langOfPath = (path: string): Lang => (path.startsWith("/en/") ? "en" : "vi");

export const fmtNumber = (value: number | null, lang: Lang, digits = 2): string => formatNumber(value, digits, lang);
export const fmtPercent = (ratio: number | null, lang: Lang): string => formatPercent(ratio, lang);

const enDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "2025-03-10" → "10/03/2025" (vi) or "10 March 2025" (en). */
export function fmtDate(iso: string | null, lang: Lang): string {
  if (!iso) return "";
  const [y, m, d] = iso.slice(0, 10).split("-");
  if (!d) return m ? `${m}/${y}` : (y ?? "");
  return lang === "vi" ? `${d}/${m}/${y}` : enDate.format(new Date(`${y}-${m}-${d}T00:00:00Z`));
}

/** "74,9 ha" / "74.9 ha", or "chưa có số liệu" / "no data yet". */
export function fmtHa(value: number | null, lang: Lang): string {
  return value === null ? messages[lang].unknown : `${fmtNumber(value, lang)} ha`;
}
