import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { seedDatabase } from "../../lib/db/seed";
import { freePort, startThrowawayPostgres, type ThrowawayCluster } from "./throwaway-postgres";

// The production app as `npm start` serves it (scripts/serve.ts over the build in .next),
// against a database of the caller's choosing: for the e2e server, the fault test and the
// load benchmark. `npm run build` first.

/** A throwaway cluster, migrated and seeded with the demo data. */
export async function seededCluster(prefix: string): Promise<ThrowawayCluster> {
  const cluster = await startThrowawayPostgres({ prefix });
  try {
    await applyMigrations(cluster.url);
    const prisma = createPrismaClient(cluster.url);
    try {
      await seedDatabase(prisma, { now: new Date() });
    } finally {
      await prisma.$disconnect();
    }
    return cluster;
  } catch (error) {
    await cluster.dispose();
    throw error;
  }
}

export type AppServer = { baseURL: string; child: ChildProcess; stop: () => Promise<void> };

export async function startAppServer(options: {
  databaseUrl: string;
  port?: number;
  /** Added to (and overriding) the defaults below. */
  env?: Record<string, string>;
  stdio?: "inherit" | "ignore";
  readyWithinMs?: number;
}): Promise<AppServer> {
  const host = "127.0.0.1";
  const port = options.port ?? (await freePort());
  const baseURL = `http://${host}:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts"), "--hostname", host, "--port", String(port)], {
    stdio: ["ignore", options.stdio ?? "inherit", options.stdio ?? "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      HOST: host,
      PORT: String(port),
      SITE_URL: baseURL,
      AUTH_URL: baseURL,
      AUTH_TRUST_HOST: "true",
      AUTH_SECRET: randomBytes(32).toString("base64url"), // a throwaway secret for this server's sessions
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const stop = async () => {
    if (!gone) {
      child.kill("SIGTERM");
      await exited;
    }
  };

  // Ready once /api/health answers 200: the database answers and the search snapshot has
  // loaded (the first probe starts the load; it answers 503 "starting" meanwhile).
  const deadline = Date.now() + (options.readyWithinMs ?? 120_000);
  let last = "no answer";
  for (;;) {
    if (gone) throw new Error(`the web server exited before it was ready (last health answer: ${last})`);
    const ready = await fetch(`${baseURL}/api/health`).then(
      async (response) => {
        last = `${response.status} ${await response.text()}`;
        return response.status === 200;
      },
      () => false,
    );
    if (ready) return { baseURL, child, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${baseURL}/api/health did not answer 200 in time (last: ${last})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
