import { randomUUID } from "node:crypto";
import { LOCALES } from "../i18n/locales";

// One JSON line per request (scripts/serve.ts): method, route pattern, status, duration and a
// request id that the response carries in X-Request-Id, so a user's report ("it failed at
// 14:02", with the id from the error page or the browser) finds its line. Never the query
// string (search words), ids of records, tokens or addresses: the route pattern replaces
// every variable segment.

export const REQUEST_ID_HEADER = "x-request-id";

/** A new id for each request; one the client sends is never used (it could forge log lines). */
export const newRequestId = (): string => randomUUID();

const LOCALE_SET = new Set<string>(LOCALES);
/** Segments written by the app itself; anything else variable becomes a placeholder. */
const WORD = /^[a-z][a-z-]{0,30}$/;

/** The path with its variable parts as placeholders: /fi/activities/ck9x… → /[locale]/activities/[id]. */
export function routePattern(url: string | undefined): string {
  const path = (url ?? "/").split(/[?#]/)[0]!;
  if (path.startsWith("/_next/")) return "/_next/[asset]";
  const segments = path.split("/").filter(Boolean);
  const pattern = segments.map((segment, i) => {
    if (i === 0 && LOCALE_SET.has(segment)) return "[locale]";
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "[value]";
    }
    if (decoded.includes(".") && /\.(ics|xml|json|txt|ico|png|svg|webmanifest|csv|rss|atom)$/.test(decoded) && WORD.test(decoded.split(".")[0]!)) return decoded;
    return WORD.test(decoded) ? decoded : /^\d+$/.test(decoded) ? "[n]" : "[id]";
  });
  return `/${pattern.join("/")}`;
}

export type RequestLogLine = { msg: "request"; method: string; route: string; status: number; ms: number; requestId: string };

export function requestLogLine(options: { method?: string; url?: string; status: number; startedAt: bigint; requestId: string; now?: bigint }): RequestLogLine {
  const elapsed = Number((options.now ?? process.hrtime.bigint()) - options.startedAt) / 1e6;
  const method = (options.method ?? "GET").toUpperCase();
  return {
    msg: "request",
    method: /^[A-Z]{3,7}$/.test(method) ? method : "OTHER",
    route: routePattern(options.url),
    status: options.status,
    ms: Math.round(elapsed * 10) / 10,
    requestId: options.requestId,
  };
}
