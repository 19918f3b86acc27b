import { randomBytes } from "node:crypto";
import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { assertActivityAccess, isModerator, type Actor } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors/app-error";
import { archiveInTx, confirmInTx } from "../activities/mutations";
import { pickTranslation } from "../activities/translation";
import { isLocale } from "../i18n/locales";
import { logger } from "../log/logger";
import { absoluteUrl, sendReportEmail } from "../mail/templates";
import type { CapacityStatus, ReportAnswer } from "../reference/vocabulary";
import { syncSearchDocument } from "../search/sync";
import { consumeActionToken, issueActionToken } from "../tokens/action-token";
import type { ReportValue } from "../validation/report";

// Reports of a problem with a notice, the organiser's one-click answer, and the one-click
// capacity status (docs/decisions/011-reports-and-capacity.md). Every write checks its own
// permission (a member of the notice's organisation, a moderator for answers, or a signed
// single-use token from an email) and writes the record, the search document and an audit
// entry in one transaction.

const DAY = 86_400_000;
/** How long the answer link in a report email works. */
export const ANSWER_LINK_DAYS = 60;

type Tx = Prisma.TransactionClient;

function transaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(run, { isolationLevel: "ReadCommitted", timeout: 15_000 });
}

export type ReportOutcome = { accepted: true; groupId: string; count: number } | { accepted: false };

/**
 * A visitor's report. Reports of a notice are counted in its one open group; the first one of a
 * group emails the organisation's members (with a one-click answer link) and the moderators,
 * later ones only count, so that repeated reports never flood anyone's inbox.
 */
export async function submitReport(options: { input: ReportValue; locale: string; now?: Date }): Promise<ReportOutcome> {
  const now = options.now ?? new Date();
  const { input } = options;
  // A filled honeypot is a bot: it hears "thank you" and nothing is stored or sent.
  if (input.website?.trim()) return { accepted: false };
  const outcome = await transaction(async (tx) => {
    const activity = await tx.activity.findUnique({ where: { id: input.activityId }, select: { id: true, status: true, deletedAt: true, validUntil: true } });
    if (!activity || activity.deletedAt || activity.status !== "PUBLISHED") throw new AppError("NOT_FOUND");
    // One open group per notice (a partial unique index): two reports arriving together join it.
    await tx.$executeRaw`
      INSERT INTO report_group (id, activity_id, opened_at, last_report_at, report_count)
      VALUES (${`rg${randomBytes(12).toString("hex")}`}, ${activity.id}, ${now}, ${now}, 0)
      ON CONFLICT (activity_id) WHERE closed_at IS NULL DO NOTHING`;
    const [group] = await tx.$queryRaw<{ id: string; report_count: number }[]>`
      UPDATE report_group SET report_count = report_count + 1, last_report_at = ${now}
      WHERE activity_id = ${activity.id} AND closed_at IS NULL RETURNING id, report_count`;
    await tx.activityReport.create({
      data: { groupId: group!.id, reason: input.reason, message: input.message ?? null, reporterEmail: input.email ?? null, locale: options.locale, createdAt: now },
    });
    await writeAudit(tx, { actorId: null, action: "report.create", entityType: "activity", entityId: activity.id, changes: { reason: input.reason, count: group!.report_count } });
    return { groupId: group!.id, count: group!.report_count };
  });
  // The first report of a group is mailed; later ones join it quietly.
  if (outcome.count === 1) await notifyReport({ activityId: input.activityId, input, expiresAt: new Date(now.getTime() + ANSWER_LINK_DAYS * DAY) });
  return { accepted: true, groupId: outcome.groupId, count: outcome.count };
}

/** Emails the organisation's members and the moderators, each in their own language. */
async function notifyReport(options: { activityId: string; input: ReportValue; expiresAt: Date }): Promise<void> {
  const activity = await prisma.activity.findUniqueOrThrow({
    where: { id: options.activityId },
    select: {
      originalLanguage: true,
      translations: { select: { locale: true, title: true } },
      organisation: { select: { memberships: { select: { user: { select: { id: true, email: true, locale: true } } } } } },
    },
  });
  const moderators = await prisma.user.findMany({ where: { role: { in: ["MODERATOR", "ADMIN"] } }, select: { email: true, locale: true } });
  const members = activity.organisation.memberships.map((m) => m.user);
  const memberEmails = new Set(members.map((m) => m.email));
  const recipients = [
    ...members.map((person) => ({ person, role: "organiser" as const })),
    ...moderators.filter((m) => !memberEmails.has(m.email)).map((person) => ({ person, role: "moderator" as const })),
  ];
  for (const { person, role } of recipients) {
    const locale = isLocale(person.locale) ? person.locale : "fi";
    try {
      // Each organiser gets an answer link of their own, which ends if they leave the organisation.
      const token =
        role === "organiser" && "id" in person
          ? await prisma.$transaction((tx) => issueActionToken(tx, { purpose: "answer-report", activityId: options.activityId, expiresAt: options.expiresAt, recipientUserId: person.id }))
          : undefined;
      await sendReportEmail({
        to: person.email,
        locale,
        role,
        title: pickTranslation(activity.translations, locale, activity.originalLanguage)?.title ?? "",
        reason: options.input.reason,
        message: options.input.message ?? null,
        reporterEmail: options.input.email ?? null,
        answerUrl: token ? absoluteUrl(`/${locale}/report-answer/${encodeURIComponent(token)}`) : undefined,
        activityId: options.activityId,
      });
    } catch (error) {
      logger.error({ activityId: options.activityId, err: error instanceof Error ? error.message : String(error) }, "report email failed");
    }
  }
}

