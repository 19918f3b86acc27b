import { hasFilters, toSearchParams, type SearchQuery } from "../search/query";
import { words as foldedWords } from "../search/text/fold";
import { TIME_ZONE } from "../i18n/format";

// What of a search is kept for the demand figures (docs/decisions/015): pure functions, so the
// rules are unit-tested. Nothing here sees an address, a session or a time finer than a week.

export const FEW_RESULTS = 3;
export const WORD_THRESHOLD = 5;
const MAX_WORDS = 6;
const MAX_FILTERS_LENGTH = 500;

/** The Monday (Europe/Helsinki) of the week `at` falls in, as a UTC midnight date. */
export function weekOf(at: Date): Date {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const day = Date.UTC(Number(get("year")), Number(get("month")) - 1, Number(get("day")));
  const weekday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(get("weekday"));
  return new Date(day - weekday * 86_400_000);
}

/**
 * The words kept: folded as search folds them, without anything that may identify someone
 * (digits, an address, anything very long), at most six, sorted so the same words in another
 * order count together.
 */
export function demandWords(text: string, locale: string): string[] {
  if (/[@]|https?:|www\./i.test(text)) return []; // an address was typed: keep no words at all
  const list = foldedWords(text, locale).filter((w) => w.length >= 2 && w.length <= 30 && !/\d/.test(w));
  return [...new Set(list)].sort().slice(0, MAX_WORDS);
}

export type DemandKey = { regionCode: string; filters: string; words: string[]; outcome: "NONE" | "FEW" };

/**
 * The aggregate key of a search that found little, or undefined when the search is not counted
 * (a later page, three or more results, nothing asked, too long).
 * `regionOf` maps a municipality code to its region; `places` are the places named in the text.
 */
export function demandKey(options: {
  query: SearchQuery;
  total: number;
  locale: string;
  regionOf: (municipality: string) => string | undefined;
  places?: { list: { kind: "municipality" | "region"; code: string }[]; textWithout: string };
}): DemandKey | undefined {
  const { query, total } = options;
  if (query.page !== 1 || total >= FEW_RESULTS) return undefined;
  if (!query.q && !hasFilters(query)) return undefined;
  const regions = new Set<string>(query.region);
  for (const m of query.municipality) {
    const r = options.regionOf(m);
    if (r) regions.add(r);
  }
  for (const p of options.places?.list ?? []) {
    const r = p.kind === "region" ? p.code : options.regionOf(p.code);
    if (r) regions.add(r);
  }
  const regionCode = regions.size === 1 ? [...regions][0]! : "";
  const filters = toSearchParams(query, {
    q: "",
    page: 1,
    sort: "newest",
    // An age is close to personal: not kept.
    age: undefined,
    region: regionCode ? query.region.filter((r) => r !== regionCode) : query.region,
  }).toString();
  if (filters.length > MAX_FILTERS_LENGTH) return undefined;
  const text = options.places ? options.places.textWithout : query.q;
  const words = demandWords(text, options.locale);
  if (words.length === 0 && !filters && !regionCode) return undefined;
  return { regionCode, filters, words, outcome: total === 0 ? "NONE" : "FEW" };
}

/**
 * A stored search as shown: its words that at least WORD_THRESHOLD searches used that week in
 * that scope, and how many were left out.
 */
export function maskWords(words: string[], weekCounts: (word: string) => number): { shown: string[]; hidden: number } {
  const shown = words.filter((w) => weekCounts(w) >= WORD_THRESHOLD);
  return { shown, hidden: words.length - shown.length };
}
