import { isActivityLanguage } from "../reference/languages";
import { categoryFromSlug, categorySlug, type NewsCategoryValue } from "./categories";

// The news list's URL contract, lenient like the activity search: ?category=funding&region=01
// &lang=sv&page=2; unknown values are dropped, never an error. The list page and the three
// feeds share it, so a feed link is the page's own filters.

export type NewsFilters = { category: NewsCategoryValue[]; region: string[]; lang: string[]; page: number };
export type NewsFiltersInput = URLSearchParams | Record<string, string | string[] | undefined>;

function values(input: NewsFiltersInput, name: string): string[] {
  const raw = input instanceof URLSearchParams ? input.getAll(name) : [input[name] ?? []].flat();
  return raw.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean).slice(0, 20);
}

export function parseNewsFilters(input: NewsFiltersInput): NewsFilters {
  const category = [...new Set(values(input, "category").map(categoryFromSlug).filter((c): c is NewsCategoryValue => !!c))];
  const region = [...new Set(values(input, "region").filter((code) => /^\d{2}$/.test(code)))];
  const lang = [...new Set(values(input, "lang").map((l) => l.toLowerCase()).filter(isActivityLanguage))];
  const page = Number(values(input, "page")[0] ?? 1);
  return { category, region, lang, page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1 };
}

/** Canonical query string (without page 1). */
export function newsFiltersToParams(filters: NewsFilters, options: { page?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const c of filters.category) params.append("category", categorySlug(c));
  for (const r of filters.region) params.append("region", r);
  for (const l of filters.lang) params.append("lang", l);
  if (options.page !== false && filters.page > 1) params.set("page", String(filters.page));
  return params;
}
