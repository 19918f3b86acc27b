import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/db/seed";
import { createFreshDatabase } from "../support/db";
import { startThrowawayPostgres, type ThrowawayCluster } from "../support/throwaway-postgres";

// npm run db:backup and db:restore (lib/db/backup.ts): the seeded database, backed up and
// restored into a fresh cluster, holds the same rows in every table.

let source: { url: string; drop: () => Promise<void> };
let target: ThrowawayCluster;
const dir = mkdtempSync(path.join(os.tmpdir(), "backup-"));

/** Every table's rows as one fingerprint: count and an md5 of the rows in a fixed order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'search_state') ORDER BY 1");
    const out: Record<string, string> = {};
    for (const { name } of rows) {
      const r = await sql.query<{ n: string; h: string | null }>(`SELECT count(*) AS n, md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)) AS h FROM "${name}" t`);
      out[name] = `${r.rows[0]!.n}:${r.rows[0]!.h ?? ""}`;
    }
    return out;
  } finally {
    await sql.end();
  }
}

beforeAll(async () => {
  source = await createFreshDatabase("backup");
  await applyMigrations(source.url);
  const prisma = createPrismaClient(source.url);
  await seedDatabase(prisma, { now: new Date("2026-11-23T09:00:00Z") });
  await prisma.$disconnect();
  target = await startThrowawayPostgres({ prefix: "restore" });
}, 240_000);

afterAll(async () => {
  await source?.drop();
  await target?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  test("a backup restored into a fresh cluster holds the same data, table by table", async () => {
    const manifest = await backupDatabase(source.url, path.join(dir, "one"));
    expect(manifest.tables.find((t) => t.name === "activity")!.rows).toBeGreaterThan(50);
    expect(manifest.migrations.length).toBeGreaterThan(10);
    await restoreDatabase(target.url, path.join(dir, "one"));
    const [before, after] = [await fingerprint(source.url), await fingerprint(target.url)];
    expect(Object.keys(after).length).toBeGreaterThan(20);
    expect(after).toEqual(before);
    // The restored database takes new rows: sequences continue after the restored ones.
    const sql = new pg.Client({ connectionString: target.url });
    await sql.connect();
    await sql.query("INSERT INTO audit_entry (action, entity_type, entity_id) VALUES ('test', 'user', 'x')");
    await sql.end();
  }, 240_000);

  test("a damaged backup changes nothing in the target", async () => {
    const before = await fingerprint(target.url);
    const broken = path.join(dir, "one", "activity.jsonl");
    const lines = readFileSync(broken, "utf8").split("\n");
    writeFileSync(broken, lines.slice(0, 3).join("\n")); // rows missing: the count check fails
    await expect(restoreDatabase(target.url, path.join(dir, "one"))).rejects.toThrow(/activity: the backup says \d+ rows/);
    expect(await fingerprint(target.url)).toEqual(before);
  }, 240_000);
});
