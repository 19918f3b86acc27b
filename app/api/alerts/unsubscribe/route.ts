import { unsubscribeAlert } from "@/lib/alerts/mutations";
import { readSignedLinkForm, seeOther } from "@/lib/http/signed-link-form";

// One-click unsubscribe. Mail programs POST `List-Unsubscribe=One-Click` to the URL of the
// List-Unsubscribe header (RFC 8058; no cookies, no Origin) and get 200; the unsubscribe page's
// button posts the same URL with the locale and is sent on to the outcome page. The signed
// token in the URL is the permission; a cross-site form post is refused by its Origin.
export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const form = await readSignedLinkForm(request);
  if (form instanceof Response) return form;
  const result = await unsubscribeAlert({ token: token || form.token });
  if (form.value("List-Unsubscribe") === "One-Click") {
    return new Response(result.ok ? "Unsubscribed" : "Invalid link", { status: result.ok ? 200 : 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return seeOther(result.ok ? `/${form.locale}/alerts/done?outcome=unsubscribed` : `/${form.locale}/alerts/unsubscribe/${encodeURIComponent(token || "invalid")}`);
}
