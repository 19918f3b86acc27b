import "server-only";
import { getActivitySummaries, type ActivitySummary } from "../activities/queries";
import { prisma } from "../db/client";
import { env } from "../env";
import { getReferenceData } from "../reference/municipalities";
import type { EngineQuery, EngineResult, FacetDimension, Facets, SearchEngine } from "./engine";
import { createMeilisearchEngine } from "./meilisearch/engine";
import { createPostgresEngine } from "./postgres-engine";
import { PAGE_SIZE, parseSearchQuery, type SearchParamsInput, type SearchQuery } from "./query";

export type SearchResponse = {
  query: SearchQuery;
  total: number;
  page: number;
  pageSize: number;
  items: ActivitySummary[];
  facets: Facets;
  /** Result counts without each active filter ("q" = without the search words), for the no-results advice. */
  withoutFilter: EngineResult["withoutFilter"];
  /** Values in the request that were not understood and were left out (shown as a note). */
  ignored: { municipality: string[] };
  engine: SearchEngine["name"];
};

/**
 * The search service: the configured engine, with PostgreSQL answering whenever the
 * external engine fails (a warning is logged and /api/health reports "degraded").
 */
export function createSearchService(primary: SearchEngine, fallback: SearchEngine) {
  let lastFallback: { at: Date; reason: string } | undefined;
  async function run(query: EngineQuery): Promise<{ result: EngineResult; engine: SearchEngine["name"] }> {
    if (primary === fallback) return { result: await primary.search(query), engine: primary.name };
    try {
      const result = await primary.search(query);
      lastFallback = undefined;
      return { result, engine: primary.name };
    } catch (error) {
      lastFallback = { at: new Date(), reason: error instanceof Error ? error.name : "error" };
      console.warn(`search: ${primary.name} failed (${lastFallback.reason}); answering from ${fallback.name}`);
      return { result: await fallback.search(query), engine: fallback.name };
    }
  }
  async function health(): Promise<{ engine: string; status: "up" | "degraded"; fallback?: string }> {
    if (primary === fallback) return { engine: primary.name, status: "up" };
    const up = await primary.ping().catch(() => false);
    return up && !lastFallback ? { engine: primary.name, status: "up" } : { engine: primary.name, status: "degraded", fallback: fallback.name };
  }
  return { run, health };
}

const postgres = createPostgresEngine(prisma);
let service: ReturnType<typeof createSearchService> | undefined;
function defaultService() {
  service ??= createSearchService(env.SEARCH_ENGINE === "meilisearch" ? createMeilisearchEngine() : postgres, postgres);
  return service;
}

/** For /api/health: the engine in use and whether it answers. */
export function searchHealth() {
  return defaultService().health();
}

function fold(text: string): string {
  return text.toLocaleLowerCase("fi").normalize("NFD").replace(/\p{M}/gu, "");
}

export async function searchActivities(
  input: SearchParamsInput,
  locale: string,
  searchService: ReturnType<typeof createSearchService> = defaultService(),
): Promise<SearchResponse> {
  const runSearch = searchService.run;
  const parsed = parseSearchQuery(input);
  const { municipalities, regions } = await getReferenceData();
  // Municipalities by code ("091") or by Finnish or Swedish name ("Helsinki", "Helsingfors").
  const byName = new Map<string, string>();
  for (const m of municipalities.values()) {
    byName.set(fold(m.nameFi), m.code);
    byName.set(fold(m.nameSv), m.code);
  }
  const codes: string[] = [];
  const ignored: string[] = [];
  for (const value of parsed.municipality) {
    const code = municipalities.has(value) ? value : byName.get(fold(value));
    if (code) codes.push(code);
    else ignored.push(value.slice(0, 60));
  }
  const query: SearchQuery = {
    ...parsed,
    municipality: [...new Set(codes)],
    region: parsed.region.filter((code) => regions.has(code)),
  };
  const engineQuery: EngineQuery = { ...query, pageSize: PAGE_SIZE };
  const { result, engine } = await runSearch(engineQuery);
  const withoutFilter = { ...result.withoutFilter };
  if (result.total === 0 && query.q) {
    withoutFilter.q = (await runSearch({ ...engineQuery, q: "", page: 1, sort: "newest" })).result.total;
  }
  return {
    query,
    total: result.total,
    page: query.page,
    pageSize: PAGE_SIZE,
    items: await getActivitySummaries(result.ids, locale),
    facets: result.facets,
    withoutFilter,
    ignored: { municipality: ignored },
    engine,
  };
}

export type { FacetDimension };
