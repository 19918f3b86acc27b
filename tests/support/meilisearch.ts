import type { PrismaClient } from "../../lib/db/client";
import type { SearchEngine } from "../../lib/search/engine";

/** The Meilisearch engine for the contract suite, or the reason it is skipped. */
export function configuredMeilisearchEngine(prisma: PrismaClient): { name: string; create: () => SearchEngine | undefined; skip?: string } {
  void prisma;
  const url = process.env.MEILISEARCH_URL;
  if (!url) {
    const reason = "MEILISEARCH_URL is not set; no Meilisearch server can be installed on this machine";
    console.log(`[search contract] meilisearch skipped: ${reason}`);
    return { name: "meilisearch", create: () => undefined, skip: reason };
  }
  return { name: "meilisearch", create: () => undefined, skip: "not wired yet" };
}
