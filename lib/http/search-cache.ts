import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { helsinkiDate } from "../dates/helsinki";

// Caching of the search page that cannot show stale results (docs/decisions/019). Called by
// scripts/serve.ts before Next.js handles a request:
//   if (await searchCache.handle(request, response)) return;
// Anonymous full-page GETs of /{locale}/activities get `Cache-Control: public, no-cache` and an
// ETag made of the search data's version, the build, the day in Helsinki, the locale and the
// whole URL: a browser or a shared cache in front of the app keeps the rendered page and asks
// again each time, and while nothing has changed the app answers 304 from one indexed read,
// without rendering. Anything else on that route (a session cookie, a client-side navigation's
// RSC request, a response that sets a cookie) is `private, no-store` and has no ETag.

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
};

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
 * Returns true when it answered the request itself (304 Not Modified); otherwise the caller
 * passes the request on to Next.js, whose response gets this route's caching headers.
 */
export async function handleSearchCache(request: IncomingMessage, response: ServerResponse, options: SearchCacheOptions): Promise<boolean> {
  const kind = classify(request);
  if (kind === "none") return false;
  if (kind === "private") {
    overrideHead(response, () => ({ policy: PRIVATE_POLICY }));
    return false;
  }
  let etag: string;
  try {
    etag = searchEtag({ version: await options.version(), buildId: options.buildId, day: helsinkiDate(options.now?.() ?? new Date()), url: request.url ?? "/" });
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
  overrideHead(response, () => ({ policy: SHARED_POLICY, etag }));
  return false;
}

/**
 * The hook for scripts/serve.ts, with the app's database and the production build's id:
 *   const searchCache = createSearchCache();
 *   ... in the request handler, before Next.js: if (await searchCache(request, response)) return;
 */
export function createSearchCache(buildDir = path.join(process.cwd(), ".next")): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const buildId = readFileSync(path.join(buildDir, "BUILD_ID"), "utf8").trim();
  return async (request, response) => {
    if (classify(request) === "none") return false;
    // Loaded on first use, so that the server starts even while the database is still coming up.
    const [{ prisma }, { searchDataVersion }] = await Promise.all([import("../db/client"), import("../search/version")]);
    return handleSearchCache(request, response, { buildId, version: () => searchDataVersion(prisma) });
  };
}
