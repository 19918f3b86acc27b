import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { type DefaultSession } from "next-auth";
import Nodemailer from "next-auth/providers/nodemailer";
import { prisma } from "../db/client";
import { isDatabaseUnreachable, markDatabaseUnreachable } from "../db/unreachable";
import type { PlatformRole } from "../db/generated/client";
import { env, requireAuthSecret } from "../env";
import { DEFAULT_LOCALE, isLocale } from "../i18n/locales";
import { logger } from "../log/logger";
import { sendSignInEmail } from "../mail/templates";
import { capStaffSession, isStaff } from "./staff-session";
import { grantConfiguredAdmin } from "./users";

// Auth.js v5: email magic links (no passwords), the Prisma adapter, database sessions (so
// signing out deletes the session row and any session can be revoked). Sign-in requests go
// through app/[locale]/signin/actions.ts, which rate-limits them first.

declare module "next-auth" {
  interface Session {
    /** `expired`: a staff session past its 12 hours, deleted while this request read it. */
    user: { id: string; role: PlatformRole; locale: string; expired?: boolean } & DefaultSession["user"];
  }
}

const secure = env.SITE_URL.startsWith("https://");

/** The locale of the page the sign-in started from (the callbackUrl's first segment). */
function localeOfLink(link: URL): string {
  const callback = link.searchParams.get("callbackUrl") ?? "";
  const segment = callback.replace(/^https?:\/\/[^/]+/, "").split("/")[1];
  return isLocale(segment) ? segment : DEFAULT_LOCALE;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: PrismaAdapter(prisma),
  secret: requireAuthSecret(),
  trustHost: true,
  useSecureCookies: secure,
  session: { strategy: "database", maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin/error" },
  providers: [
    Nodemailer({
      // Never used: sendVerificationRequest below sends through lib/mail.
      server: "smtp://localhost:25",
      maxAge: 30 * 60,
      // No normalizeIdentifier of our own: Auth.js's default also trims and lowercases, and
      // adds NFKC and the single-@ and no-quotes checks (its October 2025 advisory's fixes).
      async sendVerificationRequest({ identifier, url }) {
        // The link's origin is always SITE_URL, whatever Host header the request came with,
        // so a forged Host cannot send someone a valid link to another site.
        const link = new URL(url);
        const safe = new URL(`${link.pathname}${link.search}`, env.SITE_URL);
        await sendSignInEmail({ to: identifier, url: safe.toString(), locale: localeOfLink(link) });
      },
    }),
  ],
  callbacks: {
    // After a magic link: only addresses on this site, resolved against SITE_URL (behind
    // proxies the request's own host may be an internal one).
    redirect({ url }) {
      const site = new URL(env.SITE_URL).origin;
      if (url.startsWith("/") && !url.startsWith("//")) return `${site}${url}`;
      try {
        const target = new URL(url);
        return target.origin === site ? target.toString() : site;
      } catch {
        return site;
      }
    },
    async session({ session, user }) {
      const dbUser = user as typeof user & { role?: PlatformRole; locale?: string };
      session.user.id = user.id;
      session.user.role = dbUser.role ?? "USER";
      session.user.locale = dbUser.locale ?? DEFAULT_LOCALE;
      // With database sessions Auth.js passes the session row (token, expiry, created_at).
      if (isStaff(session.user.role) && (await capStaffSession(prisma, session as unknown as Parameters<typeof capStaffSession>[1])).expired) {
        session.user.expired = true;
      }
      return session;
    },
  },
  logger: {
    // Auth.js catches a failed session lookup and answers "no session". When the database is
    // gone, say so process-wide, so that forms report "temporarily unavailable", not "signed out".
    error(error) {
      if (isDatabaseUnreachable(error)) markDatabaseUnreachable();
      logger.error({ err: { name: error.name, message: error.message } }, "auth error");
    },
  },
  events: {
    async signIn({ user }) {
      if (user.id && user.email) await grantConfiguredAdmin({ userId: user.id, email: user.email });
    },
  },
}));
