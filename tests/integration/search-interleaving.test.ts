import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import type { EngineQuery } from "@/lib/search/engine";
import { createPostgresEngine } from "@/lib/search/postgres-engine";
import { parseSearchQuery } from "@/lib/search/query";
import { getTestPrisma, testDatabaseUrl, truncateAll } from "../support/db";
import { createOrganisation } from "../support/factories";

// Writes from one process, searches from another: an instance that follows every change as it
// comes (deltas, removals) ends with exactly what the database holds, no missed write and no
// phantom, and agrees with an instance that loads everything at the end.

const prisma = getTestPrisma();
const query = (params: Record<string, string>): EngineQuery => ({ ...parseSearchQuery(params), pageSize: 1000 });
const WRITER = fileURLToPath(new URL("../support/search-writer.ts", import.meta.url));

beforeEach(() => truncateAll(prisma));

describe("search under concurrent writes from another process", () => {
  it("ends with exactly the visible notices and their current words", async () => {
    const org = await createOrganisation(prisma);
    const engine = createPostgresEngine(prisma);
    const writer = spawn(process.execPath, ["--import", "tsx", WRITER, testDatabaseUrl(), org.id, "150"], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    writer.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => writer.once("exit", resolve));
    let running = true;
    void exited.then(() => (running = false));
    let searches = 0;
    while (running) {
      const result = await engine.search(query({ q: "vuorotteluryhmä" }));
      expect(result.ids.length).toBe(result.total); // counts agree with results at every moment
      searches++;
    }
    expect(await exited).toBe(0);
    expect(searches).toBeGreaterThan(1);
    const done = JSON.parse(output.trim().split("\n").at(-1)!) as Record<string, number>;
    for (const kind of ["created", "changed", "hidden", "deleted"]) expect(done[kind], kind).toBeGreaterThan(5);

    const truth = await prisma.$queryRaw<{ activity_id: string }[]>`
      SELECT activity_id FROM search_document WHERE visible AND valid_until > now() ORDER BY activity_id`;
    const changed = await prisma.$queryRaw<{ activity_id: string }[]>`
      SELECT d.activity_id FROM search_document d JOIN activity_translation t ON t.activity_id = d.activity_id
      WHERE d.visible AND t.title LIKE '%muutettu%' ORDER BY d.activity_id`;
    expect(truth.length).toBeGreaterThan(0);
    const sorted = (ids: string[]) => [...ids].sort();
    for (const instance of [engine, createPostgresEngine(prisma)]) {
      expect(sorted((await instance.search(query({ q: "vuorotteluryhmä" }))).ids)).toEqual(truth.map((r) => r.activity_id));
      expect(sorted((await instance.search(query({ q: "muutettu" }))).ids)).toEqual(changed.map((r) => r.activity_id));
      expect((await instance.search(query({}))).total).toBe(truth.length);
    }
  }, 120_000);
});
