import "server-only";
import { prisma } from "../db/client";
import { assertAdmin, assertModerator, type Actor } from "../auth/permissions";
import { diffContent, loadContent, type NoticeContent } from "../activities/content";
import { pickTranslation } from "../activities/translation";
import { RESTORE_DAYS } from "../activities/mutations";
import { isRecordId } from "../validation/record-id";
import { Prisma } from "../db/generated/client";
import { parseProfile } from "../organisations/mutations";

// Reads for moderators. Each checks the platform role itself (NOT_FOUND for anyone else).

const DAY = 86_400_000;

export async function listQueue(options: { actor: Actor; locale: string }) {
  assertModerator(options.actor);
  const rows = await prisma.activity.findMany({
    where: { deletedAt: null, OR: [{ status: "SUBMITTED" }, { status: "PUBLISHED", revisionStatus: "SUBMITTED" }] },
    select: { id: true, status: true, submittedAt: true, originalLanguage: true, translations: { select: { locale: true, title: true } }, organisation: { select: { id: true, name: true, trusted: true } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, kind: row.status === "PUBLISHED" ? ("edit" as const) : ("new" as const), title: pickTranslation(row.translations, options.locale, row.originalLanguage)?.title ?? "" }));
}

export async function getReview(options: { actor: Actor; activityId: string }) {
  assertModerator(options.actor);
  if (!isRecordId(options.activityId)) return undefined;
  const a = await prisma.activity.findUnique({
    where: { id: options.activityId },
    select: {
      id: true,
      status: true,
      revisionStatus: true,
      revision: true,
      deletedAt: true,
      submittedAt: true,
      moderationFeedback: true,
      validUntil: true,
      lastConfirmedAt: true,
      contentVersion: true,
      organisation: { select: { id: true, name: true, kind: true, trusted: true, businessId: true, website: true, email: true, phone: true, profileReviewedAt: true } },
    },
  });
  if (!a || a.deletedAt) return undefined;
  const stored = await prisma.$transaction((tx) => loadContent(tx, a.id));
  const isEdit = a.status === "PUBLISHED" && a.revision !== null;
  const proposed = isEdit ? (a.revision as unknown as NoticeContent) : stored;
  const published = isEdit ? stored : undefined;
  const inQueue = a.status === "SUBMITTED" || (a.status === "PUBLISHED" && a.revisionStatus === "SUBMITTED");
  const entries = await prisma.auditEntry.findMany({
    where: { entityType: "activity", entityId: a.id },
    select: { id: true, action: true, createdAt: true, actor: { select: { email: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
  });
  return { ...a, isEdit, inQueue, proposed, published, changes: diffContent(published, proposed), history: groupHistory(entries).slice(0, 20) };
}

export type HistoryGroup = { key: string; action: string; actorEmail: string | null; count: number; first: Date; last: Date };

/**
 * Runs of the same event by the same person (an autosave every time a section loses focus)
 * become one line with a count and a time span; entries come newest first.
 */
export function groupHistory(entries: { id: bigint; action: string; createdAt: Date; actor: { email: string } | null }[]): HistoryGroup[] {
  const groups: HistoryGroup[] = [];
  for (const entry of entries) {
    const previous = groups.at(-1);
    const actorEmail = entry.actor?.email ?? null;
    if (previous && previous.action === entry.action && previous.actorEmail === actorEmail) {
      previous.count++;
      previous.first = entry.createdAt;
    } else {
      groups.push({ key: entry.id.toString(), action: entry.action, actorEmail, count: 1, first: entry.createdAt, last: entry.createdAt });
    }
  }
  return groups;
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(options: { actor: Actor; page: number }) {
  assertModerator(options.actor);
  const [total, items] = await Promise.all([
    prisma.auditEntry.count(),
    prisma.auditEntry.findMany({
      select: { id: true, action: true, entityType: true, entityId: true, changes: true, createdAt: true, actor: { select: { email: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { total, items: items.map((item) => ({ ...item, id: item.id.toString() })) };
}

export async function listOrganisationsForModeration(options: { actor: Actor }) {
  assertModerator(options.actor);
  return prisma.organisation.findMany({
    select: { id: true, name: true, kind: true, businessId: true, trusted: true, _count: { select: { activities: { where: { deletedAt: null } } } } },
    orderBy: { name: "asc" },
  });
}

/** Organisation profile changes and Y-tunnus claims waiting for a moderator. */
export async function listOrganisationRequests(options: { actor: Actor }) {
  assertModerator(options.actor);
  const [profiles, claims] = await Promise.all([
    prisma.organisation.findMany({
      where: { pendingProfile: { not: Prisma.DbNull } },
      select: { id: true, name: true, kind: true, businessId: true, website: true, email: true, phone: true, pendingProfile: true, profileSubmittedAt: true },
      orderBy: { profileSubmittedAt: "asc" },
    }),
    prisma.organisationClaim.findMany({
      where: { status: "PENDING" },
      select: { id: true, name: true, createdAt: true, user: { select: { email: true } }, organisation: { select: { id: true, name: true, businessId: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { profiles: profiles.map(({ pendingProfile, ...org }) => ({ ...org, proposed: parseProfile(pendingProfile!) })), claims };
}

export async function listDeletedNotices(options: { actor: Actor; locale: string; now?: Date }) {
  assertModerator(options.actor);
  const now = options.now ?? new Date();
  const rows = await prisma.activity.findMany({
    where: { deletedAt: { gte: new Date(now.getTime() - RESTORE_DAYS * DAY) } },
    select: { id: true, status: true, deletedAt: true, originalLanguage: true, translations: { select: { locale: true, title: true } }, organisation: { select: { name: true } } },
    orderBy: { deletedAt: "desc" },
  });
  return rows.map((row) => ({ ...row, title: pickTranslation(row.translations, options.locale, row.originalLanguage)?.title ?? "", restorableUntil: new Date(row.deletedAt!.getTime() + RESTORE_DAYS * DAY) }));
}

export async function listUsersWithRoles(options: { actor: Actor }) {
  assertAdmin(options.actor);
  return prisma.user.findMany({ select: { id: true, email: true, name: true, role: true }, orderBy: [{ role: "desc" }, { email: "asc" }], take: 500 });
}
