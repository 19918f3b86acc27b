// Node.js 24 beside the machine's Node.js (the README's supported versions: 20, 22, 24).
// npm's `node` package brings a real binary; it goes under .cache/node24 so that the project's
// node_modules (and the `node` every npm script runs) stay as they are.
//   node scripts/node24.mjs install   fetch it once (about 30 MB), print its version
//   node scripts/node24.mjs start     start the built app on it (embedded PostgreSQL, seeded),
//                                     check /api/health and a page answer 200, stop
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const NODE24 = path.resolve(".cache", "node24", "node_modules", "node", "bin", "node");

async function install() {
  if (!existsSync(NODE24)) {
    const result = spawnSync("npm", ["install", "--prefix", path.resolve(".cache", "node24"), "--no-audit", "--no-fund", "--loglevel=error", "node@24"], { stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  const version = spawnSync(NODE24, ["--version"], { encoding: "utf8" });
  if (!version.stdout?.startsWith("v24.")) {
    console.error(`expected Node.js 24 at ${NODE24}, got ${version.stdout || version.error}`);
    process.exit(1);
  }
  console.log(`Node.js ${version.stdout.trim()} at ${NODE24}`);
}

async function start() {
  const port = 3199;
  const server = spawn(NODE24, ["--import", "tsx", path.join("scripts", "e2e-server.ts")], {
    env: { ...process.env, E2E_PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 240_000);
    server.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      if (String(chunk).includes("E2E server ready")) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    server.on("exit", () => resolve(false));
  });
  let ok = ready;
  if (ready) {
    for (const page of ["/api/health", "/fi", "/ar/activities?q=kielikahvila"]) {
      const response = await fetch(`http://127.0.0.1:${port}${page}`).catch((error) => ({ status: String(error) }));
      console.log(`Node.js 24: GET ${page} → ${response.status}`);
      if (response.status !== 200) ok = false;
    }
  }
  server.kill("SIGTERM");
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once("exit", resolve)));
  if (!ok) {
    console.error("the app did not start and answer on Node.js 24");
    process.exit(1);
  }
}

const command = process.argv[2];
if (command === "install") await install();
else if (command === "start") await start();
else if (command) {
  console.error(`unknown command ${command}: use install or start`);
  process.exit(2);
}
