import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { seedReference } from "./db";
import { startThrowawayPostgres } from "./throwaway-postgres";

// Starts ONE throwaway PostgreSQL for the whole integration run, applies the migrations and
// the reference data (regions, municipalities) once; tests truncate everything else. The URL
// reaches the tests through inject("databaseUrl") and process.env.DATABASE_URL (set before the
// workers start, so lib/db/client.ts's shared `prisma` uses this database too).

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const cluster = await startThrowawayPostgres({ prefix: "tukiverkko-itest" });
  // If the run dies without teardown, still tell PostgreSQL to stop (the signal is sent synchronously).
  const onExit = () => void cluster.dispose();
  process.once("exit", onExit);
  try {
    await applyMigrations(cluster.url);
    const prisma = createPrismaClient(cluster.url);
    try {
      await seedReference(prisma);
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    process.off("exit", onExit);
    await cluster.dispose();
    throw error;
  }
  process.env.DATABASE_URL = cluster.url;
  project.provide("databaseUrl", cluster.url);
  console.log(`[integration] PostgreSQL on 127.0.0.1:${cluster.port}, migrated in ${Date.now() - started} ms`);

  return async () => {
    process.off("exit", onExit);
    await cluster.dispose();
  };
}
