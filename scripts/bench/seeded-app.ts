// The production build served against a throwaway database with the demo data, for the
// benchmarks (bench:http, bench:lighthouse): an embedded PostgreSQL on a free port in a
// temporary directory, migrated and seeded, `next start` on 127.0.0.1, ready once /api/health
// answers 200 (the search snapshot is loaded). stop() ends the server and the cluster and
// deletes the data.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { seedDatabase } from "../../lib/db/seed";
import { freePort } from "../../tests/support/throwaway-postgres";

export type SeededApp = { base: string; activities: number; stop: () => Promise<void> };

type Options = {
  /** Adds data after the seed (for example generated notices); runs before the app is used. */
  prepare?: (prisma: PrismaClient) => Promise<void>;
  /** The name in messages, e.g. "bench:http". */
  name: string;
};

export async function startSeededApp({ prepare, name }: Options): Promise<SeededApp> {
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.error(`${name} needs a production build: run \`npm run build\` first.`);
    process.exit(1);
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `tukiverkko-${name.replace(/\W+/g, "-")}-`));
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    // A throwaway secret: sessions of this benchmark server are never used.
    env: { ...process.env, DATABASE_URL: cluster.url, NODE_ENV: "production", PUBLIC_API_PER_MINUTE: "1000000000", AUTH_SECRET: randomBytes(32).toString("base64") },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const prisma = createPrismaClient(cluster.url);
    await applyMigrations(cluster.url);
    await seedDatabase(prisma);
    if (prepare) await prepare(prisma);
    const activities = await prisma.activity.count();
    await prisma.$disconnect();
    for (let i = 0; i < 120; i++) {
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return { base, activities, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
