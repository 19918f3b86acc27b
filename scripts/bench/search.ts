// npm run bench:search [-- --count 100000 --runs 20] [-- --data DIR | --url URL]
// Builds a throwaway database with N generated activities (or keeps it in DIR, and reuses it
// on later runs: generating 100,000 takes minutes), runs the case-worker queries
// through the search engine and through a naive Prisma baseline, and prints latency
// percentiles, result counts, the ratio baseline/engine and peak memory. Figures are printed,
// never asserted.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import type { Prisma } from "../../lib/db/generated/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { seedDatabase } from "../../lib/db/seed";
import { createPostgresEngine } from "../../lib/search/postgres-engine";
import { ensureSearchFormat, syncSearchDocument } from "../../lib/search/sync";
import { parseSearchQuery, PAGE_SIZE } from "../../lib/search/query";
import { freePort } from "../../tests/support/throwaway-postgres";
import { generateActivities } from "./generate";
import { CASE_WORKER_QUERIES } from "./queries";
import { percentile } from "./percentile";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "100000" },
    runs: { type: "string", default: "20" },
    // An already generated database (e.g. kept from an earlier run), instead of a new one.
    url: { type: "string" },
    // Keep the generated cluster in this directory; a later run with the same DIR reuses it.
    data: { type: "string" },
    // Only the engine's figures (the naive baseline with facet counts takes many minutes at 100,000).
    "no-baseline": { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The obvious way with Prisma: `contains` over the texts, relation and array filters, a count. */
async function naiveSearch(prisma: PrismaClient, params: Record<string, string>) {
  const query = parseSearchQuery(params);
  const where: Prisma.ActivityWhereInput = { status: "PUBLISHED", deletedAt: null, validUntil: { gt: new Date() } };
  const and: Prisma.ActivityWhereInput[] = [];
  if (query.q) {
    for (const word of query.q.split(" ")) {
      and.push({
        translations: {
          some: {
            OR: [
              { title: { contains: word, mode: "insensitive" } },
              { summary: { contains: word, mode: "insensitive" } },
              { description: { contains: word, mode: "insensitive" } },
            ],
          },
        },
      });
    }
  }
  if (query.municipality.length || query.region.length) {
    const codes = [...query.municipality];
    if (query.region.length) {
      const inRegion = await prisma.municipality.findMany({ where: { regionCode: { in: query.region } }, select: { code: true } });
      codes.push(...inRegion.map((m) => m.code));
    }
    and.push({ OR: [{ municipalities: { hasSome: codes } }, { nationwide: true }] });
  }
  if (query.lang.length) and.push({ OR: [{ languages: { hasSome: query.lang } }, { supportLanguages: { hasSome: query.lang } }] });
  if (query.group.length) and.push({ targetGroups: { hasSome: query.group } });
  if (query.theme.length) and.push({ themes: { hasSome: query.theme } });
  if (query.form.length) and.push({ forms: { hasSome: query.form } });
  if (query.mode.length) and.push({ mode: { in: query.mode.map((m) => m.toUpperCase() as "ONSITE") } });
  if (query.day.length) and.push({ slots: { some: { weekday: { in: query.day.map((d) => ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(d) + 1) } } } });
  if (query.free) and.push({ isFree: true });
  if (query.referrals) and.push({ acceptsReferrals: true });
  if (query.childcare) and.push({ childcare: true });
  if (query.gender.length) and.push({ genderSpace: { in: query.gender.map((g) => g.toUpperCase() as "ALL") } });
  const full = { ...where, AND: and };
  const [total, items] = await Promise.all([
    prisma.activity.count({ where: full }),
    prisma.activity.findMany({ where: full, select: { id: true }, orderBy: { publishedAt: "desc" }, take: PAGE_SIZE }),
  ]);
  return { total, ids: items.map((i) => i.id) };
}

/** The facet counts the obvious way: one count per facet value, every other filter applied. */
async function naiveFacets(prisma: PrismaClient, params: Record<string, string>) {
  const result = await naiveSearch(prisma, params);
  const dimensions: [string, readonly string[]][] = [
    ["theme", ["language", "work", "education", "digital", "health", "sports", "culture", "family", "society", "social", "volunteering", "nature"]],
    ["group", ["everyone", "women", "men", "youth", "children", "families", "seniors", "job-seekers", "students", "newcomers"]],
    ["lang", ["fi", "sv", "en", "ar", "so", "ru", "uk", "fa"]],
    ["mode", ["onsite", "online", "hybrid"]],
    ["day", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]],
  ];
  for (const [dimension, values] of dimensions) {
    await Promise.all(values.map((value) => naiveSearch(prisma, { ...params, [dimension]: value })));
  }
  return result;
}

