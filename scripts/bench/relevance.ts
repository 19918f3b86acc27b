// npm run bench:relevance [-- --misses] [-- --category typo]
// The relevance suite: the judged queries of tests/relevance/judgements.ts over the demo data
// (a throwaway database, migrated and seeded), through each available engine (postgres always,
// meilisearch when MEILISEARCH_URL is set). Prints recall@5, recall@20, MRR and the share of
// queries with no results, overall, per category and per language. Figures are printed, never
// asserted (tests/integration/search-relevance.test.ts holds a floor).
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { seedDatabase } from "../../lib/db/seed";
import type { SearchEngine } from "../../lib/search/engine";
import { createPostgresEngine } from "../../lib/search/postgres-engine";
import { createSearchService, type ReferenceData } from "../../lib/search/service";
import { figures, figuresBy, runJudgements, type Figures } from "../../tests/relevance/evaluate";
import { JUDGEMENTS } from "../../tests/relevance/judgements";
import { configuredMeilisearchEngine } from "../../tests/support/meilisearch";
import { startThrowawayPostgres } from "../../tests/support/throwaway-postgres";

const { values } = parseArgs({
  options: {
    misses: { type: "boolean", default: false },
    category: { type: "string" },
    lang: { type: "string" },
  },
});

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const row = (label: string, f: Figures) =>
  `${label.padEnd(16)} ${String(f.queries).padStart(5)} ${pct(f.recall5)} ${pct(f.recall20)} ${f.mrr.toFixed(3).padStart(7)} ${pct(f.zero)}`;
const header = `${"".padEnd(16)} ${"n".padStart(5)} ${"R@5".padStart(7)} ${"R@20".padStart(7)} ${"MRR".padStart(7)} ${"zero".padStart(7)}`;

const cluster = await startThrowawayPostgres({ prefix: "tukiverkko-relevance" });
const prisma = createPrismaClient(cluster.url);
try {
  await applyMigrations(cluster.url);
  await seedDatabase(prisma, { now: new Date() });
  const [municipalities, regions] = await Promise.all([
    prisma.municipality.findMany({ select: { code: true, nameFi: true, nameSv: true, regionCode: true } }),
    prisma.region.findMany({ select: { code: true, nameFi: true, nameSv: true, nameEn: true } }),
  ]);
  const reference: ReferenceData = {
    municipalities: new Map(municipalities.map((m) => [m.code, m])),
    regions: new Map(regions.map((r) => [r.code, r])),
  };
  const judgements = JUDGEMENTS.filter((j) => (!values.category || j.category === values.category) && (!values.lang || j.lang === values.lang));
  const engines: SearchEngine[] = [createPostgresEngine(prisma)];
  const meili = configuredMeilisearchEngine(prisma).create();
  if (meili) engines.push(meili);
  for (const engine of engines) {
    const service = createSearchService(engine, engine);
    const started = Date.now();
    const outcomes = await runJudgements(judgements, { service, reference });
    console.log(`\n== ${engine.name}: ${judgements.length} judged queries in ${Date.now() - started} ms\n${header}`);
    console.log(row("all", figures(outcomes)));
    console.log("-- by category");
    for (const [key, f] of figuresBy(outcomes, (o) => o.judgement.category)) console.log(row(key, f));
    console.log("-- by language of the query");
    for (const [key, f] of figuresBy(outcomes, (o) => o.judgement.lang)) console.log(row(key, f));
    if (values.misses) {
      console.log("-- queries whose expected notices are not all in the first five");
      for (const o of outcomes.filter((o) => o.recall5 < 1)) {
        console.log(`[${o.judgement.category}/${o.judgement.locale}] ${JSON.stringify(o.judgement.q)}${o.judgement.params ? " " + JSON.stringify(o.judgement.params) : ""} → expected ${o.judgement.expect.join(",")}; got (${o.total}) ${o.ids.slice(0, 5).join(",")}`);
      }
    }
  }
  if (!meili) console.log("\nmeilisearch: not run (MEILISEARCH_URL is not set; no Meilisearch server can be installed on this machine)");
} finally {
  await prisma.$disconnect();
  await cluster.dispose();
}
