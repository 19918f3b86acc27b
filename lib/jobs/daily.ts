import type { PrismaClient } from "../db/client";
import { issueConfirmToken } from "../activities/mutations";
import { issueCapacityToken } from "../reports/mutations";
import { RESTORE_DAYS } from "../activities/mutations";
import { pickTranslation } from "../activities/translation";
import { formatDate } from "../i18n/format";
import { isLocale } from "../i18n/locales";
import { absoluteUrl, sendReminderEmail } from "../mail/templates";
import { syncSearchDocument } from "../search/sync";
import { logger } from "../log/logger";
import { pruneDemand } from "../demand/prune";

// The daily job (pg-boss schedule in lib/jobs/runner.ts; `npm run jobs:daily` runs it once):
// expiry reminders 14 and 3 days before a published notice's validity ends, each once per
// validity period, with a single-use "still running" link; then clean-ups.

const DAY = 86_400_000;
export const REMINDER_DAYS = [14, 3] as const;

export type DailyResult = { reminders: number; purgedNotices: number; purgedTokens: number; purgedSessions: number };

export async function runDailyJobs(prisma: PrismaClient, options: { now?: Date } = {}): Promise<DailyResult> {
  const now = options.now ?? new Date();
  let reminders = 0;
  for (const days of REMINDER_DAYS) {
    const field = days === 14 ? "reminder14SentAt" : "reminder3SentAt";
    const due = await prisma.activity.findMany({
      where: {
        status: "PUBLISHED",
        deletedAt: null,
        validUntil: { gt: now, lte: new Date(now.getTime() + days * DAY) },
        [field]: null,
        // The 3-day reminder makes the 14-day one pointless when both fall due at once.
        ...(days === 14 ? { reminder3SentAt: null, validUntil: { gt: new Date(now.getTime() + 3 * DAY), lte: new Date(now.getTime() + days * DAY) } } : {}),
      },
      select: { id: true },
      orderBy: { validUntil: "asc" },
      take: 500,
    });
    for (const { id } of due) {
      if (await remind(prisma, { activityId: id, days, field, now })) reminders++;
    }
  }
  // Deleted notices are restorable for RESTORE_DAYS, then gone for good.
  const cutoff = new Date(now.getTime() - RESTORE_DAYS * DAY);
  const purged = await prisma.$transaction(async (tx) => {
    const old = await tx.activity.findMany({ where: { deletedAt: { lt: cutoff } }, select: { id: true } });
    for (const { id } of old) {
      await tx.activity.delete({ where: { id } });
      await syncSearchDocument(tx, id);
      await tx.auditEntry.create({ data: { actorId: null, action: "activity.purge", entityType: "activity", entityId: id } });
    }
    return old.length;
  });
  const tokens = await prisma.actionToken.deleteMany({ where: { expiresAt: { lt: now } } });
  const sessions = await prisma.session.deleteMany({ where: { expires: { lt: now } } });
  await prisma.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  await prisma.$executeRaw`DELETE FROM rate_limit WHERE expire IS NOT NULL AND expire < ${now.getTime()}`;
  await pruneDemand(prisma, now);
  const result = { reminders, purgedNotices: purged, purgedTokens: tokens.count, purgedSessions: sessions.count };
  logger.info(result, "daily jobs done");
  return result;
}

async function remind(prisma: PrismaClient, options: { activityId: string; days: number; field: "reminder14SentAt" | "reminder3SentAt"; now: Date }): Promise<boolean> {
  // Claim the reminder and issue its token in one transaction, then send: a crash between the
  // two loses at most one reminder, and two runners never both send it.
  const claimed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.activity.updateMany({ where: { id: options.activityId, [options.field]: null }, data: { [options.field]: options.now } });
    if (count === 0) return undefined;
    const a = await tx.activity.findUniqueOrThrow({
      where: { id: options.activityId },
      select: {
        validUntil: true,
        originalLanguage: true,
        translations: { select: { locale: true, title: true } },
        createdBy: { select: { id: true, email: true, locale: true, memberships: { select: { organisationId: true } } } },
        organisation: { select: { id: true, memberships: { select: { role: true, user: { select: { id: true, email: true, locale: true } } } } } },
      },
    });
    const creator = a.createdBy?.memberships.some((m) => m.organisationId === a.organisation.id) ? a.createdBy : undefined;
    const chosen = creator ? [creator] : a.organisation.memberships.filter((m) => m.role === "OWNER").map((m) => m.user);
    // Each person gets links of their own, which end if they leave the organisation.
    const people = [];
    for (const person of chosen) {
      const token = await issueConfirmToken(tx, { activityId: options.activityId, validUntil: a.validUntil, recipientUserId: person.id });
      // "Is there room?" in the same email, one click as well (docs/decisions/011).
      const capacityToken = await issueCapacityToken(tx, { activityId: options.activityId, validUntil: a.validUntil, recipientUserId: person.id });
      people.push({ ...person, token, capacityToken });
    }
    return { a, people };
  });
  if (!claimed) return false;
  for (const person of claimed.people) {
    const locale = isLocale(person.locale) ? person.locale : "fi";
    try {
      await sendReminderEmail({
        to: person.email,
        locale,
        title: pickTranslation(claimed.a.translations, locale, claimed.a.originalLanguage)?.title ?? "",
        days: options.days,
        validUntil: formatDate(claimed.a.validUntil, locale),
        confirmUrl: absoluteUrl(`/${locale}/confirm/${encodeURIComponent(person.token)}`),
        capacityUrl: absoluteUrl(`/${locale}/capacity/${encodeURIComponent(person.capacityToken)}`),
        activityId: options.activityId,
      });
    } catch (error) {
      logger.error({ activityId: options.activityId, err: error instanceof Error ? error.message : String(error) }, "reminder email failed");
    }
  }
  return true;
}
