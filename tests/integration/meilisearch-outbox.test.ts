import type { Meilisearch, Task } from "meilisearch";
import { beforeEach, describe, expect, it } from "vitest";
import { processOutbox, outboxDepth } from "@/lib/search/meilisearch/outbox";
import { reindexMeilisearch } from "@/lib/search/meilisearch/reindex";
import { getTestPrisma, truncateAll } from "../support/db";
import { createActivity, createOrganisation } from "../support/factories";

// The Meilisearch worker's logic against real PostgreSQL, with a stand-in for the Meilisearch
// client (no server can be installed here; tests/integration/search-contract.test.ts runs the
// real one when MEILISEARCH_URL is set). What matters: a task that Meilisearch reports as
// failed is not taken for sent, and a failed reindex is never swapped in.

const prisma = getTestPrisma();
beforeEach(() => truncateAll(prisma));

type Calls = { added: string[][]; removed: string[][]; swapped: number; deleted: string[] };

function fakeClient(outcome: (type: string) => Task["status"]): { client: Meilisearch; calls: Calls } {
  const calls: Calls = { added: [], removed: [], swapped: 0, deleted: [] };
  let uid = 0;
  const task = (type: string) => ({
    waitTask: async () => {
      const status = outcome(type);
      return { uid: ++uid, type, status, error: status === "failed" ? { code: "internal", message: "disk full", type: "internal", link: "" } : null } as unknown as Task;
    },
  });
  const index = () => ({
    addDocuments: (docs: { id: string }[]) => (calls.added.push(docs.map((d) => d.id)), task("documentAdditionOrUpdate")),
    deleteDocuments: (ids: string[]) => (calls.removed.push(ids), task("documentDeletion")),
    updateSettings: () => task("settingsUpdate"),
  });
  const client = {
    index,
    createIndex: () => task("indexCreation"),
    getIndex: async () => ({}),
    swapIndexes: () => (calls.swapped++, task("indexSwap")),
    deleteIndex: (name: string) => (calls.deleted.push(name), task("indexDeletion")),
  } as unknown as Meilisearch;
  return { client, calls };
}

async function queuedNotice() {
  const org = await createOrganisation(prisma);
  const activity = await createActivity(prisma, { organisationId: org.id, translations: [{ locale: "fi", title: "Kielikahvila" }] });
  await prisma.searchOutbox.create({ data: { activityId: activity.id, operation: "upsert" } });
  return activity;
}

describe("Meilisearch outbox worker", () => {
  it("keeps a change whose task failed for a later try, with back-off, and sends it when Meilisearch succeeds", async () => {
    const activity = await queuedNotice();
    const failing = fakeClient(() => "failed");
    const before = Date.now();
    expect(await processOutbox(prisma, failing.client, { index: "test" })).toEqual({ sent: 0, failed: 1 });
    const [row] = await prisma.searchOutbox.findMany();
    expect(row!.processedAt).toBeNull();
    expect(row!.attempts).toBe(1);
    expect(row!.lastError).toContain("disk full");
    // Two seconds after the attempt began (not after now: a loaded machine may take longer than that).
    expect(row!.availableAt.getTime()).toBeGreaterThanOrEqual(before + 1500);
    expect(await outboxDepth(prisma)).toMatchObject({ pending: 1 });

    // Not due yet: nothing is sent. (Due a minute from now, not at the two seconds of the
    // back-off: on a loaded machine those may pass before this line runs.)
    await prisma.searchOutbox.updateMany({ data: { availableAt: new Date(Date.now() + 60_000) } });
    const working = fakeClient(() => "succeeded");
    expect(await processOutbox(prisma, working.client, { index: "test" })).toEqual({ sent: 0, failed: 0 });
    await prisma.searchOutbox.updateMany({ data: { availableAt: new Date() } });
    expect(await processOutbox(prisma, working.client, { index: "test" })).toEqual({ sent: 1, failed: 0 });
    expect(working.calls.added).toEqual([[activity.id]]);
    expect((await prisma.searchOutbox.findFirst())!.processedAt).not.toBeNull();
    expect(await outboxDepth(prisma)).toEqual({ pending: 0, oldestSeconds: null });
  });

  it("sends a notice that is no longer public as a removal", async () => {
    const activity = await queuedNotice();
    await prisma.activity.update({ where: { id: activity.id }, data: { status: "ARCHIVED" } });
    const { client, calls } = fakeClient(() => "succeeded");
    expect(await processOutbox(prisma, client, { index: "test" })).toEqual({ sent: 1, failed: 0 });
    expect(calls.removed).toEqual([[activity.id]]);
    expect(calls.added).toEqual([]);
  });

  it("never swaps in a reindex whose documents failed, and drops the half-built index", async () => {
    await queuedNotice();
    const { client, calls } = fakeClient((type) => (type === "documentAdditionOrUpdate" ? "failed" : "succeeded"));
    await expect(reindexMeilisearch(prisma, client)).rejects.toThrow(/failed: internal disk full/);
    expect(calls.swapped).toBe(0);
    expect(calls.deleted).toHaveLength(1);
  });

  it("swaps in a complete reindex", async () => {
    const activity = await queuedNotice();
    const { client, calls } = fakeClient(() => "succeeded");
    expect(await reindexMeilisearch(prisma, client)).toBe(1);
    expect(calls.added).toEqual([[activity.id]]);
    expect(calls.swapped).toBe(1);
  });
});
