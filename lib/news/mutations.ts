import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { assertMember, assertModerator, isModerator, membershipRole, type Actor } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors/app-error";
import type { NewsFormValue, NewsTranslationValue } from "../validation/news";
import { logger } from "../log/logger";
import { sendNewsReturnedEmail } from "./mail";

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

/**
 * A moderator's decision on submitted news; approval publishes it (an edited item keeps its first
 * publication date), rejection returns it to the author with feedback, and the author is mailed
 * after the commit (a mail failure never undoes a decision).
 */
export async function decideNews(options: { actor: Actor; newsId: string; decision: "approve" | "reject"; feedback?: string; now?: Date }) {
  assertModerator(options.actor);
  const now = options.now ?? new Date();
  await transaction(async (tx) => {
    const current = await tx.newsItem.findUnique({ where: { id: options.newsId }, select: { publishedAt: true } });
    const { count } = await tx.newsItem.updateMany({
      where: { id: options.newsId, status: "SUBMITTED" },
      data:
        options.decision === "approve"
          ? { status: "PUBLISHED", publishedAt: current?.publishedAt ?? now, moderationFeedback: null }
          : { status: "REJECTED", moderationFeedback: options.feedback ?? null },
    });
    // Decided already (another moderator, a second click): nothing to do.
    if (count === 0) throw new AppError("INVALID_STATE", { messageKey: "alreadyDecided" });
    await writeAudit(tx, { actorId: options.actor.id, action: `news.${options.decision}`, entityType: "news", entityId: options.newsId });
  });
  if (options.decision === "reject") await notifyReturned(options.newsId, options.feedback ?? "");
}

/** The author, if still a member of the organisation; otherwise the organisation's owners. */
async function notifyReturned(newsId: string, feedback: string) {
  try {
    const item = await prisma.newsItem.findUniqueOrThrow({
      where: { id: newsId },
      select: {
        originalLanguage: true,
        organisationId: true,
        createdBy: { select: { email: true, locale: true, memberships: { select: { organisationId: true } } } },
        organisation: { select: { memberships: { where: { role: "OWNER" }, select: { user: { select: { email: true, locale: true } } } } } },
        translations: { select: { locale: true, title: true } },
      },
    });
    const creator = item.createdBy && (item.organisationId === null || item.createdBy.memberships.some((m) => m.organisationId === item.organisationId)) ? item.createdBy : undefined;
    const people = creator ? [creator] : (item.organisation?.memberships.map((m) => m.user) ?? []);
    for (const person of people) {
      const title = (item.translations.find((t) => t.locale === person.locale) ?? item.translations.find((t) => t.locale === item.originalLanguage) ?? item.translations[0])?.title ?? "";
      await sendNewsReturnedEmail({ to: person.email, locale: person.locale, title, feedback, newsId });
    }
  } catch (error) {
    logger.error({ newsId, err: error instanceof Error ? error.message : String(error) }, "news return email failed");
  }
}

/**
 * Who may change a news item: a moderator, or a member of the organisation in whose name it was
 * written. Anyone else gets NOT_FOUND (its existence is not revealed).
 */
async function assertNewsAccess(tx: Tx, actor: Actor, newsId: string) {
  const item = await tx.newsItem.findUnique({ where: { id: newsId }, select: { id: true, organisationId: true, status: true, originalLanguage: true } });
  if (!item) throw new AppError("NOT_FOUND");
  const moderator = isModerator(actor);
  if (!moderator) {
    const member = item.organisationId !== null && (await membershipRole(tx, actor.id, item.organisationId)) !== undefined;
    if (!member) throw new AppError("NOT_FOUND");
  }
  if (item.status === "ARCHIVED") throw new AppError("INVALID_STATE");
  return { ...item, moderator };
}

/**
 * What a member's change does to the item's status: anything a member changes goes (back) to a
 * moderator before the public sees it, so submitted stays submitted, and returned or published
 * news becomes submitted again (published news leaves the site until approved again).
 * Moderators' changes keep the status.
 */
function statusAfterChange(item: { status: string; moderator: boolean }, now: Date): Prisma.NewsItemUpdateInput {
  if (item.moderator) return {};
  return { status: "SUBMITTED", submittedAt: now, moderationFeedback: null };
}

/** Edits news (its original-language text, category, regions, last day); the record decides the organisation. */
export async function updateNews(options: { actor: Actor; newsId: string; input: NewsFormValue; now?: Date }): Promise<{ status: "PUBLISHED" | "SUBMITTED" | "REJECTED" }> {
  const now = options.now ?? new Date();
  const { input } = options;
  return transaction(async (tx) => {
    const item = await assertNewsAccess(tx, options.actor, options.newsId);
    const known = await tx.region.count({ where: { code: { in: input.regions } } });
    if (known !== input.regions.length) throw new AppError("VALIDATION", { fieldErrors: { regions: ["unknownOption"] } });
    const text = { title: input.title, lead: input.lead, body: input.body };
    await tx.newsTranslation.upsert({ where: { newsId_locale: { newsId: item.id, locale: input.language } }, create: { newsId: item.id, locale: input.language, ...text }, update: text });
    const updated = await tx.newsItem.update({
      where: { id: item.id },
      data: { category: input.category, regions: input.regions, validUntil: toDate(input.validUntil), originalLanguage: input.language, ...statusAfterChange(item, now) },
      select: { status: true },
    });
    await writeAudit(tx, { actorId: options.actor.id, action: "news.update", entityType: "news", entityId: item.id, changes: { from: item.status, to: updated.status } });
    return { status: updated.status as "PUBLISHED" | "SUBMITTED" | "REJECTED" };
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
 * A translation. Moderators may add one to any news; a member of the author organisation too, and
 * like any member's change it sends the news to review (statusAfterChange), so nothing reaches
 * the public without a moderator having read it.
 */
export async function saveNewsTranslation(options: { actor: Actor; input: NewsTranslationValue; now?: Date }): Promise<{ status: "PUBLISHED" | "SUBMITTED" | "REJECTED" }> {
  const now = options.now ?? new Date();
  const { input } = options;
  return transaction(async (tx) => {
    const item = await assertNewsAccess(tx, options.actor, input.newsId);
    if (input.language === item.originalLanguage) throw new AppError("VALIDATION", { fieldErrors: { language: ["unknownOption"] } });
    const data = { title: input.title, lead: input.lead, body: input.body };
    await tx.newsTranslation.upsert({ where: { newsId_locale: { newsId: item.id, locale: input.language } }, create: { newsId: item.id, locale: input.language, ...data }, update: data });
    const updated = await tx.newsItem.update({ where: { id: item.id }, data: { ...statusAfterChange(item, now) }, select: { status: true } });
    await writeAudit(tx, { actorId: options.actor.id, action: "news.translation", entityType: "news", entityId: item.id, changes: { locale: input.language, from: item.status, to: updated.status } });
    return { status: updated.status as "PUBLISHED" | "SUBMITTED" | "REJECTED" };
  });
}
