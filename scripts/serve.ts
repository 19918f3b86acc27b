// The production web server: Next.js's own request handler behind a plain Node HTTP server,
// so that X-Forwarded-For holds the client's real address before the app reads it (see
// lib/http/client-address.ts; `next start` would keep whatever the client sent).
// Usage: node --import tsx scripts/serve.ts --hostname 127.0.0.1 --port 3000
// TRUSTED_PROXIES: how many reverse proxies in front of the app to believe (default 0).
// MAX_ACTIVE_REQUESTS, MAX_QUEUED_REQUESTS, QUEUE_TIMEOUT_MS: the bounded queue (lib/http/admission.ts).
// It also answers for the app, without Next.js, when it cannot serve (localized 503 pages):
// while the database is unreachable (decision 017) and when the queue is full.
import { createWriteStream } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { databaseUnreachableSince } from "../lib/db/unreachable";
import { watchDatabase } from "../lib/db/watch";
import { env } from "../lib/env";
import { createAdmission } from "../lib/http/admission";
import { clientAddress } from "../lib/http/client-address";
import { loadUnavailableTexts, unavailableResponse, type PlainResponse, type UnavailableReason } from "../lib/http/unavailable-page";
import { newRequestId, REQUEST_ID_HEADER, requestLogLine } from "../lib/http/request-log";
import { createSearchCache } from "../lib/http/search-cache";

const { values } = parseArgs({ options: { hostname: { type: "string", default: "localhost" }, port: { type: "string", default: "3000" } } });
const trusted = Number(process.env.TRUSTED_PROXIES ?? "0");
if (!Number.isInteger(trusted) || trusted < 0 || trusted > 10) {
  console.error(`TRUSTED_PROXIES must be a whole number from 0 to 10 (the reverse proxies in front of the app), not "${process.env.TRUSTED_PROXIES}".`);
  process.exit(1);
}
// Before Next.js and React load: they choose their production builds by it.
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");

const port = Number(values.port);
const app = next({ dev: false, hostname: values.hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
await loadUnavailableTexts();
// Anonymous searches answered with 304, or with the page rendered for an identical request, while
// the search data is unchanged (docs/decisions/019).
const searchCache = createSearchCache();

// One JSON line per request to standard output, or to REQUEST_LOG_FILE when set (the
// end-to-end suite reads it back); LOG_REQUESTS=0 turns them off.
const logRequests = process.env.LOG_REQUESTS !== "0";
const logFile = process.env.REQUEST_LOG_FILE ? createWriteStream(process.env.REQUEST_LOG_FILE, { flags: "a" }) : process.stdout;

const admission = createAdmission({ maxActive: env.MAX_ACTIVE_REQUESTS, maxQueued: env.MAX_QUEUED_REQUESTS, maxWaitMs: env.QUEUE_TIMEOUT_MS });
const databaseUrl = env.DATABASE_URL;
const database = databaseUrl
  ? watchDatabase(databaseUrl, { onChange: (up) => console.error(JSON.stringify({ time: new Date().toISOString(), event: up ? "database reachable" : "database unreachable" })) })
  : undefined;

const server = createServer((request, response) => {
  request.headers["x-forwarded-for"] = clientAddress(request.headers["x-forwarded-for"], request.socket.remoteAddress, trusted);
  // The app's own id, never the client's: the app can read it, and the response carries it.
  const requestId = newRequestId();
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader(REQUEST_ID_HEADER, requestId);
  const startedAt = process.hrtime.bigint();
  if (logRequests) {
    response.once("finish", () => {
      logFile.write(`${JSON.stringify({ time: new Date().toISOString(), ...requestLogLine({ method: request.method, url: request.url, status: response.statusCode, startedAt, requestId }) })}\n`);
    });
  }
  void route(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Internal Server Error");
  });
});

async function route(request: IncomingMessage, response: ServerResponse) {
  const pathname = (request.url ?? "/").split("?")[0]!;
  // Build assets never touch the database; the health check must answer even when all is full.
  if (pathname.startsWith("/_next/static/") || pathname === "/api/health") return handleWithNext(request, response);
  // Reads get the "temporarily unavailable" page at once; writes go on to the app, whose
  // actions answer with the form kept (lib/actions/action.ts).
  if (databaseUnreachableSince() !== undefined && (request.method === "GET" || request.method === "HEAD")) return answerUnavailable("database", request, response);
  const release = await admission.enter();
  if (!release) return answerUnavailable("busy", request, response);
  if (response.destroyed || response.writableEnded) return release(); // the client left while waiting
  response.once("close", release);
  if (await searchCache(request, response)) return;
  return handleWithNext(request, response);
}

async function handleWithNext(request: IncomingMessage, response: ServerResponse) {
  // A page that failed because the database went away (instrumentation.ts has marked it by
  // now) gets the "temporarily unavailable" answer instead of the app's error page: Next.js's
  // status, headers and body are replaced as they are written.
  let replacement: PlainResponse | undefined;
  const { writeHead, write, end } = response;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 500 && databaseUnreachableSince() !== undefined) {
      replacement = unavailableResponse("database", request.url ?? "/", request.headers["accept-language"]);
      for (const name of this.getHeaderNames()) if (name !== REQUEST_ID_HEADER) this.removeHeader(name);
      return writeHead.call(this, replacement.status, replacement.headers);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof response.writeHead;
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    return replacement ? true : (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof response.write;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!replacement) return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    return end.call(this, request.method === "HEAD" ? "" : replacement.body, "utf8", callback);
  } as typeof response.end;
  // Any 500: is the database still there? (Costs one connection; nothing while all is well.)
  response.once("finish", () => {
    if (response.statusCode === 500) database?.suspect();
  });
  await handle(request, response);
}

function answerUnavailable(reason: UnavailableReason, request: IncomingMessage, response: ServerResponse) {
  const answer = unavailableResponse(reason, request.url ?? "/", request.headers["accept-language"]);
  response.writeHead(answer.status, answer.headers);
  response.end(request.method === "HEAD" ? undefined : answer.body);
}

server.listen(port, values.hostname, () => console.log(`Ready on http://${values.hostname}:${port}`));

let closing = false;
function shutdown() {
  if (closing) return;
  closing = true;
  database?.stop();
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  // Requests still running after 10 s are cut.
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
