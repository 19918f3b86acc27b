// The server the end-to-end tests run against (playwright.config.ts starts it): a throwaway
// embedded PostgreSQL (free port, temporary data directory), migrated and seeded with the
// demo data, and the PRODUCTION build served by scripts/serve.ts (as `npm start` does) on 127.0.0.1:$E2E_PORT (3100).
// SIGTERM or SIGINT stops Next.js, then PostgreSQL, and deletes the data directory.
//   npm run build && node --import tsx scripts/e2e-server.ts
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { seededCluster, startAppServer } from "../tests/support/app-server";
import type { ThrowawayCluster } from "../tests/support/throwaway-postgres";
import { E2E_MAIL_DIR, E2E_REQUEST_LOG, E2E_STATE_FILE } from "../e2e/support/paths";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";

const port = Number(process.env.E2E_PORT ?? 3100);
const host = "127.0.0.1";
const baseURL = `http://${host}:${port}`;

function fail(message: string): never {
  console.error(`e2e-server: ${message}`);
  process.exit(1);
}

function portInUse(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  fail("there is no production build (.next/BUILD_ID is missing). Run `npm run build` first (`npm test` does).");
}
if (!Number.isInteger(port) || port < 1024 || port > 65535) fail(`E2E_PORT=${process.env.E2E_PORT} is not a usable port.`);
if (await portInUse()) fail(`port ${port} is already in use. Stop what listens there, or set E2E_PORT.`);

// What is running, for shutdown().
const running: { cluster?: Promise<ThrowawayCluster>; server?: ChildProcess } = {};
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    const { server, cluster } = running;
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await cluster?.then((started) => started.dispose(), () => {});
  }
  process.exit(code);
}

process.on("SIGTERM", () => void shutdown(0));
process.on("SIGINT", () => void shutdown(0));

async function prepareDatabase(): Promise<ThrowawayCluster> {
  const started = Date.now();
  running.cluster = seededCluster("tukiverkko-e2e");
  const cluster = await running.cluster;
  console.log(`e2e-server: PostgreSQL on ${host}:${cluster.port}, migrated and seeded in ${Date.now() - started} ms`);
  return cluster;
}

const cluster = await prepareDatabase().catch((error: unknown) => {
  console.error("e2e-server: could not prepare the database:", error);
  return shutdown(1);
});

// Emails go to files the tests read (e2e/support/mail.ts); the database URL lets tests set up
// their own users and sessions (e2e/support/db.ts).
rmSync(E2E_MAIL_DIR, { recursive: true, force: true });
rmSync(E2E_REQUEST_LOG, { force: true });
mkdirSync(E2E_MAIL_DIR, { recursive: true });
// A throwaway secret for this run's sessions and signed links, unless the caller chose one;
// the tests get it too, to run the daily reminder job against this server's database.
const authSecret = process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url");
writeFileSync(E2E_STATE_FILE, JSON.stringify({ databaseUrl: cluster.url, mailDir: E2E_MAIL_DIR, baseURL, authSecret }));

// The same server as `npm start` (scripts/serve.ts), with the production build.
const server = await startAppServer({
  databaseUrl: cluster.url,
  port,
  env: {
    REQUEST_LOG_FILE: E2E_REQUEST_LOG,
    AUTH_URL: process.env.AUTH_URL ?? baseURL,
    AUTH_SECRET: authSecret,
    MAIL_TRANSPORT: "file",
    MAIL_DIR: E2E_MAIL_DIR,
    ADMIN_EMAILS: "admin@example.fi",
  },
}).catch((error: unknown) => {
  console.error(`e2e-server: ${error instanceof Error ? error.message : String(error)}`);
  return shutdown(1);
});
running.server = server.child;
server.child.once("exit", (code, signal) => {
  if (stopping) return;
  console.error(`e2e-server: the web server exited (${signal ?? `code ${code}`})`);
  void shutdown(1);
});
console.log(`e2e-server: E2E server ready at ${baseURL}`);
