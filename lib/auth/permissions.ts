import type { PrismaClient } from "../db/client";
import type { MemberRole, PlatformRole, Prisma } from "../db/generated/client";
import { AppError } from "../errors/app-error";

// Who may do what, checked against the specific record. Used by lib/*/mutations.ts (inside
// their transaction) and by lib/auth/session.ts for pages. A record the actor may not see is
// NOT_FOUND, never FORBIDDEN, so that ids of other organisations' records reveal nothing.

export type Actor = { id: string; role: PlatformRole };

type Db = PrismaClient | Prisma.TransactionClient;

export function isModerator(actor: Pick<Actor, "role"> | null | undefined): boolean {
  return actor?.role === "MODERATOR" || actor?.role === "ADMIN";
}

export function isAdmin(actor: Pick<Actor, "role"> | null | undefined): boolean {
  return actor?.role === "ADMIN";
}

export function assertModerator(actor: Actor): void {
  if (!isModerator(actor)) throw new AppError("NOT_FOUND");
}

export function assertAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw new AppError("NOT_FOUND");
}

/** The actor's role in the organisation, or undefined. */
export async function membershipRole(db: Db, userId: string, organisationId: string): Promise<MemberRole | undefined> {
  const membership = await db.membership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
    select: { role: true },
  });
  return membership?.role;
}

/** Editors may work on notices; owners also on the organisation and its members. */
export async function assertMember(db: Db, actor: Actor, organisationId: string, needed: MemberRole = "EDITOR"): Promise<MemberRole> {
  const role = await membershipRole(db, actor.id, organisationId);
  if (!role) throw new AppError("NOT_FOUND");
  if (needed === "OWNER" && role !== "OWNER") throw new AppError("FORBIDDEN", { messageKey: "ownerOnly" });
  return role;
}

/**
 * The activity, if the actor is a member of its organisation; NOT_FOUND otherwise (also for
 * deleted notices, which only moderators see, in the deleted list).
 */
export async function assertActivityAccess(db: Db, actor: Actor, activityId: string) {
  const activity = await db.activity.findUnique({
    where: { id: activityId },
    select: { id: true, organisationId: true, status: true, deletedAt: true, revisionStatus: true },
  });
  if (!activity || activity.deletedAt) throw new AppError("NOT_FOUND");
  await assertMember(db, actor, activity.organisationId);
  return activity;
}
