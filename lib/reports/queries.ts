import "server-only";
import { prisma } from "../db/client";
import { assertModerator, membershipRole, type Actor } from "../auth/permissions";
import { pickTranslation } from "../activities/translation";
import { inspectActionToken, type TokenPurpose } from "../tokens/action-token";

// Reads for the one-click link pages and the moderators' reports page (docs/decisions/011).

export type LinkTarget = { ok: true; activityId: string; title: string; openReports: number; capacityStatus: string | null } | { ok: false };

/** What a link's landing page shows, without using the token. */
export async function getLinkTarget(options: { token: string; purpose: Extract<TokenPurpose, "answer-report" | "set-capacity">; locale: string }): Promise<LinkTarget> {
  if (options.token.length > 200) return { ok: false };
  const check = await prisma.$transaction((tx) => inspectActionToken(tx, { token: options.token, purpose: options.purpose }));
  if (!check.ok) return { ok: false };
  const a = await prisma.activity.findUnique({
    where: { id: check.activityId },
    select: {
      status: true,
      deletedAt: true,
      originalLanguage: true,
      capacityStatus: true,
      translations: { select: { locale: true, title: true } },
      reportGroups: { where: { closedAt: null }, select: { reportCount: true } },
    },
  });
  if (!a || a.deletedAt) return { ok: false };
  if (options.purpose === "set-capacity" && a.status !== "PUBLISHED") return { ok: false };
  return {
    ok: true,
    activityId: check.activityId,
    title: pickTranslation(a.translations, options.locale, a.originalLanguage)?.title ?? "",
    openReports: a.reportGroups[0]?.reportCount ?? 0,
    capacityStatus: a.capacityStatus,
  };
}

/** Open report groups, oldest first, for moderators. */
export async function listOpenReports(options: { actor: Actor; locale: string }) {
  assertModerator(options.actor);
  const groups = await prisma.reportGroup.findMany({
    where: { closedAt: null, activity: { deletedAt: null } },
    select: {
      id: true,
      openedAt: true,
      lastReportAt: true,
      reportCount: true,
      activity: {
        select: { id: true, status: true, originalLanguage: true, capacityStatus: true, capacitySetAt: true, translations: { select: { locale: true, title: true } }, organisation: { select: { id: true, name: true } } },
      },
      reports: { select: { id: true, reason: true, message: true, reporterEmail: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 20 },
    },
    orderBy: { openedAt: "asc" },
    take: 200,
  });
  return groups.map((g) => ({ ...g, title: pickTranslation(g.activity.translations, options.locale, g.activity.originalLanguage)?.title ?? "" }));
}

/** The latest capacity statuses organisers set, newest first, for moderators. */
export async function listRecentCapacity(options: { actor: Actor; locale: string; take?: number }) {
  assertModerator(options.actor);
  const rows = await prisma.activity.findMany({
    where: { deletedAt: null, capacitySetAt: { not: null } },
    select: { id: true, status: true, originalLanguage: true, capacityStatus: true, capacitySetAt: true, translations: { select: { locale: true, title: true } }, organisation: { select: { id: true, name: true } } },
    orderBy: { capacitySetAt: "desc" },
    take: options.take ?? 50,
  });
  return rows.map((r) => ({ ...r, title: pickTranslation(r.translations, options.locale, r.originalLanguage)?.title ?? "" }));
}

/** How many report groups wait for an answer (the moderation navigation shows it). */
export async function countOpenReports(actor: Actor): Promise<number> {
  assertModerator(actor);
  return prisma.reportGroup.count({ where: { closedAt: null, activity: { deletedAt: null } } });
}

/** May this signed-in person set the notice's capacity (a member of its organisation)? */
export async function canManageNotice(actor: Actor | null, organisationId: string): Promise<boolean> {
  if (!actor) return false;
  return (await membershipRole(prisma, actor.id, organisationId)) !== undefined;
}
