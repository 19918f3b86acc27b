import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { redirect } from "../i18n/navigation";
import { auth } from "./config";
import { assertMember, isModerator, type Actor } from "./permissions";
import { prisma } from "../db/client";
import type { MemberRole } from "../db/generated/client";
import { isAppError } from "../errors/app-error";

export type SessionUser = Actor & { email: string; name: string | null; locale: string };

/** The signed-in user of this request, or null. One database lookup per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email || user.expired) return null;
  return { id: user.id, role: user.role, email: user.email, name: user.name ?? null, locale: user.locale };
});

/** Pages under /manage and /moderation: signed out → the sign-in page, then back. */
export async function requireUser(locale: string, returnTo = "/manage"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    redirect({ href: { pathname: "/signin", query: { callbackUrl: `/${locale}${returnTo}` } }, locale });
  }
  return user!;
}

/** Moderation pages do not exist for anyone else (404, not 403). */
export async function requireModerator(locale: string, returnTo = "/moderation"): Promise<SessionUser> {
  const user = await requireUser(locale, returnTo);
  if (!isModerator(user)) notFound();
  return user;
}

/** The organisation's page for a member with at least this role; 404 for everyone else. */
export async function requireMembership(options: { locale: string; organisationId: string; role?: MemberRole; returnTo?: string }) {
  const user = await requireUser(options.locale, options.returnTo);
  try {
    const role = await assertMember(prisma, user, options.organisationId, options.role ?? "EDITOR");
    return { user, role };
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
}
