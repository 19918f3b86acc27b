import { unsubscribeAlert } from "@/lib/alerts/mutations";
import { env } from "@/lib/env";
import { seeOther } from "@/lib/http/signed-link-form";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

// One-click unsubscribe. Mail programs POST `List-Unsubscribe=One-Click` to the URL of the
// List-Unsubscribe header (RFC 8058; no cookies, no Origin) and get 200; the unsubscribe page's
// button posts the same URL with the locale and is sent on to the outcome page. The signed
// token in the URL is the permission; a cross-site form post is refused by its Origin.
// Not behind the per-address limit of the other signed links (readSignedLinkForm): a large mail
// provider posts many users' unsubscribes from few addresses, RFC 8058 requires them to work,
// and the token's signature is checked before any database work.
export async function POST(request: Request): Promise<Response> {
  const origin = request.headers.get("origin");
  if (origin && ![new URL(env.SITE_URL).origin, new URL(request.url).origin].includes(origin)) return new Response("Forbidden", { status: 403 });
  const form = await request.formData().catch(() => undefined);
  const value = (name: string) => String(form?.get(name) ?? "");
  const chosen = value("locale");
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  const token = new URL(request.url).searchParams.get("token") ?? value("token");
  const result = await unsubscribeAlert({ token });
  if (value("List-Unsubscribe") === "One-Click") {
    return new Response(result.ok ? "Unsubscribed" : "Invalid link", { status: result.ok ? 200 : 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return seeOther(result.ok ? `/${locale}/alerts/done?outcome=unsubscribed` : `/${locale}/alerts/unsubscribe/${encodeURIComponent(token || "invalid")}`);
}
