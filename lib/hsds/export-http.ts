import "server-only";
import { requestClientAddress } from "../http/client-address";
import { DEFAULT_LOCALE, isLocale } from "../i18n/locales";
import { consumeLimit } from "../rate-limit/limiter";
import { exportCsv, exportHsds, exportTabular } from "./export";
import { CORS_HEADERS } from "./http";
import { originFromHeaders } from "../site/origin";
import { env, siteUrlConfigured } from "../env";

// GET /api/activities/export.csv, export.json and export.zip (HSDS tabular): the search page's parameters plus `locale`
// (language of the texts). Counted against the open-data API's per-address limit.

function filename(ext: string): string {
  return `tukiverkko-activities-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

export async function handleExport(request: Request, format: "csv" | "json" | "zip"): Promise<Response> {
  const limit = await consumeLimit("publicApiPerIp", requestClientAddress(request.headers));
  if (!limit.allowed) {
    return Response.json({ error: "rate_limited", retry_after_seconds: limit.retryAfterSeconds }, { status: 429, headers: { ...CORS_HEADERS, "Retry-After": String(limit.retryAfterSeconds) } });
  }
  const url = new URL(request.url);
  const localeParam = url.searchParams.get("locale");
  const locale = isLocale(localeParam) ? localeParam : DEFAULT_LOCALE;
  const params = new URLSearchParams(url.searchParams);
  params.delete("locale");
  params.delete("page");
  const origin = siteUrlConfigured ? new URL(env.SITE_URL).origin : (originFromHeaders(request.headers) ?? new URL(env.SITE_URL).origin);
  const headers = { ...CORS_HEADERS, "Cache-Control": "no-store", "Content-Language": locale };
  if (format === "csv") {
    const { body, truncated } = await exportCsv({ params, locale, origin });
    return new Response(body, {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename("csv")}"`, ...(truncated ? { "X-Truncated": "true" } : {}) },
    });
  }
  if (format === "zip") {
    const { zip, truncated } = await exportTabular({ params, locale, origin });
    return new Response(zip as BodyInit, {
      headers: { ...headers, "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${filename("hsds.zip")}"`, ...(truncated ? { "X-Truncated": "true" } : {}) },
    });
  }
  const document = await exportHsds({ params, locale, origin });
  return new Response(JSON.stringify(document, null, 2), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${filename("json")}"` },
  });
}
