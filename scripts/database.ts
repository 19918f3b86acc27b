import path from "node:path";
import { env } from "../lib/env";
import { createPrismaClient, type PrismaClient } from "../lib/db/client";
import { EmbeddedAlreadyRunningError, startEmbeddedPostgres } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

// How the command-line scripts find their database: DATABASE_URL if set, otherwise the
// embedded cluster under DATA_DIR (reusing it when the app is already running).
export type ScriptDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function openScriptDatabase(options: { reuseRunning: boolean }): Promise<ScriptDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  try {
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(env.DATA_DIR, "pg"),
      port: env.EMBEDDED_PG_PORT,
      log: (line) => {
        // Connections ended by our own shutdown are expected, not worth alarming anyone.
        if (/ERROR|FATAL|PANIC/.test(line) && !/terminating connection due to administrator command/.test(line)) {
          console.error(`[postgres] ${line}`);
        }
      },
    });
    return { url: cluster.url, embedded: true, stop: cluster.stop };
  } catch (error) {
    if (options.reuseRunning && error instanceof EmbeddedAlreadyRunningError) {
      return { url: error.url, embedded: true, stop: async () => {} };
    }
    throw error;
  }
}

/** A message a person can act on for the usual ways a database connection fails. */
export function explainDatabaseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT") {
    return (
      `Cannot connect to the database (${code}). Is PostgreSQL running at the address in DATABASE_URL? ` +
      "Unset DATABASE_URL to use the embedded database instead."
    );
  }
  if (code === "28P01") return "The database rejected the user name or password in DATABASE_URL.";
  if (code === "3D000") return "The database named in DATABASE_URL does not exist. Create it first (createdb).";
  return message;
}

/**
 * The one-shot scripts' frame: open the database (reusing a running embedded one), migrate
 * (unless told not to), run, and always disconnect and stop; a failure is explained and sets the exit code.
 */
export async function runWithScriptDatabase(
  run: (prisma: PrismaClient) => Promise<void>,
  options: { migrate?: boolean; log?: (line: string) => void } = {},
): Promise<void> {
  const db = await openScriptDatabase({ reuseRunning: true }).catch((error) => {
    console.error(explainDatabaseError(error));
    process.exit(1);
  });
  const prisma = createPrismaClient(db.url);
  try {
    if (options.migrate ?? true) await applyMigrations(db.url, { log: options.log });
    await run(prisma);
  } catch (error) {
    console.error(explainDatabaseError(error));
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}
