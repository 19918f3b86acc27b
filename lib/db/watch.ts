import pg from "pg";
import { databaseUnreachableSince, markDatabaseReachable, markDatabaseUnreachable } from "./unreachable";

// The web server's view of the database while it is unreachable: a probe every second on its
// own short-lived connection (not the app's pool), which ends "database unreachable" mode as
// soon as PostgreSQL answers again. No probes while the database is up.

export async function databaseAnswers(connectionString: string, timeoutMs = 1000): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  client.on("error", () => {}); // a connection dropped after the answer is not our concern
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    void client.end().catch(() => {});
  }
}

export type DatabaseWatch = {
  /** Something failed: probe now, and enter "unreachable" mode if the database does not answer. */
  suspect: () => void;
  stop: () => void;
};

export function watchDatabase(connectionString: string, options: { everyMs?: number; onChange?: (up: boolean) => void } = {}): DatabaseWatch {
  let probing = false;
  async function probe() {
    if (probing) return;
    probing = true;
    try {
      const wasDown = databaseUnreachableSince() !== undefined;
      const up = await databaseAnswers(connectionString);
      if (up && wasDown) markDatabaseReachable();
      if (!up && !wasDown) markDatabaseUnreachable();
      if (up === wasDown) options.onChange?.(up);
    } finally {
      probing = false;
    }
  }
  const timer = setInterval(() => {
    if (databaseUnreachableSince() !== undefined) void probe();
  }, options.everyMs ?? 1000);
  timer.unref();
  return { suspect: () => void probe(), stop: () => clearInterval(timer) };
}
