import { Meilisearch } from "meilisearch";
import type { PrismaClient } from "../../lib/db/client";
import type { SearchEngine } from "../../lib/search/engine";
import { indexSettings, isPublic, toMeiliDocument } from "../../lib/search/meilisearch/documents";
import { createMeilisearchEngine } from "../../lib/search/meilisearch/engine";
import { loadDocumentSources, placeLookup } from "../../lib/search/sync";

/**
 * The Meilisearch engine for the contract suite, on a throwaway index, or the reason it is
 * skipped. Before each search it sends the fixture's notices as they are now (what the outbox
 * worker does in the app), so "visible at once" is tested through the same documents.
 */
export function configuredMeilisearchEngine(prisma: PrismaClient): { name: string; create: () => SearchEngine | undefined; skip?: string } {
  const url = process.env.MEILISEARCH_URL;
  if (!url) {
    const reason = "MEILISEARCH_URL is not set; no Meilisearch server can be installed on this machine";
    console.log(`[search contract] meilisearch skipped: ${reason}`);
    return { name: "meilisearch", create: () => undefined, skip: reason };
  }
  return {
    name: "meilisearch",
    create: () => {
      const client = new Meilisearch({ host: url, apiKey: process.env.MEILISEARCH_KEY });
      const index = `contract_${Date.now()}`;
      const engine = createMeilisearchEngine(client, index);
      let prepared = false;
      const push = async () => {
        if (!prepared) {
          await client.createIndex(index, { primaryKey: "id" }).waitTask();
          await client.index(index).updateSettings(indexSettings()).waitTask();
          prepared = true;
        }
        const ids = (await prisma.activity.findMany({ select: { id: true } })).map((a) => a.id);
        const sources = await loadDocumentSources(prisma, ids);
        const places = await placeLookup(prisma);
        await client.index(index).deleteAllDocuments().waitTask();
        const docs = sources.filter((s) => isPublic(s)).map((s) => toMeiliDocument(s, places));
        if (docs.length) await client.index(index).addDocuments(docs).waitTask();
      };
      return {
        ...engine,
        async search(query) {
          await push();
          return engine.search(query);
        },
      };
    },
  };
}
