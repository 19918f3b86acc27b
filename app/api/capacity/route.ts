import { readSignedLinkForm, seeOther } from "@/lib/http/signed-link-form";
import { logger } from "@/lib/log/logger";
import { isValue } from "@/lib/reference/vocabulary";
import { setCapacityByToken } from "@/lib/reports/mutations";

// POST from the capacity page (app/[locale]/capacity/[token]), as /api/confirm.
export async function POST(request: Request): Promise<Response> {
  const form = await readSignedLinkForm(request);
  if (form instanceof Response) return form;
  const { token, locale } = form;
  const status = form.value("status");
  const result = token && isValue("capacity", status) ? await setCapacityByToken({ token, status }) : ({ ok: false, reason: "invalid" } as const);
  logger.info({ ok: result.ok, reason: result.ok ? undefined : result.reason }, "capacity link used");
  return seeOther(result.ok ? `/${locale}/capacity/done?status=${status}` : `/${locale}/capacity/${encodeURIComponent(token || "invalid")}`);
}
