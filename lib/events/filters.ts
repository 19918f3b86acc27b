import { ACTIVITY_LANGUAGES } from "../reference/languages";
import { EVENT_AUDIENCES, EVENT_KINDS, THEMES } from "../reference/vocabulary";

// The events list's URL contract (/{locale}/events, the .ics and RSS/Atom feeds take the same):
// q (text), from / to (YYYY-MM-DD) or month (YYYY-MM), region (2-digit code), municipality
// (3-digit code), online=1, free=1, audience, kind, theme, lang (repeatable where a list makes
// sense), page. Unknown or malformed values are dropped, never an error.

export type EventFilters = {
  q?: string;
  from?: string;
  to?: string;
  month?: string;
  regions: string[];
  municipalities: string[];
  online: boolean;
  free: boolean;
  audiences: string[];
  kinds: string[];
  themes: string[];
  languages: string[];
  page: number;
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function all(params: Params, name: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

const validDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const oneOf = (allowed: readonly string[]) => (value: string) => allowed.includes(value);
const unique = (values: string[], keep: (v: string) => boolean, max = 20) => [...new Set(values.map((v) => v.trim()).filter(keep))].slice(0, max);

export function parseEventFilters(params: Params): EventFilters {
  const first = (name: string) => all(params, name)[0]?.trim() || undefined;
  const q = first("q")?.slice(0, 200);
  const from = first("from");
  const to = first("to");
  const month = first("month");
  const page = Number(first("page"));
  return {
    q: q || undefined,
    from: from && validDate(from) ? from : undefined,
    to: to && validDate(to) ? to : undefined,
    month: month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : undefined,
    regions: unique(all(params, "region"), (v) => /^\d{2}$/.test(v)),
    municipalities: unique(all(params, "municipality"), (v) => /^\d{3}$/.test(v)),
    online: first("online") === "1",
    free: first("free") === "1",
    audiences: unique(all(params, "audience"), oneOf(EVENT_AUDIENCES)),
    kinds: unique(all(params, "kind"), oneOf(EVENT_KINDS)),
    themes: unique(all(params, "theme"), oneOf(THEMES)),
    languages: unique(all(params, "lang"), oneOf(ACTIVITY_LANGUAGES)),
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
  };
}

/** The filters back as query parameters (links, feed URLs); page only when asked. */
export function eventFilterQuery(filters: EventFilters, options: { page?: boolean } = {}): [string, string][] {
  const out: [string, string][] = [];
  if (filters.q) out.push(["q", filters.q]);
  if (filters.month) out.push(["month", filters.month]);
  if (filters.from) out.push(["from", filters.from]);
  if (filters.to) out.push(["to", filters.to]);
  for (const v of filters.regions) out.push(["region", v]);
  for (const v of filters.municipalities) out.push(["municipality", v]);
  if (filters.online) out.push(["online", "1"]);
  if (filters.free) out.push(["free", "1"]);
  for (const v of filters.audiences) out.push(["audience", v]);
  for (const v of filters.kinds) out.push(["kind", v]);
  for (const v of filters.themes) out.push(["theme", v]);
  for (const v of filters.languages) out.push(["lang", v]);
  if (options.page && filters.page > 1) out.push(["page", String(filters.page)]);
  return out;
}

export function hasEventFilters(filters: EventFilters): boolean {
  return eventFilterQuery(filters).length > 0;
}
