// The one table of UI locales. Adding a locale: add it to LOCALES and LOCALE_TABLE, add
// messages/<code>.json with every key of messages/fi.json (node scripts/i18n-missing.mjs), and
// check its Intl data (docs/decisions/004-locales-and-rtl.md).
export const LOCALES = ["fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "ckb", "so", "zh", "vi"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fi";

type LocaleInfo = {
  dir: "ltr" | "rtl";
  /**
   * The tag handed to Intl for dates, times and numbers. Latin digits and the Gregorian
   * calendar everywhere, so a date or a phone number reads the same as on a Finnish letter,
   * a bus stop or the notice text itself (decision 004).
   */
  intl: string;
  /** CLDR has month-first dates for this locale; show day-first dates as used in Finland (decision 004). */
  dayFirst?: true;
};

export const LOCALE_TABLE: Record<Locale, LocaleInfo> = {
  fi: { dir: "ltr", intl: "fi" },
  sv: { dir: "ltr", intl: "sv" },
  en: { dir: "ltr", intl: "en-GB" }, // English readers here live in Finland: "1 January 2027"
  ru: { dir: "ltr", intl: "ru" },
  uk: { dir: "ltr", intl: "uk" },
  et: { dir: "ltr", intl: "et" },
  ar: { dir: "rtl", intl: "ar-u-nu-latn" },
  fa: { dir: "rtl", intl: "fa-u-ca-gregory-nu-latn" }, // Persian defaults to the Solar Hijri calendar and Persian digits
  ckb: { dir: "rtl", intl: "ckb-u-nu-latn" }, // Sorani defaults to Arabic-Indic digits
  so: { dir: "ltr", intl: "so", dayFirst: true },
  zh: { dir: "ltr", intl: "zh" },
  vi: { dir: "ltr", intl: "vi" },
};

// Right-to-left languages that may appear as content even though they are no UI locale.
const RTL = new Set<string>(["ar", "fa", "ckb", "he", "ur", "ps", "prs", "yi"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeDirection(locale: string): "rtl" | "ltr" {
  return isLocale(locale) ? LOCALE_TABLE[locale].dir : RTL.has(locale) ? "rtl" : "ltr";
}

/** The Intl tag for formatting in a UI locale; other codes pass through unchanged. */
export function intlLocale(locale: string): string {
  return isLocale(locale) ? LOCALE_TABLE[locale].intl : locale;
}

// Built once per code: every page's language switcher names all twelve, and building an
// Intl.DisplayNames for each was about 1% of the search page's server time (a CPU profile under
// load, docs/decisions/019 ninth pass).
const NATIVE_NAMES = new Map<string, string>();

/** The language's name in itself ("Suomi", "Svenska", "العربية"), for the language switcher. */
export function nativeLanguageName(locale: string): string {
  let native = NATIVE_NAMES.get(locale);
  if (native === undefined) {
    const name = new Intl.DisplayNames([locale], { type: "language" }).of(locale) ?? locale;
    native = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
    // Codes come from the app's own tables, so the map stays small.
    NATIVE_NAMES.set(locale, native);
  }
  return native;
}

/** The cookie in which next-intl keeps the reader's locale (lib/i18n/routing.ts). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
