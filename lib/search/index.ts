import "server-only";
import { getActivitySummaries, type ActivitySummary } from "../activities/queries";
import { prisma } from "../db/client";
import { env } from "../env";
import { getReferenceData } from "../reference/municipalities";
import type { FacetDimension } from "./engine";
import { createMeilisearchEngine } from "./meilisearch/engine";
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

/** For /api/health: the engine in use and whether it answers. */
export function searchHealth() {
  return defaultService().health();
}

/** The search page's and /api/activities' search: the outcome with each notice's summary in the reader's language. */
export async function searchActivities(input: SearchParamsInput, locale: string, searchService: SearchService = defaultService()): Promise<SearchResponse> {
  const { ids, ...outcome } = await searchIds(input, locale, { service: searchService, reference: await getReferenceData() });
  return { ...outcome, items: await getActivitySummaries(ids, locale) };
}

export type { FacetDimension };
