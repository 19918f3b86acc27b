import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/locales";

// The language of the API's text fields (docs/decisions/016): `?lang=` first, then the
// request's Accept-Language, then Finnish. HSDS has no translated fields, so a response is in
// one language; each text says which language it is actually in (a notice may lack it).

export function negotiateLanguage(langParam: string | null, acceptLanguage: string | null): Locale {
  const fromParam = langParam?.trim().toLowerCase();
  if (fromParam && isLocale(fromParam)) return fromParam;
  for (const tag of parseAcceptLanguage(acceptLanguage)) {
    const base = tag.split("-")[0] ?? "";
    if (isLocale(tag)) return tag;
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

/** Language tags of an Accept-Language header, most wanted first (q=0 dropped). */
export function parseAcceptLanguage(header: string | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

export const API_LANGUAGES = LOCALES;
