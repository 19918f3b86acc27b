import "server-only";
import { createHash } from "node:crypto";
import { requestClientAddress } from "../http/client-address";
import { env, siteUrlConfigured } from "../env";
import { originFromHeaders } from "../site/origin";
import { consumeLimit } from "../rate-limit/limiter";
import { negotiateLanguage } from "./lang";
import { labelsFor, type Labels } from "./labels";
import { lastPublicChange } from "./queries";

// The HTTP side of the open-data API, shared by every route under app/api/hsds: a per-address
// rate limit (429 with Retry-After), the language of the text fields (?lang=, Accept-Language),
// ETag and Last-Modified with conditional requests (304), and CORS open for reading.

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match, If-Modified-Since",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Content-Language, Retry-After",
  "Access-Control-Max-Age": "86400",
} as const;

export type HsdsRequestContext = {
  url: URL;
  params: URLSearchParams;
  labels: Labels;
  origin: string;
};

export type HsdsOutcome = { status: 200; body: unknown } | { status: 200; lines: AsyncIterable<unknown> } | { status: 400 | 404; error: string; parameter?: string };

/** One JSON object a line (application/x-ndjson), written as the lines are produced. */
function ndjsonStream(lines: AsyncIterable<unknown>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = lines[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

function publicOrigin(request: Request): string {
  if (siteUrlConfigured) return new URL(env.SITE_URL).origin;
  return originFromHeaders(request.headers) ?? new URL(env.SITE_URL).origin;
}

/** `If-None-Match` holds the entity tag (or `*`). */
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

function json(status: number, body: unknown, headers: Record<string, string>): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json; charset=utf-8", ...CORS_HEADERS, ...headers } });
}

/** Answers one GET (or HEAD) of the open-data API. */
export async function handleHsdsRequest(request: Request, produce: (ctx: HsdsRequestContext) => Promise<HsdsOutcome>): Promise<Response> {
  const limit = await consumeLimit("publicApiPerIp", requestClientAddress(request.headers));
  if (!limit.allowed) {
    return json(429, { error: "rate_limited", retry_after_seconds: limit.retryAfterSeconds }, { "Retry-After": String(limit.retryAfterSeconds), "Cache-Control": "no-store" });
  }
  const url = new URL(request.url);
  const labels = await labelsFor(negotiateLanguage(url.searchParams.get("lang"), request.headers.get("accept-language")));
  const lastModified = new Date(Math.floor((await lastPublicChange()).getTime() / 1000) * 1000);
  const common = {
    "Content-Language": labels.locale,
    Vary: "Accept-Language",
    "Last-Modified": lastModified.toUTCString(),
    // Short: notices change and expire during the day; revalidation is cheap (304).
    "Cache-Control": "public, max-age=60, must-revalidate",
  };
  // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
  const ims = request.headers.get("if-modified-since");
  if (!request.headers.get("if-none-match") && ims) {
    const since = Date.parse(ims);
    if (Number.isFinite(since) && lastModified.getTime() <= since) return new Response(null, { status: 304, headers: { ...CORS_HEADERS, ...common } });
  }
  const outcome = await produce({ url, params: url.searchParams, labels, origin: publicOrigin(request) });
  if (outcome.status !== 200) {
    return json(outcome.status, { error: outcome.error, ...(outcome.parameter ? { parameter: outcome.parameter } : {}) }, { "Content-Language": labels.locale, "Cache-Control": "no-store" });
  }
  if ("lines" in outcome) {
    // Streamed: no entity tag (it would need the whole body first); Last-Modified still answers.
    return new Response(request.method === "HEAD" ? null : ndjsonStream(outcome.lines), {
      status: 200,
      headers: { "Content-Type": "application/x-ndjson; charset=utf-8", ...CORS_HEADERS, ...common },
    });
  }
  const body = JSON.stringify(outcome.body);
  const etag = `"${createHash("sha256").update(labels.locale).update("\n").update(body).digest("base64url").slice(0, 32)}"`;
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: { ...CORS_HEADERS, ...common, ETag: etag } });
  return new Response(request.method === "HEAD" ? null : body, {
    status: 200,
    headers: { "Content-Type": "application/json; charset=utf-8", ...CORS_HEADERS, ...common, ETag: etag },
  });
}

/** The CORS preflight answer. */
export function hsdsOptions(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
