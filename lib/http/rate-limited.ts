import { createTranslator } from "use-intl/core";
import { readCatalogue } from "../i18n/catalogue";
import { localeDirection, type Locale } from "../i18n/locales";
import { consumeLimit, type LimitName } from "../rate-limit/limiter";
import { requestClientAddress } from "./client-address";

// Rate limits for route handlers (server actions use lib/actions/action.ts): one point per
// request from the client's address; over the limit, 429 with Retry-After, as JSON for the API
// or as a short page in the reader's language for the pages' form posts.

export async function overLimit(request: Request, name: LimitName, options: { locale?: Locale } = {}): Promise<Response | undefined> {
  const result = await consumeLimit(name, requestClientAddress(request.headers));
  if (result.allowed) return undefined;
  const headers = { "Retry-After": String(result.retryAfterSeconds), "Cache-Control": "no-store" };
  if (!options.locale) return Response.json({ error: "rate_limited", retryAfterSeconds: result.retryAfterSeconds }, { status: 429, headers });
  const messages = (await readCatalogue(options.locale)) as { Validation: Record<string, string>; Layout: Record<string, string> };
  const t = createTranslator({ locale: options.locale, messages, namespace: "Validation" });
  const tLayout = createTranslator({ locale: options.locale, messages, namespace: "Layout" });
  const text = t("RATE_LIMITED", { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) });
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="${options.locale}" dir="${localeDirection(options.locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(text)}</title></head><body><main><h1>${escape(text)}</h1><p><a href="/${options.locale}">${escape(tLayout("home"))}</a></p></main></body></html>`;
  return new Response(html, { status: 429, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
