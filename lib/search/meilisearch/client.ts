import { Meilisearch } from "meilisearch";
import { env } from "../../env";

export function meilisearchClient(): Meilisearch {
  if (!env.MEILISEARCH_URL) {
    throw new Error("SEARCH_ENGINE=meilisearch needs MEILISEARCH_URL (and MEILISEARCH_KEY if the server has a master key).");
  }
  // A short timeout: if Meilisearch is slow or down, search falls back to PostgreSQL quickly.
  return new Meilisearch({ host: env.MEILISEARCH_URL, apiKey: env.MEILISEARCH_KEY, timeout: 2000 });
}

export const indexName = () => env.MEILISEARCH_INDEX;
