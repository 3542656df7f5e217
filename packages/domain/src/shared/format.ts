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

/** "10/03/2025", "10/3/2025", "10.3.2025" or "10-3-2025" → "2025-03-10"; null when it is not a valid calendar date. */
export function parseDateVi(text: string): string | null {
  const m = text.trim().match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (!m) return null;
  const [, d, mo, y] = m;
  const iso = `${y}-${mo?.padStart(2, "0")}-${d?.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}
