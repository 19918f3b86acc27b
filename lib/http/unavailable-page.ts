import { readCatalogue } from "../i18n/catalogue";
import { DEFAULT_LOCALE, isLocale, LOCALE_TABLE, LOCALES, type Locale } from "../i18n/locales";

// What scripts/serve.ts answers, without Next.js, when it cannot serve a request: the database
// is unreachable, or the server is full (admission queue). Plain HTML in the reader's language
// (pages) or JSON (the API), always 503 with Retry-After, never cached.

export type UnavailableReason = "database" | "busy";

export const RETRY_AFTER_SECONDS: Record<UnavailableReason, number> = { database: 10, busy: 2 };

export type PlainResponse = { status: number; headers: Record<string, string>; body: string };

/** The locale of a path such as /ar/activities, else the first supported language the browser asks for. */
export function localeFor(pathname: string, acceptLanguage: string | undefined): Locale {
  const first = pathname.split("/")[1];
  if (isLocale(first)) return first;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]!.trim().toLowerCase().split("-")[0];
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

let texts: Map<Locale, Record<string, string>> | undefined;

/** Reads the texts of every locale once, at start-up: the answer itself must not wait for the disk. */
export async function loadUnavailableTexts(): Promise<void> {
  const entries = await Promise.all(LOCALES.map(async (locale) => [locale, ((await readCatalogue(locale)).Unavailable ?? {}) as Record<string, string>] as const));
  texts = new Map(entries);
}

export function unavailableResponse(reason: UnavailableReason, url: string, acceptLanguage: string | undefined): PlainResponse {
  if (!texts) throw new Error("unavailableResponse() before loadUnavailableTexts()");
  const pathname = url.split("?")[0] ?? "/";
  const locale = localeFor(pathname, acceptLanguage);
  const t = texts.get(locale)!;
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS[reason]), "Cache-Control": "no-store", "Content-Language": locale };
  if (pathname.startsWith("/api/")) {
    return { status: 503, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" }, body: JSON.stringify({ error: reason === "database" ? "unavailable" : "busy", message: t[`${reason}Text`] }) };
  }
  // Only a path on this site: "//host" would make the link leave it.
  const retry = pathname.startsWith("/") && !pathname.startsWith("//") ? url : "/";
  const body = `<!doctype html>
<html lang="${locale}" dir="${LOCALE_TABLE[locale].dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escapeHtml(t[`${reason}Title`] ?? "")}</title>
<style>body{margin:0;padding:2rem 1rem;font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b;background:#fff}main{max-width:40rem;margin-inline:auto}h1{font-size:1.75rem;line-height:1.2}a{color:#0b4a7d;font-weight:600}a:focus-visible{outline:3px solid #0b4a7d;outline-offset:2px}</style>
</head>
<body><main><h1>${escapeHtml(t[`${reason}Title`] ?? "")}</h1><p>${escapeHtml(t[`${reason}Text`] ?? "")}</p><p><a href="${escapeHtml(retry)}">${escapeHtml(t.retry ?? "")}</a></p></main></body>
</html>
`;
  return { status: 503, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" }, body };
}
