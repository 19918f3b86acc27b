import { prisma } from "../db/client";
import { writeAudit } from "../audit/write";
import { env } from "../env";

/** The first admins come from ADMIN_EMAILS: they get the role when they sign in. */
export async function grantConfiguredAdmin(options: { userId: string; email: string; adminEmails?: string[] }): Promise<boolean> {
  const admins = options.adminEmails ?? env.ADMIN_EMAILS;
  if (!admins.includes(options.email.toLowerCase())) return false;
  const { count } = await prisma.user.updateMany({ where: { id: options.userId, role: { not: "ADMIN" } }, data: { role: "ADMIN" } });
  if (count > 0) {
    await prisma.auditEntry.create({ data: { actorId: null, action: "user.role.admin-from-config", entityType: "user", entityId: options.userId } });
  }
  return count > 0;
}

/** Remember the UI language a user last signed in with, for their emails. */
export async function rememberLocale(userId: string, locale: string): Promise<void> {
  await prisma.user.updateMany({ where: { id: userId, NOT: { locale } }, data: { locale } });
}

/**
 * "Sign out everywhere": ends every session of the user (database sessions, so every browser's
 * cookie is worthless at once), e.g. after signing in on a shared or lost device.
 */
export async function endAllSessions(userId: string): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, { actorId: userId, action: "user.sign-out-everywhere", entityType: "user", entityId: userId, changes: { sessions: count } });
    return count;
  });
}
