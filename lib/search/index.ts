import "server-only";
import { getActivitySummaries, type ActivitySummary } from "../activities/queries";
import { prisma } from "../db/client";
import { env } from "../env";
import { getReferenceData } from "../reference/municipalities";
import type { FacetDimension } from "./engine";
import { createMeilisearchEngine } from "./meilisearch/engine";
import { outboxDepth } from "./meilisearch/outbox";
import { createPostgresEngine } from "./postgres-engine";
import type { SearchParamsInput } from "./query";
import { createSearchService, searchIds, type SearchOutcome, type SearchService } from "./service";

export { createSearchService };

export type SearchResponse = Omit<SearchOutcome, "ids"> & { items: ActivitySummary[] };

const postgres = createPostgresEngine(prisma);
let service: SearchService | undefined;
function defaultService() {
  service ??= createSearchService(env.SEARCH_ENGINE === "meilisearch" ? createMeilisearchEngine() : postgres, postgres);
  return service;
}

export type SearchHealth = Awaited<ReturnType<SearchService["health"]>> & {
  /** False while this instance's first snapshot loads (a cold start): searches would wait. */
  ready: boolean;
  snapshot: { notices: number; terms: number; megabytes: number; loadedAt?: string };
  outbox?: { pending: number; oldestSeconds: number | null };
};

/**
 * For /api/health: the engine in use and whether it answers; whether this instance's snapshot
 * has loaded (asking starts the load, so a load balancer's first probe warms a new instance);
 * with Meilisearch, how many changes wait to be sent.
 */
export async function searchHealth(): Promise<SearchHealth> {
  const meili = env.SEARCH_ENGINE === "meilisearch";
  void postgres.warm();
  const status = postgres.status();
  const [engine, outbox] = await Promise.all([defaultService().health(), meili ? outboxDepth(prisma) : undefined]);
  return {
    ...engine,
    // With Meilisearch answering, the snapshot serves only as the fallback.
    ready: meili || status.ready,
    snapshot: {
      notices: status.notices,
      terms: status.terms,
      megabytes: Math.round((status.bytes / 1024 / 1024) * 10) / 10,
      loadedAt: status.loadedAt?.toISOString(),
    },
    ...(outbox ? { outbox } : {}),
  };
}

/** A search's first `pageSize` notices, ids only (lib/search/open-data.ts). */
export async function searchActivityIds(input: SearchParamsInput, locale: string, pageSize: number): Promise<SearchOutcome> {
  return searchIds(input, locale, { service: defaultService(), reference: await getReferenceData(), pageSize });
}

/** The search page's and /api/activities' search: the outcome with each notice's summary in the reader's language. */
export async function searchActivities(input: SearchParamsInput, locale: string, searchService: SearchService = defaultService()): Promise<SearchResponse> {
  const { ids, ...outcome } = await searchIds(input, locale, { service: searchService, reference: await getReferenceData() });
  return { ...outcome, items: await getActivitySummaries(ids, locale) };
}

export type { FacetDimension };
