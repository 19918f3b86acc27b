import { readSignedLinkForm, seeOther } from "@/lib/http/signed-link-form";
import { logger } from "@/lib/log/logger";
import { isValue } from "@/lib/reference/vocabulary";
import { answerReportsByToken } from "@/lib/reports/mutations";

// POST from the report answer page (app/[locale]/report-answer/[token]), as /api/confirm.
export async function POST(request: Request): Promise<Response> {
  const form = await readSignedLinkForm(request);
  if (form instanceof Response) return form;
  const { token, locale } = form;
  const answer = form.value("answer");
  const result = token && isValue("reportAnswer", answer) ? await answerReportsByToken({ token, answer }) : ({ ok: false, reason: "invalid" } as const);
  logger.info({ ok: result.ok, reason: result.ok ? undefined : result.reason }, "report answer link used");
  return seeOther(result.ok ? `/${locale}/report-answer/done?answer=${result.answer}` : `/${locale}/report-answer/${encodeURIComponent(token || "invalid")}`);
}
