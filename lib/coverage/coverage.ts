import "server-only";
import { publicActivityWhere } from "../activities/visibility";
import { prisma } from "../db/client";
import { getReferenceData } from "../reference/municipalities";
import { ACTIVITY_FORMS, TARGET_GROUPS, THEMES } from "../reference/taxonomies";
import { searchActivities } from "../search";
import { GENDER_SPACES, MODES, parseSearchQuery, toSearchParams, type SearchQuery } from "../search/query";

// Coverage by place (issue 15, docs/decisions/015-coverage-and-demand.md). Every count comes
// from the search layer the search page uses (searchActivities with the same URL parameters), so
// a number and the result count of its link are one computation and cannot disagree, on either
// engine. One search per place gives its total and, as facets, its count per value of every
// dimension (with no other filter active, a facet count is exactly what choosing the value returns).

export const COVERAGE_DIMENSIONS = ["group", "theme", "form", "lang", "mode", "gender"] as const;
export type CoverageDimension = (typeof COVERAGE_DIMENSIONS)[number];

/** The values of each dimension, in the vocabulary's order; languages are those any notice uses. */
export const DIMENSION_VALUES: Record<Exclude<CoverageDimension, "lang">, readonly string[]> = {
  group: TARGET_GROUPS,
  theme: THEMES,
  form: ACTIVITY_FORMS,
  mode: MODES,
  gender: GENDER_SPACES,
};

export type AreaKind = "country" | "region" | "municipality";
export type Area = { kind: AreaKind; code: string; population: number };

export type AreaCoverage = Area & {
  /** Notices the area's search returns: its own plus the online ones open to all of Finland. */
  total: number;
  /** Notices in the area itself (`nationwide=0`); for Finland, every notice. */
  local: number;
  /** Per dimension, value → local count (`nationwide=0` plus the value). */
  counts: Record<CoverageDimension, Record<string, number>>;
  /** Per dimension, value → count with the nationwide online notices (the area's plain search). */
  countsAll: Record<CoverageDimension, Record<string, number>>;
  /** Local notices whose organiser confirmed them within 90 days. */
  confirmedRecently: number;
};

export const CONFIRMED_WITHIN_DAYS = 90;
const DAY_MS = 86_400_000;

const EMPTY = parseSearchQuery({});

/** The search for an area (and, optionally, one value of a dimension): what every count links to. */
export function areaQuery(area: Pick<Area, "kind" | "code">, options: { local?: boolean; dimension?: CoverageDimension; value?: string } = {}): SearchQuery {
  const query: SearchQuery = { ...EMPTY };
  if (area.kind === "region") query.region = [area.code];
  if (area.kind === "municipality") query.municipality = [area.code];
  if (options.local && area.kind !== "country") query.nationwide = false;
  if (options.dimension && options.value !== undefined) {
    (query as Record<CoverageDimension, string[]>)[options.dimension] = [options.value];
  }
  return query;
}

/** The search page's address for an area's count: "/activities?region=08&nationwide=0&group=men". */
export function searchHref(area: Pick<Area, "kind" | "code">, options: { local?: boolean; dimension?: CoverageDimension; value?: string } = {}): string {
  const params = toSearchParams(areaQuery(area, options)).toString();
  return params ? `/activities?${params}` : "/activities";
}

/** Counts only: a page beyond any result, so no notice summaries are read. */
async function count(query: SearchQuery, locale: string) {
  const response = await searchActivities({ ...Object.fromEntries(toSearchParams(query)), page: "100000" }, locale);
  return response;
}

function pick(facets: Record<string, Record<string, number>>): Record<CoverageDimension, Record<string, number>> {
  return Object.fromEntries(COVERAGE_DIMENSIONS.map((d) => [d, { ...(facets[d] ?? {}) }])) as Record<CoverageDimension, Record<string, number>>;
}

type PublicRow = { municipalities: string[]; nationwide: boolean; lastConfirmedAt: Date };

async function publicRows(now: Date): Promise<PublicRow[]> {
  return prisma.activity.findMany({ where: publicActivityWhere(now), select: { municipalities: true, nationwide: true, lastConfirmedAt: true } });
}

