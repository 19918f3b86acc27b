import type { Meilisearch } from "meilisearch";
import type { PrismaClient } from "../../db/client";
import { loadDocumentSources, placeLookup } from "../sync";
import { indexName } from "./client";
import { isPublic, toMeiliDocument } from "./documents";
import { succeeded } from "./tasks";

// Sends the notice changes queued in search_outbox (written in each notice's own transaction)
// to Meilisearch. Rows are claimed with SKIP LOCKED, so several app instances can run it;
// a failed batch is retried with exponential back-off (2 s, 4 s, … up to 10 minutes).

const MAX_BACKOFF_SECONDS = 600;

export async function processOutbox(
  prisma: PrismaClient,
  client: Meilisearch,
  options: { batchSize?: number; index?: string } = {},
): Promise<{ sent: number; failed: number }> {
  const index = options.index ?? indexName();
  return prisma.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: bigint; activity_id: string; attempts: number }[]>`
        SELECT id, activity_id, attempts FROM search_outbox
        WHERE processed_at IS NULL AND available_at <= now()
        ORDER BY id LIMIT ${options.batchSize ?? 500}
        FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { sent: 0, failed: 0 };
      const ids = [...new Set(rows.map((r) => r.activity_id))];
      try {
        // Send the notices as they are now, whatever each queued row said.
        const sources = await loadDocumentSources(tx, ids);
        const places = await placeLookup(tx);
        const publicOnes = sources.filter((s) => isPublic(s));
        const publicIds = new Set(publicOnes.map((s) => s.id));
        const removed = ids.filter((id) => !publicIds.has(id));
        // A failed task throws here, so its rows are retried rather than marked sent.
        if (publicOnes.length) await succeeded(client.index(index).addDocuments(publicOnes.map((s) => toMeiliDocument(s, places)), { primaryKey: "id" }));
        if (removed.length) await succeeded(client.index(index).deleteDocuments(removed));
        await tx.$executeRaw`UPDATE search_outbox SET processed_at = now() WHERE id = ANY(${rows.map((r) => r.id)}::bigint[])`;
        return { sent: rows.length, failed: 0 };
      } catch (error) {
        const message = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
        for (const row of rows) {
          const delay = Math.min(MAX_BACKOFF_SECONDS, 2 ** (row.attempts + 1));
          await tx.$executeRaw`
            UPDATE search_outbox SET attempts = attempts + 1, last_error = ${message},
              available_at = now() + make_interval(secs => ${delay}) WHERE id = ${row.id}`;
        }
        return { sent: 0, failed: rows.length };
      }
    },
    { timeout: 60_000 },
  );
}

/** How many changes wait to be sent, and how old the oldest is (for /api/health). */
export async function outboxDepth(prisma: PrismaClient): Promise<{ pending: number; oldestSeconds: number | null }> {
  const [row] = await prisma.$queryRaw<{ pending: bigint; oldest: number | null }[]>`
    SELECT count(*) AS pending, extract(epoch FROM now() - min(created_at))::float8 AS oldest
    FROM search_outbox WHERE processed_at IS NULL`;
  return { pending: Number(row?.pending ?? 0), oldestSeconds: row?.oldest === null || row?.oldest === undefined ? null : Math.round(row.oldest) };
}
