import { en } from "./en";
import { type MessageKey, vi } from "./vi";

export type Lang = "vi" | "en";
export type { MessageKey };
export type Params = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** The text of `key` in `lang`, with `{name}` placeholders replaced. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogues[lang][key] ?? vi[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
