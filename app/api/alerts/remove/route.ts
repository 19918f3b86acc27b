import { removeAlertsWithToken } from "@/lib/alerts/mutations";
import { readSignedLinkForm, seeOther } from "@/lib/http/signed-link-form";
import { isRecordId } from "@/lib/validation/record-id";

// POST from the manage page: remove one alert (alertId) or all of the address's alerts, with
// the signed manage token from the mail.
export async function POST(request: Request): Promise<Response> {
  const form = await readSignedLinkForm(request);
  if (form instanceof Response) return form;
  const alertId = form.value("alertId");
  const path = `/${form.locale}/alerts/manage/${encodeURIComponent(form.token || "invalid")}`;
  if (alertId && !isRecordId(alertId)) return seeOther(path);
  try {
    const count = await removeAlertsWithToken({ token: form.token, alertId: alertId || undefined });
    return seeOther(`${path}?removed=${count}`);
  } catch {
    return seeOther(path);
  }
}
