import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot";
import { helsinkiDate } from "../dates/helsinki";
import { LOCALE_COOKIE } from "../i18n/locales";
import { REQUEST_ID_HEADER } from "./request-log";
import { RenderStore, type StoredRender } from "./render-store";
import { expectRender, takeReuse } from "./reusable-render";

// Caching of the search page that cannot show stale results (docs/decisions/019). Called by
// scripts/serve.ts before Next.js handles a request:
//   if (await searchCache.handle(request, response)) return;
// Anonymous full-page GETs of /{locale}/activities get `Cache-Control: public, no-cache` and an
// ETag made of the search data's version, the build, the day in Helsinki, the locale and the
// whole URL: a browser or a shared cache in front of the app keeps the rendered page and asks
// again each time, and while nothing has changed the app answers 304 from one indexed read,
// without rendering. Anything else on that route (a session cookie, a client-side navigation's
// RSC request, a response that sets a cookie) is `private, no-store` and has no ETag.
// With a `store`, the app itself also reuses a rendered page for identical anonymous requests
// while the ETag is the same (see `renderKey` for what "identical" takes), when the page allowed
// it (lib/http/reusable-render.ts).

export const SEARCH_PATH = /^\/[a-z]{2,3}\/activities\/?$/;
// Auth.js v5's session cookie, with and without the __Secure- prefix (and its chunks, .0 .1).
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

export const SHARED_POLICY = "public, no-cache";
export const PRIVATE_POLICY = "private, no-store";

export type SearchCacheOptions = {
  /** The search data's version (lib/search/version.ts); it changes whenever any result could. */
  version: () => Promise<string>;
  /** The build's id: a new build may render the same data differently. */
  buildId: string;
  /** Now, for the day in Helsinki (tests move it). */
  now?: () => Date;
  /** Rendered pages kept for reuse; without it every request that is not a 304 renders. */
  store?: RenderStore;
};

/** The bodies of reused pages kept at most (about 350 first pages of results uncompressed). */
export const RENDER_STORE_BYTES = 32 * 1024 * 1024;

type Kind = "none" | "shared" | "private";

export function classify(request: Pick<IncomingMessage, "method" | "url" | "headers">): Kind {
  if (request.method !== "GET" && request.method !== "HEAD") return "none";
  const url = request.url ?? "/";
  const path = url.split("?")[0]!;
  if (!SEARCH_PATH.test(path)) return "none";
  const cookie = request.headers.cookie ?? "";
  if (SESSION_COOKIE.test(cookie)) return "private";
  // Client-side navigations fetch the component payload (RSC header, _rsc parameter): it depends
  // on the router state the client sends, so it is never shared.
  if (request.headers.rsc !== undefined || /[?&]_rsc=/.test(url)) return "private";
  return "shared";
}

