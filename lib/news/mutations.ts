import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { assertMember, assertModerator, isModerator, membershipRole, type Actor } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors/app-error";
import type { NewsFormValue } from "../validation/news";

// News writes (docs/decisions/014). Moderators publish directly; a member of an organisation
// submits news in the organisation's name and a moderator approves or rejects it, like a
// notice. Each write checks its own permission and writes the record and an audit entry in one
// transaction. Records the actor may not see are NOT_FOUND.

type Tx = Prisma.TransactionClient;

function transaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(run, { isolationLevel: "ReadCommitted", timeout: 15_000 });
}

const toDate = (value?: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

export async function createNews(options: { actor: Actor; input: NewsFormValue; now?: Date }): Promise<{ id: string; status: "PUBLISHED" | "SUBMITTED" }> {
  const now = options.now ?? new Date();
  const { actor, input } = options;
  return transaction(async (tx) => {
    const moderator = isModerator(actor);
    if (input.organisationId) await assertMember(tx, actor, input.organisationId);
    else if (!moderator) throw new AppError("VALIDATION", { fieldErrors: { organisationId: ["required"] } });
    const known = await tx.region.count({ where: { code: { in: input.regions } } });
    if (known !== input.regions.length) throw new AppError("VALIDATION", { fieldErrors: { regions: ["unknownOption"] } });
    const status = moderator ? "PUBLISHED" : "SUBMITTED";
    const item = await tx.newsItem.create({
      data: {
        organisationId: input.organisationId ?? null,
        status,
        category: input.category,
        originalLanguage: input.language,
        regions: input.regions,
        validUntil: toDate(input.validUntil),
        publishedAt: moderator ? now : null,
        submittedAt: moderator ? null : now,
        createdById: actor.id,
        translations: { create: { locale: input.language, title: input.title, lead: input.lead, body: input.body } },
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: moderator ? "news.publish" : "news.submit", entityType: "news", entityId: item.id, changes: { category: input.category, regions: input.regions } });
    return { id: item.id, status };
  });
}

/** A moderator's decision on submitted news; approval publishes it now, rejection returns feedback to the author. */
export async function decideNews(options: { actor: Actor; newsId: string; decision: "approve" | "reject"; feedback?: string; now?: Date }) {
  assertModerator(options.actor);
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    const { count } = await tx.newsItem.updateMany({
      where: { id: options.newsId, status: "SUBMITTED" },
      data:
        options.decision === "approve"
          ? { status: "PUBLISHED", publishedAt: now, moderationFeedback: null }
          : { status: "REJECTED", moderationFeedback: options.feedback ?? null },
    });
    // Decided already (another moderator, a second click): nothing to do.
    if (count === 0) throw new AppError("INVALID_STATE", { messageKey: "alreadyDecided" });
    await writeAudit(tx, { actorId: options.actor.id, action: `news.${options.decision}`, entityType: "news", entityId: options.newsId });
  });
}

/** Takes news off the site (its author's organisation or a moderator). */
export async function archiveNews(options: { actor: Actor; newsId: string }) {
  return transaction(async (tx) => {
    const item = await tx.newsItem.findUnique({ where: { id: options.newsId }, select: { organisationId: true, createdById: true, status: true } });
    if (!item) throw new AppError("NOT_FOUND");
    const allowed =
      isModerator(options.actor) ||
      item.createdById === options.actor.id ||
      (item.organisationId !== null && (await membershipRole(tx, options.actor.id, item.organisationId)) !== undefined);
    if (!allowed) throw new AppError("NOT_FOUND");
    await tx.newsItem.update({ where: { id: options.newsId }, data: { status: "ARCHIVED" } });
    await writeAudit(tx, { actorId: options.actor.id, action: "news.archive", entityType: "news", entityId: options.newsId, changes: { from: item.status } });
  });
}

/**
 * A translation. Moderators may add one to any news; a member of the author organisation only
 * while the news waits for review (the moderator then reads it too), so nothing reaches the
 * public without a moderator having seen it.
 */
export async function saveNewsTranslation(options: { actor: Actor; newsId: string; language: string; title: string; lead: string; body: string }) {
  return transaction(async (tx) => {
    const item = await tx.newsItem.findUnique({ where: { id: options.newsId }, select: { organisationId: true, status: true } });
    if (!item) throw new AppError("NOT_FOUND");
    if (!isModerator(options.actor)) {
      const member = item.organisationId !== null && (await membershipRole(tx, options.actor.id, item.organisationId)) !== undefined;
      if (!member) throw new AppError("NOT_FOUND");
      if (item.status !== "SUBMITTED") throw new AppError("INVALID_STATE");
    }
    const data = { title: options.title, lead: options.lead, body: options.body };
    await tx.newsTranslation.upsert({ where: { newsId_locale: { newsId: options.newsId, locale: options.language } }, create: { newsId: options.newsId, locale: options.language, ...data }, update: data });
    await writeAudit(tx, { actorId: options.actor.id, action: "news.translation", entityType: "news", entityId: options.newsId, changes: { locale: options.language } });
  });
}
