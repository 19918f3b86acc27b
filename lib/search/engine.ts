import { FILTER_NAMES, type FilterName } from "./dimensions";
import type { SearchQuery } from "./query";

// The contract every search engine meets (tests/integration/search-contract.test.ts runs the
// same suite against each configured engine).

/** Every filter with counts per value: the place, the defined filters (lib/search/dimensions.ts) and "has room". */
export const FACET_DIMENSIONS = ["municipality", "region", ...FILTER_NAMES, "room"] as const satisfies readonly string[];
export type FacetDimension = "municipality" | "region" | FilterName | "room";

/** value → count, where a value's count applies every filter except the one on its own dimension. */
export type Facets = Record<FacetDimension, Record<string, number>>;

export type EngineQuery = Omit<SearchQuery, "municipality"> & {
  /** Validated municipality codes (names already resolved). */
  municipality: string[];
  pageSize: number;
  /** The reader's UI locale: notices in that language come first among equally relevant ones. */
  locale?: string;
};

export type EngineResult = {
  total: number;
  ids: string[];
  facets: Facets;
  /** For each dimension with an active filter: how many results there would be without it. */
  withoutFilter: Partial<Record<FacetDimension | "q", number>>;
  /** Search words that no notice contains in any form (the page says so). */
  unmatched: string[];
};

export type SearchEngine = {
  name: "postgres" | "meilisearch";
  search(query: EngineQuery): Promise<EngineResult>;
  /** Is the engine reachable? (for /api/health) */
  ping(): Promise<boolean>;
};

export function emptyFacets(): Facets {
  return Object.fromEntries(FACET_DIMENSIONS.map((d) => [d, {}])) as unknown as Facets;
}
