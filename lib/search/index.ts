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

const postgres = createPostgresEngine(prisma);
let meilisearch: SearchEngine | undefined;
let lastFallback: { at: Date; reason: string } | undefined;

function configuredEngine(): SearchEngine {
  if (env.SEARCH_ENGINE !== "meilisearch") return postgres;
  meilisearch ??= createMeilisearchEngine();
  return meilisearch;
}

/** Search through the configured engine; if Meilisearch fails, answer from PostgreSQL instead. */
async function runSearch(query: EngineQuery): Promise<{ result: EngineResult; engine: SearchEngine["name"] }> {
  const engine = configuredEngine();
  if (engine === postgres) return { result: await postgres.search(query), engine: "postgres" };
  try {
    const result = await engine.search(query);
    lastFallback = undefined;
    return { result, engine: engine.name };
  } catch (error) {
    lastFallback = { at: new Date(), reason: error instanceof Error ? error.name : "error" };
    console.warn(`search: ${engine.name} failed (${lastFallback.reason}); answering from postgres`);
    return { result: await postgres.search(query), engine: "postgres" };
  }
}

/** For /api/health: the engine in use and whether it is reachable. */
export async function searchHealth(): Promise<{ engine: string; status: "up" | "degraded"; fallback?: string }> {
  const engine = configuredEngine();
  if (engine === postgres) return { engine: "postgres", status: "up" };
  const up = await engine.ping().catch(() => false);
  return up ? { engine: engine.name, status: "up" } : { engine: engine.name, status: "degraded", fallback: "postgres" };
}

export function lastSearchFallback() {
  return lastFallback;
}

function fold(text: string): string {
  return text.toLocaleLowerCase("fi").normalize("NFD").replace(/\p{M}/gu, "");
}

export async function searchActivities(input: SearchParamsInput, locale: string): Promise<SearchResponse> {
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
