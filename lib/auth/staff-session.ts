import type { PrismaClient } from "../db/client";
import type { PlatformRole } from "../db/generated/client";

// Moderators and admins can publish and unpublish anything, so a forgotten signed-in browser
// is worth less to an attacker when their sessions end 12 hours after sign-in, however often
// they are used. Organisers keep Auth.js's sliding 30 days.

export const STAFF_SESSION_HOURS = 12;

export function isStaff(role: PlatformRole | undefined): boolean {
  return role === "MODERATOR" || role === "ADMIN";
}

/**
 * Called with every session read (the Auth.js session callback): pulls a staff session's
 * expiry back to 12 hours after it began, so Auth.js ends it then. Writes only when Auth.js has
 * just extended it (or right after sign-in).
 */
export async function capStaffSession(
  db: PrismaClient,
  session: { sessionToken?: string; createdAt?: Date; expires?: Date | string },
  now = Date.now(),
): Promise<{ expired: boolean }> {
  if (!session.sessionToken || !session.createdAt) return { expired: false };
  const cap = session.createdAt.getTime() + STAFF_SESSION_HOURS * 3_600_000;
  if (cap <= now) {
    await db.session.deleteMany({ where: { sessionToken: session.sessionToken } });
    return { expired: true };
  }
  const expires = session.expires ? new Date(session.expires).getTime() : Infinity;
  if (expires > cap) await db.session.updateMany({ where: { sessionToken: session.sessionToken }, data: { expires: new Date(cap) } });
  return { expired: false };
}
