import { isLocale, localeDirection } from "../i18n/locales";
import { BoundedMemo } from "../cache/bounded-memo";
import { REVIEWED_LANGUAGE_NAMES } from "./language-names";

// Languages an activity can be run in or offer support in, by ISO 639 code. Names come from
// Intl.DisplayNames in the reader's locale, except the few reviewed in ./language-names.ts.
// Kurdish is offered as its two written standards, Sorani (ckb) and Kurmanji (kmr); the generic
// "ku" was dropped (issue 11) because it read as a third, duplicate choice.
export const ACTIVITY_LANGUAGES = [
  "fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "ckb", "kmr", "so", "zh", "vi", "th",
  "tr", "ps", "prs", "ti", "am", "sq", "bs", "fr", "es", "pt", "de", "pl", "ro",
  "tl", "my", "ne", "hi", "ur", "bn", "sw", "smn", "se", "fit", "rmf", "fse",
] as const;

export type ActivityLanguage = (typeof ACTIVITY_LANGUAGES)[number];

export function isActivityLanguage(code: string): code is ActivityLanguage {
  return (ACTIVITY_LANGUAGES as readonly string[]).includes(code);
}

/** Writing direction for content in a given language (used on notice text blocks). */
export function languageDirection(code: string): "rtl" | "ltr" {
  return localeDirection(code);
}

// Names already looked up: Intl.DisplayNames is slow to build, and a search page names every
// language of every result and of the filter panel. Bounded, since codes may come from a URL.
const names = new BoundedMemo<string>(5000);

/** The language's name in the reader's locale, falling back to the code itself. */
export function languageName(code: string, displayLocale: string): string {
  return names.get(`${displayLocale}|${code}`, () => lookUpLanguageName(code, displayLocale));
}

function lookUpLanguageName(code: string, displayLocale: string): string {
  const reviewed = isLocale(displayLocale) ? REVIEWED_LANGUAGE_NAMES[code]?.[displayLocale] : undefined;
  if (reviewed) return reviewed;
  try {
    const name = new Intl.DisplayNames([displayLocale, "en"], { type: "language", fallback: "code" }).of(code);
    return name ?? code;
  } catch {
    return code;
  }
}
