import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { logger } from "@/lib/log/logger";
import { isValue } from "@/lib/reference/vocabulary";
import { setCapacityByToken } from "@/lib/reports/mutations";

// POST from the capacity page (app/[locale]/capacity/[token]), as /api/confirm.
export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  const own = [new URL(env.SITE_URL).origin, new URL(request.url).origin];
  if (origin && !own.includes(origin)) return new Response("Forbidden", { status: 403 });
  const form = await request.formData().catch(() => undefined);
  const token = String(form?.get("token") ?? "");
  const status = String(form?.get("status") ?? "");
  const localeValue = String(form?.get("locale") ?? "");
  const locale = isLocale(localeValue) ? localeValue : DEFAULT_LOCALE;
  const result = token && isValue("capacity", status) ? await setCapacityByToken({ token, status }) : ({ ok: false, reason: "invalid" } as const);
  logger.info({ ok: result.ok, reason: result.ok ? undefined : result.reason }, "capacity link used");
  const target = result.ok ? `/${locale}/capacity/done?status=${status}` : `/${locale}/capacity/${encodeURIComponent(token || "invalid")}`;
  return new Response(null, { status: 303, headers: { Location: target } });
}
