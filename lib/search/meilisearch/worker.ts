import type { PrismaClient } from "../../db/client";
import { meilisearchClient } from "./client";
import { processOutbox } from "./outbox";

/**
 * Drains the search outbox every few seconds while the server runs (only with
 * SEARCH_ENGINE=meilisearch). Safe with several instances: rows are claimed with SKIP LOCKED.
 */
export function startSearchSyncWorker(prisma: PrismaClient, intervalMs = 2000): () => void {
  const client = meilisearchClient();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      // Keep going while there is a backlog, then wait.
      while (!stopped && (await processOutbox(prisma, client)).sent > 0);
    } catch (error) {
      console.warn(`search sync: ${error instanceof Error ? error.message : error}`);
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
