import { readFileSync } from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";

// Database helpers for integration tests. The cluster and its migrated database come from
// tests/support/global-setup.ts. Usage:
//   const prisma = getTestPrisma();
//   beforeEach(() => truncateAll(prisma));

/** Tables that survive truncation: migration history and reference data (seeded once per run). */
const KEPT_TABLES = ["_prisma_migrations", "region", "municipality", "search_state"];

let client: PrismaClient | undefined;

export function testDatabaseUrl(): string {
  const url = inject("databaseUrl");
  if (!url) throw new Error("No test database: run integration tests through `vitest --project integration`.");
  return url;
}

/** One PrismaClient per test file for the integration database (disconnected after the file). */
export function getTestPrisma(): PrismaClient {
  client ??= createPrismaClient(testDatabaseUrl());
  return client;
}

export async function disconnectTestPrisma(): Promise<void> {
  const current = client;
  client = undefined;
  await current?.$disconnect();
}

/** Empties every table of the public schema except KEPT_TABLES, resetting sequences. */
export async function truncateAll(prisma: PrismaClient): Promise<void> {
  const rows = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const tables = rows.map((row) => row.tablename).filter((name) => !KEPT_TABLES.includes(name));
  if (tables.length === 0) return;
  const list = tables.map((name) => `"public"."${name.replaceAll('"', '""')}"`).join(", ");
  await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${list} RESTART IDENTITY CASCADE`);
  // Search documents vanished without a sync: tell the search snapshots to reload in full.
  await prisma.$executeRawUnsafe(`UPDATE search_state SET generation = generation + 1`);
}

type RegionRow = { code: string; nameFi: string; nameSv: string; nameEn: string };
type MunicipalityRow = { code: string; nameFi: string; nameSv: string; regionCode: string; population: number };

/**
 * prisma/data/municipalities.csv (plain CSV, no quoting). lib/db/seed.ts reads the same file
 * for the demo data; this copy keeps the test database's setup independent of the demo data.
 */
export function readReferenceData(): { regions: RegionRow[]; municipalities: MunicipalityRow[] } {
  const csv = readFileSync(new URL("../../prisma/data/municipalities.csv", import.meta.url), "utf8");
  const [header = "", ...lines] = csv.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  const columns = header.split(",");
  const regions = new Map<string, RegionRow>();
  const municipalities = lines.map((line) => {
    const cells = line.split(",");
    const at = (name: string) => (cells[columns.indexOf(name)] ?? "").trim();
    regions.set(at("region_code"), { code: at("region_code"), nameFi: at("region_fi"), nameSv: at("region_sv"), nameEn: at("region_en") });
    return {
      code: at("code"),
      nameFi: at("name_fi"),
      nameSv: at("name_sv"),
      regionCode: at("region_code"),
      population: Number(at("population_2020")),
    };
  });
  return { regions: [...regions.values()], municipalities };
}

/** Regions and municipalities, idempotently. global-setup.ts runs it once per run; truncateAll keeps them. */
export async function seedReference(prisma: PrismaClient): Promise<void> {
  const { regions, municipalities } = readReferenceData();
  await prisma.region.createMany({ data: regions, skipDuplicates: true });
  await prisma.municipality.createMany({ data: municipalities, skipDuplicates: true });
}

/**
 * A new, empty database on the test cluster (for tests that need a database of their own,
 * e.g. to run the migrations from scratch). Call drop() when done.
 */
export async function createFreshDatabase(prefix = "fresh"): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const base = new URL(testDatabaseUrl());
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`.toLowerCase();
  await withAdminClient(base, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => withAdminClient(base, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

async function withAdminClient<T>(base: URL, run: (admin: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(base);
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}