async function areaCoverage(area: Area, rows: PublicRow[], regionOf: Map<string, string>, now: Date): Promise<AreaCoverage> {
  // Searches in English: the locale only orders results, never changes a count.
  const all = await count(areaQuery(area), "en");
  const local = area.kind === "country" ? all : await count(areaQuery(area, { local: true }), "en");
  const after = now.getTime() - CONFIRMED_WITHIN_DAYS * DAY_MS;
  const inArea = (row: PublicRow) =>
    area.kind === "country" ||
    row.municipalities.some((m) => (area.kind === "municipality" ? m === area.code : regionOf.get(m) === area.code));
  const confirmedRecently = rows.filter((row) => inArea(row) && row.lastConfirmedAt.getTime() >= after).length;
  return { ...area, total: all.total, local: local.total, counts: pick(local.facets), countsAll: pick(all.facets), confirmedRecently };
}

export type CoverageData = {
  country: AreaCoverage;
  regions: AreaCoverage[];
  /** Languages any notice is run in or supports, most common first. */
  languages: string[];
  /** Online notices open to all of Finland: part of every place's search results. */
  nationwide: number;
  computedAt: Date;
};

type Populations = { regions: Map<string, number>; municipalities: Map<string, number>; total: number };

let populationCache: Promise<Populations> | undefined;
function populations(): Promise<Populations> {
  populationCache ??= (async () => {
    const rows = await prisma.municipality.findMany({ select: { code: true, regionCode: true, population: true } });
    const regions = new Map<string, number>();
    const municipalities = new Map<string, number>();
    let total = 0;
    for (const row of rows) {
      municipalities.set(row.code, row.population);
      regions.set(row.regionCode, (regions.get(row.regionCode) ?? 0) + row.population);
      total += row.population;
    }
    return { regions, municipalities, total };
  })().catch((error) => {
    populationCache = undefined;
    throw error;
  });
  return populationCache;
}

/** The search data's version: a change to any notice moves it, so cached figures are recomputed. */
async function dataVersion(): Promise<string> {
  const rows = await prisma.$queryRaw<{ version: bigint; generation: bigint }[]>`SELECT version, generation FROM search_state WHERE id = 1`;
  const row = rows[0];
  return row ? `${row.generation}:${row.version}` : "0:0";
}

// Notices also leave the results when they expire, without a write: cached figures live a minute.
const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; value: Promise<unknown> }>();

async function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const full = `${await dataVersion()}|${key}`;
  const hit = cache.get(full);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as Promise<T>;
  for (const [k, v] of cache) if (Date.now() - v.at >= CACHE_MS || !k.startsWith(full.split("|")[0]!)) cache.delete(k);
  const value = compute();
  cache.set(full, { at: Date.now(), value });
  value.catch(() => cache.delete(full));
  return value;
}

/** Finland and its regions. */
export function getCoverage(): Promise<CoverageData> {
  return cached("country", async () => {
    const now = new Date();
    const [{ regions }, pop, rows] = await Promise.all([getReferenceData(), populations(), publicRows(now)]);
    const { municipalities } = await getReferenceData();
    const regionOf = new Map([...municipalities.values()].map((m) => [m.code, m.regionCode]));
    const country = await areaCoverage({ kind: "country", code: "", population: pop.total }, rows, regionOf, now);
    const regionList: AreaCoverage[] = [];
    for (const code of [...regions.keys()].sort()) {
      regionList.push(await areaCoverage({ kind: "region", code, population: pop.regions.get(code) ?? 0 }, rows, regionOf, now));
    }
    const languages = Object.entries(country.counts.lang).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
    const nationwide = rows.filter((row) => row.nationwide).length;
    return { country, regions: regionList, languages, nationwide, computedAt: now };
  });
}

/** A region and each of its municipalities. */
export function getRegionCoverage(regionCode: string): Promise<{ region: AreaCoverage; municipalities: AreaCoverage[] } | undefined> {
  return cached(`region:${regionCode}`, async () => {
    const now = new Date();
    const [{ regions, municipalities }, pop, rows] = await Promise.all([getReferenceData(), populations(), publicRows(now)]);
    if (!regions.has(regionCode)) return undefined;
    const regionOf = new Map([...municipalities.values()].map((m) => [m.code, m.regionCode]));
    const region = await areaCoverage({ kind: "region", code: regionCode, population: pop.regions.get(regionCode) ?? 0 }, rows, regionOf, now);
    const list: AreaCoverage[] = [];
    const codes = [...municipalities.values()].filter((m) => m.regionCode === regionCode).map((m) => m.code).sort();
    for (const code of codes) {
      list.push(await areaCoverage({ kind: "municipality", code, population: pop.municipalities.get(code) ?? 0 }, rows, regionOf, now));
    }
    return { region, municipalities: list };
  });
}

/** Activities per 10,000 residents, or undefined for a place without residents on record. */
export function per10k(count: number, population: number): number | undefined {
  return population > 0 ? (count / population) * 10_000 : undefined;
}