async function measure(name: string, fn: (params: Record<string, string>) => Promise<{ total: number }>, repeat = runs) {
  const samples: number[] = [];
  const totals: number[] = [];
  const firstRuns: number[] = [];
  for (const params of CASE_WORKER_QUERIES) {
    // The first run of each query in this process: nothing about it computed before (the engine caches no word matches).
    const started = performance.now();
    totals.push((await fn(params)).total);
    firstRuns.push(performance.now() - started);
  }
  firstRuns.sort((a, b) => a - b);
  for (let run = 0; run < repeat; run++) {
    for (const params of CASE_WORKER_QUERIES) {
      const started = performance.now();
      await fn(params);
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  const result = { name, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99), firstP95: percentile(firstRuns, 95), totals };
  console.log(`${name.padEnd(36)} p50 ${ms(result.p50).padStart(9)}  p95 ${ms(result.p95).padStart(9)}  p99 ${ms(result.p99).padStart(9)}  (${samples.length} queries)`);
  console.log(`${"  first run of each query".padEnd(36)} p50 ${ms(percentile(firstRuns, 50)).padStart(9)}  p95 ${ms(percentile(firstRuns, 95)).padStart(9)}  max ${ms(firstRuns.at(-1)!).padStart(9)}`);
  return result;
}

const kept = values.data ? path.resolve(values.data) : undefined;
const reuse = kept !== undefined && existsSync(path.join(kept, "PG_VERSION"));
/** Publishes notices with a word no other has and times the first search after the commit (which must find them). */
async function publishToSearchable(prisma: PrismaClient, engine: ReturnType<typeof createPostgresEngine>) {
  const organisation = await prisma.organisation.findFirstOrThrow({ select: { id: true } });
  const times: number[] = [];
  for (let n = 0; n < 5; n++) {
    const word = `benchmarkword${"abcdefghij"[n]}${Date.now().toString(36).replace(/\d/g, "x")}`;
    const id = `bench-${word}`;
    await prisma.$transaction(async (tx) => {
      await tx.activity.create({
        data: {
          id, organisationId: organisation.id, status: "PUBLISHED", originalLanguage: "fi", mode: "ONSITE", municipalities: ["091"], languages: ["fi"],
          validUntil: new Date(Date.now() + 86_400_000), publishedAt: new Date(), lastConfirmedAt: new Date(),
          translations: { create: { locale: "fi", title: `Kerho ${word}`, summary: "Mittaus.", description: "Mittaus.", howToJoin: "-", integrationSupport: "-" } },
        },
      });
      await syncSearchDocument(tx, id);
    });
    const started = performance.now();
    const result = await engine.search({ ...parseSearchQuery({ q: word }), pageSize: PAGE_SIZE });
    times.push(performance.now() - started);
    if (result.ids[0] !== id) throw new Error(`publish → searchable: the first search after the commit did not find ${id}`);
    await prisma.activity.delete({ where: { id } });
  }
  return times;
}

const dataDir = values.url ? undefined : (kept ?? mkdtempSync(path.join(os.tmpdir(), "tukiverkko-bench-")));
const cluster = dataDir ? await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true }) : undefined;
const prisma = createPrismaClient(values.url ?? cluster!.url);
try {
  if (cluster && !reuse) {
    console.log(`bench:search — ${count} generated activities, ${CASE_WORKER_QUERIES.length} queries × ${runs} runs, ${os.cpus().length} cores`);
    await applyMigrations(cluster.url);
    await seedDatabase(prisma);
    const started = Date.now();
    await generateActivities(prisma, { count, log: (line) => process.stdout.write(`\r${line}        `) });
    console.log(`\ndata ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } else {
    if (cluster) {
      // A kept database: bring it to the current schema and search format.
      await applyMigrations(cluster.url);
      await ensureSearchFormat(prisma);
    }
    console.log(`bench:search — existing database, ${await prisma.activity.count()} activities, ${CASE_WORKER_QUERIES.length} queries × ${runs} runs`);
  }

  const engine = createPostgresEngine(prisma);
  // A new instance loads its snapshot and warms up before it reports ready (/api/health); time it apart.
  const loadStarted = performance.now();
  await engine.warm();
  console.log(`cold start (snapshot load and warm-up searches, before the instance reports ready): ${ms(performance.now() - loadStarted)}`);
  const stats = await engine.stats();
  // After a collection, so the figure is what the instance keeps, not the load's garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const heap = process.memoryUsage();
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `in-memory index: ${stats.notices} notices, ${stats.terms} terms, ${stats.postings} postings in ${mb(stats.bytes)} ` +
      `(${Math.round(stats.bytes / Math.max(1, stats.notices))} bytes a notice); process after load: RSS ${mb(heap.rss)}, ` +
      `JS heap ${mb(heap.heapUsed)}, typed arrays ${mb(heap.arrayBuffers)} (${Math.round((heap.heapUsed + heap.arrayBuffers) / Math.max(1, stats.notices))} bytes a notice in all)`,
  );
  const engineRun = await measure("postgres engine (results + facets)", (params) => engine.search({ ...parseSearchQuery(params), pageSize: PAGE_SIZE }));
  const published = await publishToSearchable(prisma, engine);
  console.log(`publish → searchable (the notice's transaction committed, then one search finds it, reading the change): ${published.map((t) => ms(t)).join(", ")}`);
  console.log(`targets: engine p95 ≤ 25 ms → ${engineRun.p95 <= 25 ? "met" : "NOT met"}; first run p95 ≤ 60 ms → ${engineRun.firstP95 <= 60 ? "met" : "NOT met"}`);

  if (!values["no-baseline"]) {
    const naiveRun = await measure("naive Prisma baseline (no facets)", (params) => naiveSearch(prisma, params));
    // About 45 count queries per search: two runs are enough to see where it stands.
    const naiveFacetRun = await measure("naive baseline with facet counts", (params) => naiveFacets(prisma, params), 2);
    console.log("\nresult counts per query (engine / naive; the naive one has no stemming, accents, typos or prefixes):");
    CASE_WORKER_QUERIES.forEach((params, i) => {
      console.log(`  ${String(engineRun.totals[i]).padStart(7)} / ${String(naiveRun.totals[i]).padStart(7)}  ${new URLSearchParams(params).toString() || "(no filters)"}`);
    });
    console.log(`\nratio baseline/engine at p95: ${(naiveRun.p95 / engineRun.p95).toFixed(1)}× without facets in the baseline, ${(naiveFacetRun.p95 / engineRun.p95).toFixed(1)}× with them (p50: ${(naiveRun.p50 / engineRun.p50).toFixed(1)}× / ${(naiveFacetRun.p50 / engineRun.p50).toFixed(1)}×)`);
    console.log(`target: ≥ 20× faster than the baseline with facets at p95 → ${naiveFacetRun.p95 / engineRun.p95 >= 20 ? "met" : "NOT met"}`);
  }
  console.log(`peak memory of this process (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await prisma.$disconnect();
  await cluster?.stop();
  if (dataDir && !kept) rmSync(dataDir, { recursive: true, force: true });
}
