import { z } from "zod";
import { isActivityLanguage } from "../reference/languages";
import { ACTIVITY_FORMS, TARGET_GROUPS, THEMES, WEEKDAYS } from "../reference/taxonomies";

// The search URL contract (docs: shared DESIGN.md "Public URLs"), parsed leniently: unknown
// or malformed values are dropped, never an error. The page and /api/activities share it.

export const MODES = ["onsite", "online", "hybrid"] as const;
export const TIMES_OF_DAY = ["morning", "afternoon", "evening"] as const;
export const FINNISH_LEVELS = ["none", "some", "good"] as const;
export const GENDER_SPACES = ["all", "women", "men"] as const;
export const SORTS = ["relevance", "newest", "confirmed"] as const;
export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 20;
const MAX_VALUES = 40;

export type SearchQuery = {
  q: string;
  municipality: string[];
  region: string[];
  /** Include online activities open to the whole of Finland when filtering by place. */
  nationwide: boolean;
  lang: string[];
  group: string[];
  theme: string[];
  form: string[];
  mode: (typeof MODES)[number][];
  day: (typeof WEEKDAYS)[number][];
  time: (typeof TIMES_OF_DAY)[number][];
  /** The most Finnish the participant can manage: "some" also includes activities needing none. */
  finnish: (typeof FINNISH_LEVELS)[number] | undefined;
  age: number | undefined;
  gender: (typeof GENDER_SPACES)[number][];
  free: boolean;
  referrals: boolean;
  childcare: boolean;
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

export function parseSearchQuery(input: SearchParamsInput): SearchQuery {
  const q = (values(input, "q").join(" ") || "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  const pageText = values(input, "page")[0];
  const page = pageText && /^\d{1,6}$/.test(pageText) ? intInRange(1, 100_000).catch(1).parse(pageText) : 1;
  const ageText = values(input, "age")[0];
  const age = ageText && /^\d{1,3}$/.test(ageText) ? intInRange(0, 120).optional().catch(undefined).parse(ageText) : undefined;
  const sort = oneOf(SORTS, values(input, "sort"))[0] ?? (q ? "relevance" : "newest");
  return {
    q,
    municipality: [...new Set(values(input, "municipality"))],
    region: [...new Set(values(input, "region").filter((v) => /^\d{2}$/.test(v)))],
    nationwide: values(input, "nationwide")[0] !== "0",
    lang: [...new Set(values(input, "lang").map((v) => v.toLowerCase()).filter(isActivityLanguage))],
    group: oneOf(TARGET_GROUPS, values(input, "group")),
    theme: oneOf(THEMES, values(input, "theme")),
    form: oneOf(ACTIVITY_FORMS, values(input, "form")),
    mode: oneOf(MODES, values(input, "mode")),
    day: oneOf(WEEKDAYS, values(input, "day")),
    time: oneOf(TIMES_OF_DAY, values(input, "time")),
    finnish: oneOf(FINNISH_LEVELS, values(input, "finnish"))[0],
    age,
    gender: oneOf(GENDER_SPACES, values(input, "gender")),
    free: flag(input, "free"),
    referrals: flag(input, "referrals"),
    childcare: flag(input, "childcare"),
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
  const lists = ["municipality", "region", "lang", "group", "theme", "form", "mode", "day", "time", "gender"] as const;
  for (const name of lists) for (const value of merged[name]) params.append(name, value);
  if (!merged.nationwide) params.set("nationwide", "0");
  if (merged.finnish) params.set("finnish", merged.finnish);
  if (merged.age !== undefined) params.set("age", String(merged.age));
  if (merged.free) params.set("free", "1");
  if (merged.referrals) params.set("referrals", "1");
  if (merged.childcare) params.set("childcare", "1");
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
    query.municipality.length + query.region.length + query.lang.length + query.group.length + query.theme.length +
      query.form.length + query.mode.length + query.day.length + query.time.length + query.gender.length > 0 ||
    query.finnish !== undefined || query.age !== undefined || query.free || query.referrals || query.childcare || query.room
  );
}

type Dimension =
  | "municipality" | "region" | "lang" | "group" | "theme" | "form" | "mode" | "day" | "time"
  | "finnish" | "gender" | "free" | "referrals" | "childcare" | "room" | "age" | "q";

/** The query with one filter value removed (or the whole dimension, without `value`); back to page 1. */
export function withoutFilter(query: SearchQuery, dimension: Dimension, value?: string): SearchQuery {
  const next: SearchQuery = { ...query, page: 1 };
  switch (dimension) {
    case "q":
      next.q = "";
      if (next.sort === "relevance") next.sort = "newest";
      break;
    case "finnish":
      next.finnish = undefined;
      break;
    case "age":
      next.age = undefined;
      break;
    case "free":
    case "referrals":
    case "childcare":
    case "room":
      next[dimension] = false;
      break;
    case "municipality":
      // "Where" is one filter: municipalities and regions together.
      next.municipality = value === undefined ? [] : query.municipality.filter((v) => v !== value);
      if (value === undefined) next.region = [];
      break;
    default: {
      const list = query[dimension] as string[];
      (next as Record<string, unknown>)[dimension] = value === undefined ? [] : list.filter((v) => v !== value);
    }
  }
  return next;
}