export type AnswerOutcome = { activityId: string; answer: ReportAnswer; closed: number; validUntil?: Date; archived: boolean };

/**
 * Closes the notice's open reports with the answer: "fixed" and "still correct" also confirm a
 * published notice (it was checked just now), "ended" archives it.
 */
async function answerInTx(tx: Tx, options: { activityId: string; status: string; answer: ReportAnswer; actorId: string | null; via: "page" | "link"; now: Date }): Promise<AnswerOutcome> {
  const { count: closed } = await tx.reportGroup.updateMany({
    where: { activityId: options.activityId, closedAt: null },
    data: { closedAt: options.now, answer: options.answer },
  });
  let validUntil: Date | undefined;
  let archived = false;
  if (options.answer === "ENDED") {
    await archiveInTx(tx, { activityId: options.activityId, from: options.status, actorId: options.actorId, action: "activity.archive-ended" });
    archived = true;
  } else if (options.status === "PUBLISHED") {
    validUntil = await confirmInTx(tx, options.activityId, options.actorId, options.via === "link" ? "activity.confirm-by-link" : "activity.confirm", options.now);
  }
  await writeAudit(tx, { actorId: options.actorId, action: "report.answer", entityType: "activity", entityId: options.activityId, changes: { answer: options.answer, closed, via: options.via } });
  return { activityId: options.activityId, answer: options.answer, closed, validUntil, archived };
}

/** The answer from the organiser's list (members) or the moderators' reports page. */
export async function answerReports(options: { actor: Actor; activityId: string; answer: ReportAnswer; now?: Date }): Promise<AnswerOutcome> {
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    let activity: { id: string; status: string };
    if (isModerator(options.actor)) {
      const found = await tx.activity.findUnique({ where: { id: options.activityId }, select: { id: true, status: true, deletedAt: true } });
      if (!found || found.deletedAt) throw new AppError("NOT_FOUND");
      activity = found;
    } else {
      activity = await assertActivityAccess(tx, options.actor, options.activityId);
    }
    return answerInTx(tx, { activityId: activity.id, status: activity.status, answer: options.answer, actorId: options.actor.id, via: "page", now });
  });
}

export type LinkOutcome<T> = ({ ok: true } & T) | { ok: false; reason: "invalid" | "expired" | "used" | "gone" };

/** The answer from the link in a report email: the signed single-use token is the permission. */
export async function answerReportsByToken(options: { token: string; answer: ReportAnswer; now?: Date }): Promise<LinkOutcome<AnswerOutcome>> {
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    const check = await consumeActionToken(tx, { token: options.token, purpose: "answer-report", now });
    if (!check.ok) return check;
    const activity = await tx.activity.findUnique({ where: { id: check.activityId }, select: { status: true, deletedAt: true } });
    if (!activity || activity.deletedAt) return { ok: false as const, reason: "gone" as const };
    const outcome = await answerInTx(tx, { activityId: check.activityId, status: activity.status, answer: options.answer, actorId: null, via: "link", now });
    return { ok: true as const, ...outcome };
  });
}

async function setCapacityInTx(tx: Tx, options: { activityId: string; status: CapacityStatus; actorId: string | null; via: "page" | "link"; now: Date }) {
  const before = await tx.activity.findUniqueOrThrow({ where: { id: options.activityId }, select: { capacityStatus: true } });
  await tx.activity.update({ where: { id: options.activityId }, data: { capacityStatus: options.status, capacitySetAt: options.now } });
  await syncSearchDocument(tx, options.activityId);
  await writeAudit(tx, { actorId: options.actorId, action: "activity.capacity", entityType: "activity", entityId: options.activityId, changes: { from: before.capacityStatus, to: options.status, via: options.via } });
}

/** "Room for new participants" / "waiting list" / "full", from the organiser's list or the notice page. */
export async function setCapacity(options: { actor: Actor; activityId: string; status: CapacityStatus; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  await transaction(async (tx) => {
    const activity = await assertActivityAccess(tx, options.actor, options.activityId);
    if (activity.status === "ARCHIVED") throw new AppError("INVALID_STATE", { messageKey: "archivedNotEditable" });
    await setCapacityInTx(tx, { activityId: activity.id, status: options.status, actorId: options.actor.id, via: "page", now });
  });
}

/** The same from the link in a reminder email. */
export async function setCapacityByToken(options: { token: string; status: CapacityStatus; now?: Date }): Promise<LinkOutcome<{ activityId: string }>> {
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    const check = await consumeActionToken(tx, { token: options.token, purpose: "set-capacity", now });
    if (!check.ok) return check;
    const activity = await tx.activity.findUnique({ where: { id: check.activityId }, select: { status: true, deletedAt: true } });
    if (!activity || activity.deletedAt || activity.status !== "PUBLISHED") return { ok: false as const, reason: "gone" as const };
    await setCapacityInTx(tx, { activityId: check.activityId, status: options.status, actorId: null, via: "link", now });
    return { ok: true as const, activityId: check.activityId };
  });
}

/** A capacity link for a reminder email, valid as long as its confirmation link. */
export async function issueCapacityToken(tx: Tx, options: { activityId: string; validUntil: Date; recipientUserId?: string }): Promise<string> {
  return issueActionToken(tx, { purpose: "set-capacity", activityId: options.activityId, expiresAt: new Date(options.validUntil.getTime() + 30 * DAY), recipientUserId: options.recipientUserId });
}
