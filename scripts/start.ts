// npm start: build if needed, start the embedded PostgreSQL (unless DATABASE_URL is set),
// migrate, seed demo data on first run, then serve the app. Ctrl-C stops everything cleanly.
// `npm run dev` does the same with `next dev`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { seedDatabase } from "../lib/db/seed";
import { ensureSearchFormat } from "../lib/search/sync";
import { applyEnv, env } from "../lib/env";
import { startJobRunner } from "../lib/jobs/runner";
import { explainDatabaseError, openScriptDatabase } from "./database";
import { appProcessEnv } from "./local-env";

const dev = process.argv.includes("--dev");
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const SOURCE_DIRS = ["app", "components", "lib", "messages", "public", "prisma"];
const SOURCE_FILES = ["next.config.ts", "package.json", "proxy.ts", "postcss.config.mjs", "tsconfig.json"];

function newestSourceChange(): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!existsSync(entry) || entry.includes(`${path.sep}generated`)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) for (const child of readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

function buildIfNeeded() {
  const buildId = path.join(".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceChange()) return;
  console.log("Building the app (first start or changed sources)…");
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error("The build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
}

// `--skip-build` serves the build that is there (the reminder end-to-end test starts the app
// this way next to the suite's own server, which serves the same build).
if (!dev && !process.argv.includes("--skip-build")) buildIfNeeded();

const db = await openScriptDatabase({ reuseRunning: false }).catch((error) => {
  console.error(explainDatabaseError(error));
  process.exit(1);
});

try {
  await applyMigrations(db.url, { log: (line) => console.log(line) });
  const prisma = createPrismaClient(db.url);
  const organisations = await prisma.organisation.count();
  if (organisations === 0) {
    console.log("Empty database: adding demo data…");
    const counts = await seedDatabase(prisma);
    console.log(`Demo data: ${counts.organisations} organisations, ${counts.published} published activities.`);
  }
  const rebuilt = await ensureSearchFormat(prisma);
  if (rebuilt !== undefined) console.log(`Search documents rebuilt in the new format: ${rebuilt}.`);
  await prisma.$disconnect();
} catch (error) {
  console.error(explainDatabaseError(error));
  await db.stop();
  process.exit(1);
}

// One configuration for the web server and for the jobs that run in this process: the same
// AUTH_SECRET signs the reminder links the web server checks, and mail leaves the same way.
const processEnv = appProcessEnv({ databaseUrl: db.url, dev });
applyEnv(processEnv);

// Expiry reminders and clean-ups every morning (pg-boss in the same database).
// `--run-jobs-now` also runs them once right after start (after downtime, or in a test).
const jobs = await startJobRunner({
  databaseUrl: db.url,
  runNow: process.argv.includes("--run-jobs-now"),
  searchOutbox: env.SEARCH_ENGINE === "meilisearch",
}).catch((error) => {
  console.error(`The job runner did not start: ${error instanceof Error ? error.message : String(error)}`);
  return undefined;
});

// Production: scripts/serve.ts (Next.js behind a server that sets the client's real address).
const server: ChildProcess = spawn(
  process.execPath,
  dev
    ? [nextBin, "dev", "--port", String(env.PORT), "--hostname", env.HOST]
    : ["--import", "tsx", path.join("scripts", "serve.ts"), "--port", String(env.PORT), "--hostname", env.HOST],
  { stdio: "inherit", env: { ...process.env, ...processEnv } },
);
console.log(`Tukiverkko: http://${env.HOST}:${env.PORT}${db.embedded ? " (embedded PostgreSQL)" : ""}`);

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await jobs?.stop().catch(() => {});
  await db.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
server.on("exit", (code) => void shutdown(code ?? 0));
