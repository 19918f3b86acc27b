import { env } from "../env";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { overLimit } from "./rate-limited";

// The POSTs from the pages that emailed one-click links open (confirm, report answer,
// capacity). The signed, single-use token in the form is the permission; the Origin check
// keeps other sites from posting it (CSRF).

export type SignedLinkForm = { token: string; locale: Locale; value: (name: string) => string };

/** The form's token, locale and fields; or a 403 response for a post from another site, or 429 over the limit. */
export async function readSignedLinkForm(request: Request): Promise<SignedLinkForm | Response> {
  const origin = request.headers.get("origin");
  const own = [new URL(env.SITE_URL).origin, new URL(request.url).origin];
  if (origin && !own.includes(origin)) return new Response("Forbidden", { status: 403 });
  const form = await request.formData().catch(() => undefined);
  const value = (name: string) => String(form?.get(name) ?? "");
  const chosen = value("locale");
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  // Guessing tokens is hopeless (signed, 24 random bytes), but each try costs a lookup.
  const limited = await overLimit(request, "signedLinkPerIp", { locale });
  if (limited) return limited;
  return { token: value("token"), locale, value };
}

/** 303 to where the page goes next. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}
