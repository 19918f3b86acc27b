import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import { assertAdmin, assertModerator, type Actor } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors/app-error";
import { applyContent, type NoticeContent } from "../activities/content";
import { approvedValidUntil } from "../activities/mutations";
import { pickTranslation } from "../activities/translation";
import { sendModerationEmail } from "../mail/templates";
import { syncSearchDocument } from "../search/sync";
import { logger } from "../log/logger";

// Moderators' decisions. Each decision is one transaction (notice, search document, audit);
// the email to the organiser goes after the commit, so a mail failure never undoes a decision.

type Decision = { actor: Actor; activityId: string; now?: Date };
/** The content version the moderator reviewed (a hidden field of the decision form). */
type Reviewed = { version: number };

async function recipientsOf(activityId: string) {
  const activity = await prisma.activity.findUniqueOrThrow({
    where: { id: activityId },
    select: {
      originalLanguage: true,
      createdBy: { select: { email: true, locale: true, memberships: { select: { organisationId: true } } } },
      organisation: { select: { id: true, memberships: { where: { role: "OWNER" }, select: { user: { select: { email: true, locale: true } } } } } },
      translations: { select: { locale: true, title: true } },
    },
  });
  // The person who wrote it, if still a member; otherwise the organisation's owners.
  const creator = activity.createdBy?.memberships.some((m) => m.organisationId === activity.organisation.id) ? activity.createdBy : undefined;
  const people = creator ? [creator] : activity.organisation.memberships.map((m) => m.user);
  return people.map((person) => ({ ...person, title: pickTranslation(activity.translations, person.locale, activity.originalLanguage)?.title ?? "" }));
}

async function notify(activityId: string, decision: "approved" | "rejected", feedback: string | null) {
  try {
    for (const person of await recipientsOf(activityId)) {
      await sendModerationEmail({ to: person.email, locale: person.locale, title: person.title, decision, feedback, activityId });
    }
  } catch (error) {
    logger.error({ activityId, err: error instanceof Error ? error.message : String(error) }, "moderation email failed");
  }
}

/**
 * Publishes exactly the version the moderator reviewed. If the organiser changed the notice
 * after the review page was opened, nothing is published: the notice stays in the queue and
 * the moderator is told to read the new version.
 */
export async function approveNotice(options: Decision & Reviewed): Promise<"published" | "revision-published"> {
  assertModerator(options.actor);
  const now = options.now ?? new Date();
  const outcome = await prisma.$transaction(async (tx) => {
    // FOR UPDATE: an organiser's save waits for this decision instead of slipping in between.
    await tx.$executeRaw`SELECT 1 FROM activity WHERE id = ${options.activityId} FOR UPDATE`;
    const a = await tx.activity.findUnique({ where: { id: options.activityId }, select: { id: true, status: true, revisionStatus: true, revision: true, validUntil: true, publishedAt: true, deletedAt: true, contentVersion: true, organisationId: true } });
    if (!a || a.deletedAt) throw new AppError("NOT_FOUND");
    if (a.contentVersion !== options.version) throw new AppError("INVALID_STATE", { messageKey: "changedSinceReview" });
    let result: "published" | "revision-published";
    if (a.status === "SUBMITTED") {
      await tx.activity.update({
        where: { id: a.id },
        data: { status: "PUBLISHED", publishedAt: a.publishedAt ?? now, lastConfirmedAt: now, validUntil: approvedValidUntil(a.validUntil, now), moderationFeedback: null, reminder14SentAt: null, reminder3SentAt: null },
      });
      result = "published";
    } else if (a.status === "PUBLISHED" && a.revisionStatus === "SUBMITTED" && a.revision) {
      await applyContent(tx, a.id, a.revision as unknown as NoticeContent);
      const updated = await tx.activity.findUniqueOrThrow({ where: { id: a.id }, select: { validUntil: true } });
      await tx.activity.update({
        where: { id: a.id },
        data: { revision: Prisma.DbNull, revisionStatus: null, moderationFeedback: null, lastConfirmedAt: now, validUntil: approvedValidUntil(updated.validUntil, now), reminder14SentAt: null, reminder3SentAt: null },
      });
      result = "revision-published";
    } else {
      // Already decided (a second moderator, or a double click): nothing to approve.
      throw new AppError("INVALID_STATE", { messageKey: "notInQueue" });
    }
    // The first approved notice of an organisation also publishes its profile, which the
    // review page showed next to the notice.
    await tx.organisation.updateMany({ where: { id: a.organisationId, profileReviewedAt: null }, data: { profileReviewedAt: now } });
    await syncSearchDocument(tx, a.id);
    await writeAudit(tx, { actorId: options.actor.id, action: `moderation.approve`, entityType: "activity", entityId: a.id, changes: { outcome: result, version: a.contentVersion } });
    return result;
  });
  await notify(options.activityId, "approved", null);
  return outcome;
}

