// "The database is not there" (stopped, restarting, network gone), told apart from every other
// error, and remembered process-wide while it lasts. Next.js's bundled server code and
// scripts/serve.ts run in the same process but load their own copies of this module, so the
// state lives on globalThis under a registered symbol that both copies find.

const STATE = Symbol.for("tukiverkko.databaseUnreachableSince");
type Global = typeof globalThis & { [STATE]?: number };

// The Prisma error codes for "cannot reach", "timed out", "server closed the connection" and "pool timeout".
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// What @prisma/adapter-pg reports when the socket fails.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH"]);
// node-postgres's own wording when a connection dies mid-query or the pool cannot connect in time.
const DRIVER_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error/i;

/** SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shutting down or starting). */
function unreachableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03";
}

export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; err?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || unreachableSqlState(e.code))) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && DRIVER_MESSAGES.test(e.message)) return true;
  // Auth.js wraps what it catches as { cause: { err } }.
  return isDatabaseUnreachable(e.cause, depth + 1) || isDatabaseUnreachable(e.err, depth + 1) || isDatabaseUnreachable(e.meta?.driverAdapterError, depth + 1);
}

export function markDatabaseUnreachable(now = Date.now()): void {
  (globalThis as Global)[STATE] ??= now;
}

export function markDatabaseReachable(): void {
  delete (globalThis as Global)[STATE];
}

/** Since when (epoch ms) the database has been unreachable, or undefined while it answers. */
export function databaseUnreachableSince(): number | undefined {
  return (globalThis as Global)[STATE];
}
