/** Display formats of SPEC §4: numbers "1.156,77", dates "dd/mm/yyyy", money in million VND. */

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: "vi" | "en", maxDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maxDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: maxDigits });
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(value: number | null | undefined, maxDigits = 2, locale: "vi" | "en" = "vi"): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  return numberFormat(locale, maxDigits).format(value);
}

export function formatPercent(ratio: number | null | undefined, locale: "vi" | "en" = "vi"): string {
  if (ratio === null || ratio === undefined) return "—";
  return `${formatNumber(ratio * 100, 1, locale)}%`;
}

/** "2025-03-10" → "10/03/2025"; "2026-06" → "06/2026"; "2026" → "2026". */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-");
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? "—";
}

/**
 * An instant as a person in Vietnam reads it, whatever the zone of the machine showing it:
 * "2026-11-23T13:08:05Z" → "23/11/2026 20:08" (Asia/Ho_Chi_Minh, UTC+7 all year).
 */
export function formatDateTimeVi(instant: string | Date | null | undefined): string {
  if (instant === null || instant === undefined || instant === "") return "—";
  const time = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(time)) return String(instant);
  const local = new Date(time + 7 * 3_600_000).toISOString();
  return `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** "10/03/2025", "10/3/2025", "10.3.2025" or "10-3-2025" → "2025-03-10"; null when it is not a valid calendar date. */
export function parseDateVi(text: string): string | null {
  const m = text.trim().match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (!m) return null;
  const [, d, mo, y] = m;
  const iso = `${y}-${mo?.padStart(2, "0")}-${d?.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}
