import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/db/seed";
import type { SearchEngine } from "@/lib/search/engine";
import { createPostgresEngine } from "@/lib/search/postgres-engine";
import { createSearchService, type ReferenceData } from "@/lib/search/service";
import { figures, figuresBy, runJudgements, type QueryOutcome } from "../relevance/evaluate";
import { JUDGEMENTS } from "../relevance/judgements";
import { createFreshDatabase } from "../support/db";
import { configuredMeilisearchEngine } from "../support/meilisearch";

// The relevance suite's floor: the judged queries of tests/relevance/judgements.ts over the
// demo data. `npm run bench:relevance` prints the same figures in full; this test fails when
// a change to matching or ranking makes them clearly worse (docs/decisions/009).

const FLOOR = { recall5: 0.93, recall20: 0.96, mrr: 0.88, zero: 0.01, categoryRecall5: 0.8 };

let prisma: PrismaClient;
let drop: (() => Promise<void>) | undefined;
let reference: ReferenceData;

beforeAll(async () => {
  const db = await createFreshDatabase("relevance");
  drop = db.drop;
  await applyMigrations(db.url);
  prisma = createPrismaClient(db.url);
  await seedDatabase(prisma, { now: new Date() });
  const [municipalities, regions] = [
    await prisma.municipality.findMany({ select: { code: true, nameFi: true, nameSv: true, regionCode: true } }),
    await prisma.region.findMany({ select: { code: true, nameFi: true, nameSv: true, nameEn: true } }),
  ];
  reference = { municipalities: new Map(municipalities.map((m) => [m.code, m])), regions: new Map(regions.map((r) => [r.code, r])) };
}, 180_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await drop?.();
});

function report(name: string, outcomes: QueryOutcome[]) {
  const all = figures(outcomes);
  console.log(
    `[relevance] ${name}: ${all.queries} queries, recall@5 ${(all.recall5 * 100).toFixed(1)}%, recall@20 ${(all.recall20 * 100).toFixed(1)}%, ` +
      `MRR ${all.mrr.toFixed(3)}, zero results ${(all.zero * 100).toFixed(1)}%`,
  );
  return all;
}

const engines: { name: string; create: () => SearchEngine | undefined; skip?: string }[] = [
  { name: "postgres", create: () => createPostgresEngine(prisma) },
  { name: "meilisearch", create: () => configuredMeilisearchEngine(prisma).create(), skip: process.env.MEILISEARCH_URL ? undefined : "MEILISEARCH_URL is not set; no Meilisearch server can be installed on this machine" },
];

for (const { name, create, skip } of engines) {
  describe.skipIf(Boolean(skip))(`relevance suite: ${name}${skip ? ` (skipped: ${skip})` : ""}`, () => {
    it("keeps recall, rank and zero-result figures above the floor, overall and per category", async () => {
      const engine = create()!;
      const outcomes = await runJudgements(JUDGEMENTS, { service: createSearchService(engine, engine), reference });
      const all = report(name, outcomes);
      expect(all.queries).toBeGreaterThanOrEqual(250);
      expect(all.recall5).toBeGreaterThanOrEqual(FLOOR.recall5);
      expect(all.recall20).toBeGreaterThanOrEqual(FLOOR.recall20);
      expect(all.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
      expect(all.zero).toBeLessThanOrEqual(FLOOR.zero);
      for (const [category, f] of figuresBy(outcomes, (o) => o.judgement.category)) {
        expect({ category, recall5: f.recall5 >= FLOOR.categoryRecall5 }).toEqual({ category, recall5: true });
      }
    }, 300_000);
  });
}
