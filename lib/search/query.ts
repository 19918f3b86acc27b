import { z } from "zod";
import { isActivityLanguage } from "../reference/languages";
import { FILTERS, FLAG_FILTERS, LEVEL_FILTERS, VALUES_FILTERS, type FilterName, type FilterQuery } from "./dimensions";

// The search URL contract (docs: shared DESIGN.md "Public URLs"), parsed leniently: unknown
// or malformed values are dropped, never an error. The page and /api/activities share it.
// The filters over known values come from lib/search/dimensions.ts.

export { FINNISH_LEVELS, GENDER_SPACES, MODES, TIMES_OF_DAY } from "./dimensions";
export const SORTS = ["relevance", "newest", "confirmed"] as const;
export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 20;
const MAX_VALUES = 40;

export type SearchQuery = FilterQuery & {
  q: string;
  municipality: string[];
  region: string[];
  /** Include online activities open to the whole of Finland when filtering by place. */
  nationwide: boolean;
  age: number | undefined;
  /** Only notices whose organiser said "room for new participants" in the last 30 days. */
  room: boolean;
  page: number;
  sort: (typeof SORTS)[number];
};

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function values(input: SearchParamsInput, name: string): string[] {
  const raw = input instanceof URLSearchParams ? input.getAll(name) : [input[name] ?? []].flat();
  // Repeated parameters and comma-separated lists both work: ?lang=ar&lang=so or ?lang=ar,so
  return raw.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean).slice(0, MAX_VALUES);
}

function oneOf<T extends string>(allowed: readonly T[], list: string[]): T[] {
  return [...new Set(list.map((v) => v.toLowerCase()).filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

const flag = (input: SearchParamsInput, name: string) => ["1", "true", "on", "yes"].includes(values(input, name)[0]?.toLowerCase() ?? "");

const intInRange = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** The defined filters' values from the parameters (each under its own name). */
function parseFilters(input: SearchParamsInput): FilterQuery {
  const parsed: Record<string, unknown> = {};
  for (const [name, f] of VALUES_FILTERS) parsed[name] = oneOf(f.values, values(input, name));
  for (const [name, f] of LEVEL_FILTERS) parsed[name] = oneOf(f.values, values(input, name))[0];
  for (const [name] of FLAG_FILTERS) parsed[name] = flag(input, name);
  return parsed as FilterQuery;
}

export function parseSearchQuery(input: SearchParamsInput): SearchQuery {
  const q = (values(input, "q").join(" ") || "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  const pageText = values(input, "page")[0];
  const page = pageText && /^\d{1,6}$/.test(pageText) ? intInRange(1, 100_000).catch(1).parse(pageText) : 1;
  const ageText = values(input, "age")[0];
  const age = ageText && /^\d{1,3}$/.test(ageText) ? intInRange(0, 120).optional().catch(undefined).parse(ageText) : undefined;
  const sort = oneOf(SORTS, values(input, "sort"))[0] ?? (q ? "relevance" : "newest");
  const filters = parseFilters(input);
  return {
    q,
    municipality: [...new Set(values(input, "municipality"))],
    region: [...new Set(values(input, "region").filter((v) => /^\d{2}$/.test(v)))],
    nationwide: values(input, "nationwide")[0] !== "0",
    ...filters,
    // Language codes are checked against the reference list (its own casing rules).
    lang: [...new Set(values(input, "lang").map((v) => v.toLowerCase()).filter(isActivityLanguage))],
    age,
    room: flag(input, "room"),
    page,
    sort: sort === "relevance" && !q ? "newest" : sort,
  };
}

/** The canonical query string for a query (for links, sharing and the API), without defaults. */
export function toSearchParams(query: SearchQuery, overrides: Partial<SearchQuery> = {}): URLSearchParams {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const name of ["municipality", "region"] as const) for (const value of merged[name]) params.append(name, value);
  for (const [name] of VALUES_FILTERS) for (const value of merged[name]) params.append(name, value);
  if (!merged.nationwide) params.set("nationwide", "0");
  for (const [name] of LEVEL_FILTERS) if (merged[name]) params.set(name, merged[name]);
  if (merged.age !== undefined) params.set("age", String(merged.age));
  for (const [name] of FLAG_FILTERS) if (merged[name]) params.set(name, "1");
  if (merged.room) params.set("room", "1");
  const defaultSort = merged.q ? "relevance" : "newest";
  if (merged.sort !== defaultSort) params.set("sort", merged.sort);
  if (merged.page > 1) params.set("page", String(merged.page));
  return params;
}

/** Search words: letters and digits only (so nothing but words ever reaches a tsquery), at most eight. */
export function searchTokens(q: string): string[] {
  return [
    ...new Set(
      q
        .toLowerCase()
        .normalize("NFC")
        .split(/[^\p{L}\p{N}]+/u)
        .filter((token) => token.length > 0)
        .map((token) => token.slice(0, 40)),
    ),
  ].slice(0, 8);
}

export function hasFilters(query: SearchQuery): boolean {
  return (
    query.municipality.length + query.region.length > 0 ||
    VALUES_FILTERS.some(([name]) => query[name].length > 0) ||
    LEVEL_FILTERS.some(([name]) => query[name] !== undefined) ||
    FLAG_FILTERS.some(([name]) => query[name]) ||
    query.age !== undefined || query.room
  );
}

type Dimension = FilterName | "municipality" | "region" | "room" | "age" | "q";

/** The query with one filter value removed (or the whole dimension, without `value`); back to page 1. */
export function withoutFilter(query: SearchQuery, dimension: Dimension, value?: string): SearchQuery {
  const next: SearchQuery = { ...query, page: 1 };
  switch (dimension) {
    case "q":
      next.q = "";
      if (next.sort === "relevance") next.sort = "newest";
      return next;
    case "age":
      next.age = undefined;
      return next;
    case "room":
      next.room = false;
      return next;
    case "municipality":
      // "Where" is one filter: municipalities and regions together.
      next.municipality = value === undefined ? [] : query.municipality.filter((v) => v !== value);
      if (value === undefined) next.region = [];
      return next;
    case "region":
      next.region = value === undefined ? [] : query.region.filter((v) => v !== value);
      return next;
  }
  const kind = FILTERS[dimension].kind;
  const cleared: Record<string, unknown> = {};
  if (kind === "flag") cleared[dimension] = false;
  else if (kind === "level") cleared[dimension] = undefined;
  else cleared[dimension] = value === undefined ? [] : (query[dimension as keyof FilterQuery] as string[]).filter((v) => v !== value);
  return { ...next, ...cleared };
}
