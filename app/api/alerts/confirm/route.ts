import { confirmAlert } from "@/lib/alerts/mutations";
import { readSignedLinkForm, seeOther } from "@/lib/http/signed-link-form";

// POST from the confirm page (app/[locale]/alerts/confirm/[token]): the double opt-in.
export async function POST(request: Request): Promise<Response> {
  const form = await readSignedLinkForm(request);
  if (form instanceof Response) return form;
  const result = form.token ? await confirmAlert({ token: form.token }) : { ok: false };
  return seeOther(result.ok ? `/${form.locale}/alerts/done?outcome=confirmed` : `/${form.locale}/alerts/confirm/${encodeURIComponent(form.token || "invalid")}`);
}
