// npm run search:reindex: rebuilds the search documents in PostgreSQL and, with
// SEARCH_ENGINE=meilisearch, the Meilisearch index (into a new index, swapped in at the end).
import { env } from "../lib/env";
import { meilisearchClient } from "../lib/search/meilisearch/client";
import { processOutbox } from "../lib/search/meilisearch/outbox";
import { reindexMeilisearch } from "../lib/search/meilisearch/reindex";
import { rebuildSearchDocuments } from "../lib/search/sync";
import { runWithScriptDatabase } from "./database";

// No migration here: a rebuild reads the schema as it is.
await runWithScriptDatabase(
  async (prisma) => {
      const documents = await rebuildSearchDocuments(prisma);
      console.log(`PostgreSQL search documents rebuilt: ${documents}`);
      if (env.SEARCH_ENGINE === "meilisearch") {
        const client = meilisearchClient();
        // The rebuild queued every notice in the outbox; the fresh index will have them all.
        // Changes queued after this point are sent normally after the swap.
        const [last] = await prisma.$queryRaw<{ max: bigint | null }[]>`SELECT max(id) AS max FROM search_outbox`;
        const max = last?.max ?? null;
        await reindexMeilisearch(prisma, client, (line) => console.log(line));
        if (max !== null) await prisma.$executeRaw`UPDATE search_outbox SET processed_at = now() WHERE processed_at IS NULL AND id <= ${max}`;
        await processOutbox(prisma, client);
      }
  },
  { migrate: false },
);
