import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, test, vi } from "vitest";
import { applyMigrations, MIGRATIONS_DIR, MigrationError, readMigrations } from "@/lib/db/migrate";
import { createFreshDatabase } from "../support/db";

// lib/db/migrate.ts against real PostgreSQL, each test on a database of its own.

// Prisma Migrate's advisory lock key (the runner uses the same one so the two exclude each other).
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

async function freshDatabase(): Promise<string> {
  const db = await createFreshDatabase("migrate");
  cleanups.push(db.drop);
  return db.url;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  cleanups.push(() => client.end());
  return client;
}

/** A migrations folder in Prisma's layout: { "<name>": "<sql>" }. */
function migrationsDir(migrations: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tukiverkko-migrations-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(migrations)) writeMigration(dir, name, sql);
  return dir;
}

function writeMigration(dir: string, name: string, sql: string) {
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function tableNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  return rows.map((row) => row.tablename);
}

type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

async function migrationRows(client: pg.Client): Promise<MigrationRow[]> {
  const { rows } = await client.query<MigrationRow>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
  return rows;
}

const projectMigrationNames = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("applyMigrations", () => {
  test("the project has migrations in Prisma's layout", () => {
    expect(projectMigrationNames.length).toBeGreaterThan(0);
    for (const name of projectMigrationNames) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(readFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8")).toMatch(/provider\s*=\s*"postgresql"/);
    expect(readMigrations().map((migration) => migration.name)).toEqual(projectMigrationNames);
  });

  test("on a fresh database applies every migration once; a second run applies nothing", async () => {
    const url = await freshDatabase();
    expect(await applyMigrations(url)).toEqual(projectMigrationNames);
    expect(await applyMigrations(url)).toEqual([]);

    const client = await connect(url);
    const rows = await migrationRows(client);
    expect(rows.map((row) => row.migration_name)).toEqual(projectMigrationNames);
    expect(await tableNames(client)).toEqual(expect.arrayContaining(["_prisma_migrations", "activity", "organisation"]));
  });

  test("records each migration in _prisma_migrations as Prisma Migrate does", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const client = await connect(url);

    const columns = await client.query<{ column_name: string; data_type: string; is_nullable: string; character_maximum_length: number | null }>(
      `SELECT column_name, data_type, is_nullable, character_maximum_length FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.rows).toEqual([
      { column_name: "id", data_type: "character varying", is_nullable: "NO", character_maximum_length: 36 },
      { column_name: "checksum", data_type: "character varying", is_nullable: "NO", character_maximum_length: 64 },
      { column_name: "finished_at", data_type: "timestamp with time zone", is_nullable: "YES", character_maximum_length: null },
      { column_name: "migration_name", data_type: "character varying", is_nullable: "NO", character_maximum_length: 255 },
      { column_name: "logs", data_type: "text", is_nullable: "YES", character_maximum_length: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", is_nullable: "YES", character_maximum_length: null },
      { column_name: "started_at", data_type: "timestamp with time zone", is_nullable: "NO", character_maximum_length: null },
      { column_name: "applied_steps_count", data_type: "integer", is_nullable: "NO", character_maximum_length: null },
    ]);

    const rows = await migrationRows(client);
    expect(rows).toHaveLength(projectMigrationNames.length);
    for (const [index, row] of rows.entries()) {
      const name = projectMigrationNames[index] ?? "";
      // Prisma's checksum: sha256 (hex) of the file's bytes.
      const bytes = readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"));
      expect(row).toMatchObject({
        migration_name: name,
        checksum: createHash("sha256").update(bytes).digest("hex"),
        applied_steps_count: 1,
        logs: null,
        rolled_back_at: null,
      });
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  test("a failing migration rolls back: no row, no partial tables, earlier migrations kept", async () => {
    const url = await freshDatabase();
    const dir = migrationsDir({
      "20200101000000_first": 'CREATE TABLE "first_table" (id integer PRIMARY KEY);',
      "20200102000000_broken":
        'CREATE TABLE "partial_table" (id integer PRIMARY KEY);\n' +
        'INSERT INTO "first_table" (id) VALUES (1);\n' +
        'INSERT INTO "no_such_table" (id) VALUES (1);',
    });

    const failure = applyMigrations(url, { dir });
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toThrow(/20200102000000_broken failed: .*no_such_table/);

    const client = await connect(url);
    expect(await tableNames(client)).toEqual(["_prisma_migrations", "first_table"]);
    expect((await client.query("SELECT * FROM first_table")).rowCount).toBe(0);
    expect((await migrationRows(client)).map((row) => row.migration_name)).toEqual(["20200101000000_first"]);

    // Fixed, the migration applies on the next run, and only it does.
    writeMigration(dir, "20200102000000_broken", 'CREATE TABLE "partial_table" (id integer PRIMARY KEY);');
    expect(await applyMigrations(url, { dir })).toEqual(["20200102000000_broken"]);
    expect(await tableNames(client)).toEqual(["_prisma_migrations", "first_table", "partial_table"]);
  });

  test("refuses to run past a migration that failed earlier without being rolled back", async () => {
    const url = await freshDatabase();
    const dir = migrationsDir({ "20200101000000_first": 'CREATE TABLE "first_table" (id integer);' });
    const client = await connect(url);
    await applyMigrations(url, { dir: migrationsDir({}) }); // creates _prisma_migrations only
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', 'x', '20190101000000_half_done', now(), 0)`,
    );
    await expect(applyMigrations(url, { dir })).rejects.toThrow(/20190101000000_half_done failed earlier/);
    expect(await tableNames(client)).toEqual(["_prisma_migrations"]);
  });

  test("two concurrent runs apply each migration once (Prisma's advisory lock)", async () => {
    const url = await freshDatabase();
    const holder = await connect(url);
    // Hold the lock so that both runs are certainly waiting on it at the same time.
    await holder.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    const runs = [applyMigrations(url), applyMigrations(url)];
    runs.forEach((run) => run.catch(() => {})); // observed below; avoid an unhandled rejection meanwhile

    await vi.waitFor(
      async () => {
        const { rows } = await holder.query<{ waiting: string }>(
          "SELECT count(*) AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = $1",
          [PRISMA_ADVISORY_LOCK_KEY],
        );
        expect(Number(rows[0]?.waiting)).toBe(2);
      },
      { timeout: 10_000, interval: 20 },
    );
    await holder.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);

    const results = await Promise.all(runs);
    expect(results.map((applied) => applied.length).sort((a, b) => a - b)).toEqual([0, projectMigrationNames.length]);
    expect(results.flat()).toEqual(projectMigrationNames);
    const rows = await migrationRows(holder);
    expect(rows.map((row) => row.migration_name)).toEqual(projectMigrationNames);
  });
});
