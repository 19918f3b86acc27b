// Dates, times and numbers for people in Finland: always Europe/Helsinki, whatever the
// server's or the reader's time zone, and always in the reader's UI locale.
export const TIME_ZONE = "Europe/Helsinki";

import { intlLocale, isLocale, LOCALE_TABLE } from "./locales";

// The Intl tag per UI locale (Latin digits, Gregorian calendar, en-GB) lives in the locale table.
function fmt(locale: string): string {
  return intlLocale(locale);
}

// Building an Intl formatter costs far more than using one (ICU loads the locale's data): a page of
// 20 search results formatted about 200 of them per request. Keep one per locale and options (a
// few dozen in all: the locales and options are this file's own).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * A date in the locale's words. Where CLDR only has month-first patterns (Somali), the parts
 * are put in day-month-year order, as everywhere in Finland: "22 Noofeembar 2026", "22/11/2026".
 */
function dateIn(date: Date, locale: string, timeZone: string, style: "long" | "numeric"): string {
  if (isLocale(locale) && LOCALE_TABLE[locale].dayFirst) {
    const parts = dateFormat(fmt(locale), { day: "numeric", month: style, year: "numeric", timeZone }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
    return [part("day"), part("month"), part("year")].join(style === "long" ? " " : "/");
  }
  const options: Intl.DateTimeFormatOptions =
    style === "long" ? { dateStyle: "long", timeZone } : { day: "numeric", month: "numeric", year: "numeric", timeZone };
  return dateFormat(fmt(locale), options).format(date);
}

export function formatDate(date: Date, locale: string): string {
  return dateIn(date, locale, TIME_ZONE, "long");
}

export function formatShortDate(date: Date, locale: string): string {
  return dateIn(date, locale, TIME_ZONE, "numeric");
}

/** A calendar date stored as @db.Date (midnight UTC) must not shift a day in Helsinki. */
export function formatCalendarDate(date: Date, locale: string): string {
  return dateIn(date, locale, "UTC", "long");
}

/** "17:30" style time for minutes from local midnight (schedules are stored in Helsinki time). */
export function formatMinutes(minutes: number, locale: string): string {
  const date = new Date(Date.UTC(2024, 0, 1, Math.floor(minutes / 60), minutes % 60));
  return dateFormat(fmt(locale), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" }).format(date);
}

/** Weekday name for an ISO weekday (1 = Monday). */
export function formatWeekday(isoWeekday: number, locale: string, width: "long" | "short" = "long"): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, isoWeekday));
  return dateFormat(fmt(locale), { weekday: width, timeZone: "UTC" }).format(date);
}

/** Whole days between two instants counted on Helsinki calendar dates (for "confirmed N days ago"). */
export function daysBetween(earlier: Date, later: Date): number {
  const day = (d: Date) => {
    const [y, m, dd] = dateFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })
      .format(d)
      .split("-")
      .map(Number);
    return Date.UTC(y!, m! - 1, dd!);
  };
  return Math.round((day(later) - day(earlier)) / 86_400_000);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(fmt(locale)).format(value);
}

// CLDR's list patterns are uneven ("A وB" in Arabic narrow lists, "ABC" in Chinese unit lists),
// so lists of names use the script's own comma: the Arabic comma in ar/fa/ckb, the enumeration
// comma in Chinese, a comma and a space elsewhere.
const LIST_SEPARATOR: Record<string, string> = { ar: "، ", fa: "، ", ckb: "، ", zh: "、" };

export function listSeparator(locale: string): string {
  return LIST_SEPARATOR[locale] ?? ", ";
}

/** "English, Arabic" / "الإنجليزية، العربية" / "英语、阿拉伯语". */
export function formatList(items: readonly string[], locale: string): string {
  return items.join(listSeparator(locale));
}
