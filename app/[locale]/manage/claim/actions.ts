"use server";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { redirect } from "@/lib/i18n/navigation";
import { requestImportedClaim } from "@/lib/organisations/imported-claims";
import { parseImportedClaim } from "@/lib/validation/open-data-import";
import { isRecordId } from "@/lib/validation/record-id";

// "This organisation is ours" (an imported organisation without a Y-tunnus): a plain form that
// works without JavaScript, answered by a redirect to the same page with the outcome. What was
// typed comes back in the query when a field is wrong, so nothing is lost.

export async function requestClaimAction(formData: FormData): Promise<void> {
  const user = await getSessionUser();
  const locale = await getLocale();
  const organisationId = String(formData.get("organisationId") ?? "");
  if (!user || !isRecordId(organisationId)) notFound();
  const parsed = parseImportedClaim(formData);
  const page = `/manage/claim/${organisationId}`;
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "message");
    const code = parsed.error.issues[0]?.message ?? "required";
    redirect({ href: { pathname: page, query: { error: `${field}.${code}`, name: String(formData.get("name") ?? "").slice(0, 200), message: String(formData.get("message") ?? "").slice(0, 2000) } }, locale });
    return;
  }
  let outcome: string;
  try {
    outcome = await requestImportedClaim({ actor: user, organisationId, name: parsed.data.name, message: parsed.data.message });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  redirect({ href: { pathname: page, query: { sent: outcome } }, locale });
}
