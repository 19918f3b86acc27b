import type { Meilisearch } from "meilisearch";
import type { PrismaClient } from "../../db/client";
import { loadDocumentSources, placeLookup } from "../sync";
import { indexName } from "./client";
import { indexSettings, isPublic, toMeiliDocument } from "./documents";
import { succeeded } from "./tasks";

/**
 * Rebuilds the whole index into a fresh one and swaps it in, so searches never see a
 * half-built index; any failed task stops it before the swap and the fresh index is dropped.
 * Outbox rows queued meanwhile are sent afterwards as usual.
 */
export async function reindexMeilisearch(prisma: PrismaClient, client: Meilisearch, log: (line: string) => void = () => {}) {
  const live = indexName();
  const fresh = `${live}_${Date.now()}`;
  await succeeded(client.createIndex(fresh, { primaryKey: "id" }));
  try {
    const sent = await fill(prisma, client, fresh, log);
    const exists = await client.getIndex(live).then(() => true, () => false);
    if (!exists) await succeeded(client.createIndex(live, { primaryKey: "id" }));
    await succeeded(client.swapIndexes([{ indexes: [live, fresh], rename: false }]));
    log(`swapped ${sent} documents into ${live}`);
    return sent;
  } finally {
    // After the swap it holds the old documents; after a failure, the half-built ones.
    await client.deleteIndex(fresh).waitTask().catch(() => {});
  }
}

async function fill(prisma: PrismaClient, client: Meilisearch, fresh: string, log: (line: string) => void) {
  await succeeded(client.index(fresh).updateSettings(indexSettings()));
  const places = await placeLookup(prisma);
  let cursor: string | undefined;
  let sent = 0;
  for (;;) {
    const batch = await prisma.activity.findMany({
      where: { status: "PUBLISHED", deletedAt: null },
      select: { id: true },
      orderBy: { id: "asc" },
      take: 1000,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (batch.length === 0) break;
    const sources = (await loadDocumentSources(prisma, batch.map((b) => b.id))).filter((s) => isPublic(s));
    if (sources.length) await succeeded(client.index(fresh).addDocuments(sources.map((s) => toMeiliDocument(s, places))), 120_000);
    sent += sources.length;
    cursor = batch.at(-1)!.id;
    log(`indexed ${sent}`);
  }
  return sent;
}
