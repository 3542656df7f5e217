import { en } from "./en";
import { type MessageKey, vi } from "./vi";

export type Lang = "vi" | "en";
export type { MessageKey };
export type Params = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

const pluralRules: Record<Lang, Intl.PluralRules> = { vi: new Intl.PluralRules("vi"), en: new Intl.PluralRules("en") };

/** The number a parameter stands for, also when it was formatted ("1,156" in English, "1.156" in Vietnamese). */
function countOf(lang: Lang, value: string | number): number {
  if (typeof value === "number") return value;
  return Number(lang === "en" ? value.replace(/,/g, "") : value.replace(/\./g, "").replace(",", "."));
}

/**
 * The text of `key` in `lang`, with `{name}` placeholders replaced and `{name|one|other}` written in
 * the plural form Intl.PluralRules gives for the number `name` ("{count} {count|cluster|clusters}":
 * "1 cluster", "24 clusters"; Vietnamese has one form).
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogues[lang][key] ?? vi[key] ?? key;
  if (!params) return text;
  return text
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (whole, name: string, one: string, other: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return pluralRules[lang].select(countOf(lang, value)) === "one" ? one : other;
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
