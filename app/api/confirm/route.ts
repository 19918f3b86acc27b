import { confirmNoticeByToken } from "@/lib/activities/mutations";
import { readSignedLinkForm, seeOther } from "@/lib/http/signed-link-form";
import { logger } from "@/lib/log/logger";

// POST from the "still running" page (app/[locale]/confirm/[token]). The signed, single-use
// token is the permission; lib/http/signed-link-form.ts refuses posts from other sites (CSRF).
export async function POST(request: Request): Promise<Response> {
  const form = await readSignedLinkForm(request);
  if (form instanceof Response) return form;
  const { token, locale } = form;
  const result = token ? await confirmNoticeByToken({ token }) : ({ ok: false, reason: "invalid" } as const);
  logger.info({ ok: result.ok, reason: result.ok ? undefined : result.reason }, "confirm link used");
  return seeOther(result.ok ? `/${locale}/confirm/done/${result.activityId}` : `/${locale}/confirm/${encodeURIComponent(token || "invalid")}`);
}