export function searchEtag(parts: { version: string; buildId: string; day: string; url: string }): string {
  const hash = createHash("sha256").update(`${parts.version}\n${parts.buildId}\n${parts.day}\n${parts.url}`).digest("base64url").slice(0, 27);
  return `"s-${hash}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");
}

function appendVary(response: ServerResponse, value: string) {
  const current = response.getHeader("vary");
  const list = (Array.isArray(current) ? current.join(",") : String(current ?? ""))
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (!list.some((v) => v.toLowerCase() === value.toLowerCase())) list.push(value);
  response.setHeader("Vary", list.join(", "));
}

/**
 * Sets this request's caching headers at the moment the response's head is written, over the
 * ones Next.js sets for dynamic pages (`private, no-cache, no-store, ...`).
 */
function overrideHead(response: ServerResponse, decide: () => { policy: string; etag?: string }) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    const [status] = args;
    // Headers passed to writeHead would win over setHeader: take cache headers out of them.
    for (const arg of args.slice(1)) {
      if (arg && typeof arg === "object" && !Array.isArray(arg)) {
        for (const key of Object.keys(arg)) if (["cache-control", "etag"].includes(key.toLowerCase())) delete (arg as Record<string, unknown>)[key];
      }
    }
    const { policy, etag } = decide();
    // A response that sets a cookie is somebody's own.
    const own = policy === SHARED_POLICY && (status !== 200 || response.hasHeader("set-cookie"));
    response.setHeader("Cache-Control", own ? PRIVATE_POLICY : policy);
    if (etag && !own) response.setHeader("ETag", etag);
    else response.removeHeader("ETag");
    appendVary(response, "Cookie");
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}

/**
 * Returns true when it answered the request itself (304 Not Modified, or a reused page);
 * otherwise the caller passes the request on to Next.js, whose response gets this route's
 * caching headers (and may be kept for reuse).
 */
export async function handleSearchCache(request: IncomingMessage, response: ServerResponse, options: SearchCacheOptions): Promise<boolean> {
  const kind = classify(request);
  if (kind === "none") return false;
  if (kind === "private") {
    overrideHead(response, () => ({ policy: PRIVATE_POLICY }));
    return false;
  }
  let etag: string;
  let version: string;
  try {
    version = await options.version();
    etag = searchEtag({ version, buildId: options.buildId, day: helsinkiDate(options.now?.() ?? new Date()), url: request.url ?? "/" });
  } catch {
    // No version (the database is down): no reuse; the page itself says what is wrong.
    overrideHead(response, () => ({ policy: PRIVATE_POLICY }));
    return false;
  }
  if (matches(request.headers["if-none-match"], etag)) {
    // No Content-Security-Policy here: the stored page keeps the header that matches its nonces.
    response.writeHead(304, { ETag: etag, "Cache-Control": SHARED_POLICY, Vary: "RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding, Cookie" });
    response.end();
    return true;
  }
  const requestId = request.headers[REQUEST_ID_HEADER];
  if (options.store && request.method === "GET" && typeof requestId === "string") {
    const { store } = options;
    const key = renderKey(etag, request);
    const stored = revalidating(request) ? undefined : store.get(version, key);
    if (stored) {
      replay(response, stored, etag);
      stored.onReuse(fetchHeaders(request));
      return true;
    }
    keepRender(response, requestId, store.maxEntryBytes, (render) => store.set(version, key, render));
  }
  overrideHead(response, () => ({ policy: SHARED_POLICY, etag }));
  return false;
}

const LOCALE_COOKIE_VALUE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);

/**
 * What a rendered page depends on besides its ETag (data, build, day, URL): the compression
 * chosen by Accept-Encoding; whether next-intl sets its locale cookie (from that cookie,
 * Accept-Language and Sec-Fetch-Dest; a page that sets a cookie is never kept, and an
 * identical request would get the cookie too); the origin in its links (Host, X-Forwarded-*);
 * and whether Next.js renders for a bot (metadata in the head instead of streamed).
 */
export function renderKey(etag: string, request: Pick<IncomingMessage, "headers">): string {
  const h = request.headers;
  const localeCookie = LOCALE_COOKIE_VALUE.exec(h.cookie ?? "")?.[1] ?? "";
  const bot = getBotType(h["user-agent"] ?? "") ?? "";
  return [etag, localeCookie, bot, ...["accept-encoding", "accept-language", "sec-fetch-dest", "host", "x-forwarded-host", "x-forwarded-proto"].map((name) => String(h[name] ?? ""))].join("\n");
}

/** A request that asks for a fresh answer (a hard reload, `Cache-Control: no-cache`). */
function revalidating(request: IncomingMessage): boolean {
  return /\bno-cache\b/i.test(String(request.headers["cache-control"] ?? "")) || /\bno-cache\b/i.test(String(request.headers.pragma ?? ""));
}

function fetchHeaders(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  return headers;
}

// Headers that belong to one response, not to the page.
const OWN_HEADERS = new Set([REQUEST_ID_HEADER, "set-cookie", "date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

function replay(response: ServerResponse, stored: StoredRender, etag: string) {
  for (const [name, value] of Object.entries(stored.headers)) response.setHeader(name, value);
  // The page's Content-Security-Policy is replayed with it: its scripts carry that nonce. A
  // nonce reused for one URL while the data is unchanged tells nobody anything they could
  // inject with: text from users reaches a page only by rendering it, which takes a new nonce.
  response.setHeader("ETag", etag);
  response.setHeader("Cache-Control", SHARED_POLICY);
  response.setHeader("Content-Length", stored.body.length);
  response.writeHead(200);
  response.end(stored.body);
}

/**
 * Collects the bytes Next.js writes (after its compression), up to `maxBytes` (the store keeps
 * nothing larger), and hands them over when the response has ended whole, with status 200, no
 * cookie set, and the page's permission (with what each reuse of it takes).
 */
function keepRender(response: ServerResponse, requestId: string, maxBytes: number, keep: (render: StoredRender) => void) {
  expectRender(requestId);
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size < 0) return;
    // A copy: the writer may reuse its buffer once the write has returned.
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > maxBytes) {
      size = -1; // too large to keep: stop collecting
      chunks.length = 0;
    } else chunks.push(bytes);
  };
  const { write, end } = response;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as ServerResponse["end"];
  response.once("close", () => {
    const onReuse = takeReuse(requestId);
    if (!onReuse || size < 0 || !response.writableFinished || response.statusCode !== 200 || response.hasHeader("set-cookie")) return;
    const headers: StoredRender["headers"] = {};
    for (const [name, value] of Object.entries(response.getHeaders())) {
      if (value !== undefined && !OWN_HEADERS.has(name)) headers[name] = typeof value === "number" ? String(value) : value;
    }
    keep({ headers, body: Buffer.concat(chunks), onReuse });
  });
}

/**
 * The hook for scripts/serve.ts, with the app's database and the production build's id:
 *   const searchCache = createSearchCache();
 *   ... in the request handler, before Next.js: if (await searchCache(request, response)) return;
 */
export function createSearchCache(buildDir = path.join(process.cwd(), ".next")): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const buildId = readFileSync(path.join(buildDir, "BUILD_ID"), "utf8").trim();
  const store = new RenderStore(RENDER_STORE_BYTES);
  return async (request, response) => {
    if (classify(request) === "none") return false;
    // Loaded on first use, so that the server starts even while the database is still coming up.
    const [{ prisma }, { searchDataVersion }] = await Promise.all([import("../db/client"), import("../search/version")]);
    return handleSearchCache(request, response, { buildId, store, version: () => searchDataVersion(prisma) });
  };
}
