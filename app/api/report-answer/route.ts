import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { logger } from "@/lib/log/logger";
import { isValue } from "@/lib/reference/vocabulary";
import { answerReportsByToken } from "@/lib/reports/mutations";

// POST from the report answer page (app/[locale]/report-answer/[token]). The signed,
// single-use token is the permission; the Origin check keeps other sites from posting it.
export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  const own = [new URL(env.SITE_URL).origin, new URL(request.url).origin];
  if (origin && !own.includes(origin)) return new Response("Forbidden", { status: 403 });
  const form = await request.formData().catch(() => undefined);
  const token = String(form?.get("token") ?? "");
  const answer = String(form?.get("answer") ?? "");
  const localeValue = String(form?.get("locale") ?? "");
  const locale = isLocale(localeValue) ? localeValue : DEFAULT_LOCALE;
  const result = token && isValue("reportAnswer", answer) ? await answerReportsByToken({ token, answer }) : ({ ok: false, reason: "invalid" } as const);
  logger.info({ ok: result.ok, reason: result.ok ? undefined : result.reason }, "report answer link used");
  const target = result.ok ? `/${locale}/report-answer/done?answer=${result.answer}` : `/${locale}/report-answer/${encodeURIComponent(token || "invalid")}`;
  return new Response(null, { status: 303, headers: { Location: target } });
}
