import { formatDateVi, formatNumber, formatPercent } from "@dondoc/domain";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { type Lang, type MessageKey, type Params, translate } from "./translate";

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: Params): string;
  /** 1.156,77 in Vietnamese, 1,156.77 in English */
  num(value: number | null | undefined, maxDigits?: number): string;
  pct(ratio: number | null | undefined): string;
  /** dd/mm/yyyy in both languages (SPEC §4; en-GB writes dates the same way) */
  date(iso: string | null | undefined): string;
  /** a {vi, en} label of the domain vocabulary */
  label(labels: { vi: string; en: string } | undefined): string;
}

const STORAGE_KEY = "dondoc.lang";
const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(fixed ?? initialLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      num: (value, maxDigits = 2) => formatNumber(value, maxDigits, lang),
      pct: (ratio) => formatPercent(ratio, lang),
      date: (iso) => formatDateVi(iso),
      label: (labels) => (labels ? labels[lang] : "—"),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n needs an <I18nProvider>");
  return i18n;
}
