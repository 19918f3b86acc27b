"use server";
import { headers } from "next/headers";
import { requestClientAddress } from "@/lib/http/client-address";
import { getLocale } from "next-intl/server";
import { runAction, type ActionResult } from "@/lib/actions/action";
import { signIn, signOut } from "@/lib/auth/config";
import { getSessionUser } from "@/lib/auth/session";
import { endAllSessions } from "@/lib/auth/users";
import { AppError } from "@/lib/errors/app-error";
import { redirect } from "@/lib/i18n/navigation";
import { consumeLimit } from "@/lib/rate-limit/limiter";
import { signInSchema } from "@/lib/validation/signin";

// Sign-in by email link: at most 5 emails an hour per address and 20 per IP address, then the
// Auth.js Nodemailer provider creates the verification token and lib/auth/config.ts sends it.


export async function requestSignInAction(_state: ActionResult | undefined, formData: FormData): Promise<ActionResult> {
  const locale = await getLocale();
  const ip = requestClientAddress(await headers());
  let sent = false;
  const result = await runAction(formData, {
    schema: signInSchema,
    access: "public",
    rateLimit: { name: "signInPerIp", key: () => ip },
    handler: async ({ data }) => {
      const perEmail = await consumeLimit("signInPerEmail", data.email);
      if (!perEmail.allowed) throw new AppError("RATE_LIMITED", { messageKey: `RATE_LIMITED|${Math.ceil(perEmail.retryAfterSeconds / 60)}` });
      await signIn("nodemailer", { email: data.email, redirect: false, redirectTo: data.callbackUrl ?? `/${locale}/manage` });
      sent = true;
    },
  });
  if (sent) redirect({ href: "/signin/check-email", locale });
  return result;
}

/** Ends every session of the signed-in user, this browser's too. */
export async function signOutEverywhereAction(): Promise<void> {
  const locale = await getLocale();
  const user = await getSessionUser();
  if (user) await endAllSessions(user.id);
  // The cookie of a session that no longer exists: clear it as well.
  await signOut({ redirect: false });
  redirect({ href: { pathname: "/signin", query: { done: "signedOutEverywhere" } }, locale });
}

export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  // Database sessions: this deletes the session row, so the cookie is worthless afterwards.
  await signOut({ redirect: false });
  redirect({ href: "/", locale });
}