export async function rejectNotice(options: Decision & Reviewed & { feedback: string }): Promise<"rejected" | "revision-rejected"> {
  assertModerator(options.actor);
  const outcome = await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM activity WHERE id = ${options.activityId} FOR UPDATE`;
    const a = await tx.activity.findUnique({ where: { id: options.activityId }, select: { id: true, status: true, revisionStatus: true, deletedAt: true, contentVersion: true } });
    if (!a || a.deletedAt) throw new AppError("NOT_FOUND");
    // Feedback about a text the organiser has since replaced would confuse them.
    if (a.contentVersion !== options.version) throw new AppError("INVALID_STATE", { messageKey: "changedSinceReview" });
    let result: "rejected" | "revision-rejected";
    if (a.status === "SUBMITTED") {
      await tx.activity.update({ where: { id: a.id }, data: { status: "REJECTED", moderationFeedback: options.feedback } });
      result = "rejected";
    } else if (a.status === "PUBLISHED" && a.revisionStatus === "SUBMITTED") {
      await tx.activity.update({ where: { id: a.id }, data: { revisionStatus: "REJECTED", moderationFeedback: options.feedback } });
      result = "revision-rejected";
    } else {
      throw new AppError("INVALID_STATE", { messageKey: "notInQueue" });
    }
    await syncSearchDocument(tx, a.id);
    await writeAudit(tx, { actorId: options.actor.id, action: "moderation.reject", entityType: "activity", entityId: a.id, changes: { outcome: result } });
    return result;
  });
  await notify(options.activityId, "rejected", options.feedback);
  return outcome;
}

export async function setOrganisationTrusted(options: { actor: Actor; organisationId: string; trusted: boolean }): Promise<void> {
  assertModerator(options.actor);
  await prisma.$transaction(async (tx) => {
    const org = await tx.organisation.findUnique({ where: { id: options.organisationId }, select: { id: true, trusted: true } });
    if (!org) throw new AppError("NOT_FOUND");
    if (org.trusted === options.trusted) return;
    await tx.organisation.update({ where: { id: org.id }, data: { trusted: options.trusted } });
    await writeAudit(tx, { actorId: options.actor.id, action: options.trusted ? "organisation.trust" : "organisation.untrust", entityType: "organisation", entityId: org.id });
  });
}

/** Admins give and take platform roles; an admin cannot demote themselves (someone must remain). */
export async function setPlatformRole(options: { actor: Actor; userId: string; role: "USER" | "MODERATOR" | "ADMIN" }): Promise<void> {
  assertAdmin(options.actor);
  if (options.userId === options.actor.id) throw new AppError("INVALID_STATE", { messageKey: "cannotChangeOwnRole" });
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.userId }, select: { id: true, role: true } });
    if (!user) throw new AppError("NOT_FOUND");
    await tx.user.update({ where: { id: user.id }, data: { role: options.role } });
    await writeAudit(tx, { actorId: options.actor.id, action: "user.role", entityType: "user", entityId: user.id, changes: { from: user.role, to: options.role } });
  });
}
