// The app under a benchmark: the production build served as `npm start` serves it
// (scripts/serve.ts, via tests/support/app-server.ts) against a throwaway database with the
// demo data, or against a kept cluster in `dataDir` (e.g. a copy of a 100,000-notice one; it
// is migrated, not seeded, and left in place). Ready once /api/health answers 200 (the search
// snapshot is loaded). stop() ends the server and the cluster and deletes throwaway data.
import { existsSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "../../lib/db/client";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { seededCluster, startAppServer } from "../../tests/support/app-server";
import { freePort } from "../../tests/support/throwaway-postgres";

export type SeededApp = { base: string; activities: number; databaseUrl: string; stop: () => Promise<void> };

type Options = {
  /** The name in messages, e.g. "bench:http". */
  name: string;
  /** Adds data after the seed (for example generated notices); runs before the app starts. */
  prepare?: (prisma: PrismaClient) => Promise<void>;
  /** A kept cluster's data directory instead of a throwaway one. */
  dataDir?: string;
};

export async function startSeededApp({ name, prepare, dataDir }: Options): Promise<SeededApp> {
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.error(`${name} needs a production build: run \`npm run build\` first.`);
    process.exit(1);
  }
  const cluster = dataDir
    ? await startEmbeddedPostgres({ dataDir: path.resolve(dataDir), port: await freePort(), ephemeral: true }).then(async (kept) => {
        await applyMigrations(kept.url);
        return { url: kept.url, dispose: kept.stop };
      })
    : await seededCluster(`tukiverkko-${name.replace(/\W+/g, "-")}`);
  try {
    const prisma = createPrismaClient(cluster.url);
    if (prepare) await prepare(prisma);
    const activities = await prisma.activity.count();
    await prisma.$disconnect();
    // The load comes from one address: the per-IP limit of the public API would answer 429.
    const app = await startAppServer({ databaseUrl: cluster.url, stdio: "ignore", env: { LOG_REQUESTS: "0", PUBLIC_API_PER_MINUTE: "1000000000" } });
    return {
      base: app.baseURL,
      activities,
      databaseUrl: cluster.url,
      stop: async () => {
        await app.stop();
        await cluster.dispose();
      },
    };
  } catch (error) {
    await cluster.dispose();
    throw error;
  }
}
