// The production web server: Next.js's own request handler behind a plain Node HTTP server,
// so that X-Forwarded-For holds the client's real address before the app reads it (see
// lib/http/client-address.ts; `next start` would keep whatever the client sent).
// Usage: node --import tsx scripts/serve.ts --hostname 127.0.0.1 --port 3000
// TRUSTED_PROXIES: how many reverse proxies in front of the app to believe (default 0).
import { createWriteStream } from "node:fs";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { clientAddress } from "../lib/http/client-address";
import { newRequestId, REQUEST_ID_HEADER, requestLogLine } from "../lib/http/request-log";

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

// One JSON line per request to standard output, or to REQUEST_LOG_FILE when set (the
// end-to-end suite reads it back); LOG_REQUESTS=0 turns them off.
const logRequests = process.env.LOG_REQUESTS !== "0";
const logFile = process.env.REQUEST_LOG_FILE ? createWriteStream(process.env.REQUEST_LOG_FILE, { flags: "a" }) : process.stdout;

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
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    response.end("Internal Server Error");
  });
});
server.listen(port, values.hostname, () => console.log(`Ready on http://${values.hostname}:${port}`));

let closing = false;
function shutdown() {
  if (closing) return;
  closing = true;
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  // Requests still running after 10 s are cut.
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
