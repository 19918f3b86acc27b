import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedCluster } from "../../lib/db/embedded";

// Throwaway PostgreSQL clusters for test runs (integration tests, the e2e server): a free
// port, a fresh data directory under the system's temporary directory, durability off.

/** A port nobody listens on right now, from the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type ThrowawayCluster = EmbeddedCluster & {
  /** Stops PostgreSQL and deletes its data directory. Safe to call more than once. */
  dispose: () => Promise<void>;
};

/** Starts a cluster; retries on the rare race where another process takes the free port first. */
export async function startThrowawayPostgres(options: { prefix: string; log?: (line: string) => void }): Promise<ThrowawayCluster> {
  const log = options.log ?? ((line: string) => {
    if (/FATAL|PANIC/.test(line)) process.stderr.write(`[postgres] ${line}\n`);
  });
  for (let attempt = 1; ; attempt++) {
    // The directory itself is the data directory: as root, lib/db/embedded.ts hands it to the
    // `postgres` user, who can reach it because the system's temporary directory is world-traversable.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `${options.prefix}-`));
    try {
      const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), ephemeral: true, log });
      let disposed: Promise<void> | undefined;
      const dispose = () =>
        (disposed ??= cluster.stop().then(() => {
          rmSync(dataDir, { recursive: true, force: true });
          if (cluster.dataDir !== dataDir) rmSync(cluster.dataDir, { recursive: true, force: true });
        }));
      return { ...cluster, dispose };
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      const portTaken = error instanceof EmbeddedPostgresError && /already in use/.test(error.message);
      if (!portTaken || attempt >= 3) throw error;
    }
  }
}
