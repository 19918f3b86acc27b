import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { once } from "node:events";
import pg from "pg";
import { applyMigrations } from "./migrate";

// npm run db:backup / db:restore (docs/decisions/017-hardening.md). A logical backup made by
// PostgreSQL itself: every table of the app's schema as JSON lines (to_jsonb, read in one
// repeatable-read, read-only transaction, so the tables are one consistent picture), with a
// manifest of the migrations applied and the row counts. The embedded distribution ships no
// pg_dump, and a pg_dump older than the server refuses to run, so this needs neither. Restore
// migrates the target to the code's schema, empties it and loads the rows in foreign-key order
// in one transaction: a failed restore changes nothing.

export const BACKUP_FORMAT = 1;
/** Job queue state (pg-boss) is not data: schedules are created again when the app starts. */
const SCHEMA = "public";
const BATCH = 2000;

export type BackupManifest = {
  format: number;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: { name: string; rows: number }[];
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tableNames(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    [SCHEMA],
  );
  return rows.map((r) => r.name);
}

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
async function dependencyOrder(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = $1 AND c.oid <> p.oid`,
    [SCHEMA],
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const { parent } of rows.filter((r) => r.child === table)) visit(parent);
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered.filter((t) => tables.includes(t));
}

export async function backupDatabase(connectionString: string, dir: string): Promise<BackupManifest> {
  mkdirSync(dir, { recursive: true });
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const serverVersion = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
    const migrations = (
      await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)
    ).rows.map((r) => r.name);
    const tables = (await tableNames(client)).filter((t) => t !== "_prisma_migrations");
    const counts: BackupManifest["tables"] = [];
    for (const table of tables) {
      const out = createWriteStream(path.join(dir, `${table}.jsonl`));
      let rows = 0;
      // Pages by ctid: no index needed, and stable inside the snapshot.
      await client.query(`DECLARE rows_cursor NO SCROLL CURSOR FOR SELECT to_jsonb(t) AS row FROM ${quote(SCHEMA)}.${quote(table)} t`);
      for (;;) {
        const batch = await client.query<{ row: unknown }>(`FETCH ${BATCH} FROM rows_cursor`);
        for (const { row } of batch.rows) if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, "drain");
        rows += batch.rows.length;
        if (batch.rows.length < BATCH) break;
      }
      await client.query("CLOSE rows_cursor");
      out.end();
      await once(out, "finish");
      counts.push({ name: table, rows });
    }
    await client.query("COMMIT");
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), serverVersion, migrations, tables: counts };
    writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    await client.end();
  }
}

export function readManifest(dir: string): BackupManifest {
  const file = path.join(dir, "manifest.json");
  if (!existsSync(file)) throw new Error(`${dir} is not a backup: it has no manifest.json`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`backup format ${manifest.format} is not ${BACKUP_FORMAT}`);
  return manifest;
}

/** Replaces the database's data with the backup's. The target is migrated first; nothing changes if anything fails. */
export async function restoreDatabase(connectionString: string, dir: string, options: { log?: (line: string) => void } = {}): Promise<BackupManifest> {
  const manifest = readManifest(dir);
  const log = options.log ?? (() => {});
  await applyMigrations(connectionString, { log });
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const known = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`)).rows.map((r) => r.name);
    const newer = manifest.migrations.filter((m) => !known.includes(m));
    if (newer.length) throw new Error(`the backup was made by a newer version of the app (migrations ${newer.join(", ")}); restore it with that version`);
    const tables = await tableNames(client);
    const order = await dependencyOrder(
      client,
      manifest.tables.map((t) => t.name).filter((t) => tables.includes(t)),
    );
    await client.query("BEGIN");
    await client.query(`TRUNCATE ${tables.filter((t) => t !== "_prisma_migrations").map((t) => `${quote(SCHEMA)}.${quote(t)}`).join(", ")} RESTART IDENTITY CASCADE`);
    for (const table of order) {
      const columns = (
        await client.query<{ name: string }>(
          `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
          [SCHEMA, table],
        )
      ).rows.map((r) => r.name);
      let batch: unknown[] = [];
      let loaded = 0;
      const flush = async () => {
        if (!batch.length) return;
        // Only the columns the backup has: a column added since keeps its default.
        const present = columns.filter((c) => Object.hasOwn(batch[0] as object, c));
        const list = present.map(quote).join(", ");
        await client.query(
          `INSERT INTO ${quote(SCHEMA)}.${quote(table)} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${quote(SCHEMA)}.${quote(table)}, $1::jsonb)`,
          [JSON.stringify(batch)],
        );
        loaded += batch.length;
        batch = [];
      };
      const lines = createInterface({ input: createReadStream(path.join(dir, `${table}.jsonl`)), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        batch.push(JSON.parse(line));
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      const expected = manifest.tables.find((t) => t.name === table)!.rows;
      if (loaded !== expected) throw new Error(`${table}: the backup says ${expected} rows, its file has ${loaded}`);
      log(`${table}: ${loaded} rows`);
    }
    // Sequences behind serial and identity columns continue after the restored rows.
    const sequences = await client.query<{ table: string; column: string; sequence: string }>(
      `SELECT c.relname AS table, a.attname AS column, s.relname AS sequence
       FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
       JOIN pg_class c ON c.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = d.refobjsubid
       JOIN pg_namespace n ON n.oid = s.relnamespace WHERE n.nspname = $1`,
      [SCHEMA],
    );
    for (const s of sequences.rows) {
      await client.query(
        `SELECT setval($1, COALESCE((SELECT max(${quote(s.column)}) FROM ${quote(SCHEMA)}.${quote(s.table)}), 0) + 1, false)`,
        [`${quote(SCHEMA)}.${quote(s.sequence)}`],
      );
    }
    // Running app instances see a new generation and load their search snapshot again.
    if (tables.includes("search_state")) await client.query("UPDATE search_state SET generation = generation + 1");
    await client.query("COMMIT");
    return manifest;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
