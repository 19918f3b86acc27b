import "server-only";
import { prisma } from "../db/client";
import { assertActivityAccess, type Actor } from "../auth/permissions";
import { isAppError } from "../errors/app-error";
import { getReferenceData, municipalityName, regionName } from "../reference/municipalities";
import { pickTranslation } from "./translation";
import { loadContent, type NoticeContent } from "./content";
import { isRecordId } from "../validation/record-id";

// Reads for organisers' pages (/manage). Every function takes the actor and checks access to
// the specific record; a record the actor may not see reads as undefined (the page's 404).

export async function listMyOrganisations(actor: Actor) {
  const memberships = await prisma.membership.findMany({
    where: { userId: actor.id },
    select: { role: true, organisation: { select: { id: true, name: true, trusted: true, _count: { select: { activities: { where: { deletedAt: null } } } } } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return memberships.map((m) => ({ role: m.role, id: m.organisation.id, name: m.organisation.name, trusted: m.organisation.trusted, notices: m.organisation._count.activities }));
}

export type ManagedNotice = Awaited<ReturnType<typeof listOrganisationNotices>>[number];

export async function listOrganisationNotices(options: { actor: Actor; organisationId: string; locale: string }) {
  const membership = await prisma.membership.findUnique({ where: { userId_organisationId: { userId: options.actor.id, organisationId: options.organisationId } } });
  if (!membership) return [];
  const rows = await prisma.activity.findMany({
    where: { organisationId: options.organisationId, deletedAt: null },
    select: {
      id: true,
      status: true,
      revisionStatus: true,
      moderationFeedback: true,
      originalLanguage: true,
      validUntil: true,
      lastConfirmedAt: true,
      updatedAt: true,
      capacityStatus: true,
      capacitySetAt: true,
      translations: { select: { locale: true, title: true } },
      // The open reports (at most one group, docs/decisions/011) with their reasons and messages.
      reportGroups: {
        where: { closedAt: null },
        select: { openedAt: true, reportCount: true, reports: { select: { reason: true, message: true, createdAt: true }, orderBy: { createdAt: "desc" }, take: 5 } },
      },
    },
    orderBy: [{ updatedAt: "desc" }],
  });
  return rows.map(({ reportGroups, ...row }) => ({ ...row, openReports: reportGroups[0], title: pickTranslation(row.translations, options.locale, row.originalLanguage)?.title ?? "" }));
}

export type EditableNotice = {
  id: string;
  organisationId: string;
  organisationName: string;
  trusted: boolean;
  status: string;
  revisionStatus: string | null;
  moderationFeedback: string | null;
  content: NoticeContent;
  /** The published version, when the content above is a pending revision of it. */
  publishedContent?: NoticeContent;
  validUntil: Date;
  lastConfirmedAt: Date;
  publishedAt: Date | null;
  /** When each stored language's text last changed (a translation older than the original is out of date). */
  textUpdatedAt: Record<string, Date>;
};

export async function getEditableNotice(options: { actor: Actor; activityId: string }): Promise<EditableNotice | undefined> {
  if (!isRecordId(options.activityId)) return undefined;
  try {
    await assertActivityAccess(prisma, options.actor, options.activityId);
  } catch (error) {
    if (isAppError(error)) return undefined;
    throw error;
  }
  const a = await prisma.activity.findUniqueOrThrow({
    where: { id: options.activityId },
    select: { id: true, organisationId: true, status: true, revisionStatus: true, revision: true, moderationFeedback: true, validUntil: true, lastConfirmedAt: true, publishedAt: true, organisation: { select: { name: true, trusted: true } }, translations: { select: { locale: true, updatedAt: true } } },
  });
  const stored = await prisma.$transaction((tx) => loadContent(tx, a.id));
  const revision = a.revision as NoticeContent | null;
  return {
    id: a.id,
    organisationId: a.organisationId,
    organisationName: a.organisation.name,
    trusted: a.organisation.trusted,
    status: a.status,
    revisionStatus: a.revisionStatus,
    moderationFeedback: a.moderationFeedback,
    content: revision ?? stored,
    publishedContent: revision ? stored : undefined,
    validUntil: a.validUntil,
    lastConfirmedAt: a.lastConfirmedAt,
    publishedAt: a.publishedAt,
    textUpdatedAt: Object.fromEntries(a.translations.map((t) => [t.locale, t.updatedAt])),
  };
}

export async function getManagedOrganisation(options: { actor: Actor; organisationId: string }) {
  if (!isRecordId(options.organisationId)) return undefined;
  const membership = await prisma.membership.findUnique({ where: { userId_organisationId: { userId: options.actor.id, organisationId: options.organisationId } }, select: { role: true } });
  if (!membership) return undefined;
  const org = await prisma.organisation.findUniqueOrThrow({
    where: { id: options.organisationId },
    select: {
      id: true,
      name: true,
      kind: true,
      businessId: true,
      website: true,
      email: true,
      phone: true,
      trusted: true,
      pendingProfile: true,
      profileFeedback: true,
      translations: { select: { locale: true, description: true } },
      municipalities: { select: { municipalityCode: true } },
      memberships: { select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  return { ...org, role: membership.role };
}

/** A municipality in the reader's language, with its other official name (Vantaa / Vanda) to be found by. */
export type MunicipalityOption = { code: string; name: string; otherName: string; regionCode: string };

export async function municipalityOptions(locale: string): Promise<MunicipalityOption[]> {
  const { municipalities } = await getReferenceData();
  return [...municipalities.values()]
    .map((m) => {
      const name = municipalityName(m, locale);
      return { code: m.code, name, otherName: name === m.nameFi ? m.nameSv : m.nameFi, regionCode: m.regionCode };
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

export async function regionOptions(locale: string): Promise<{ code: string; name: string }[]> {
  const { regions } = await getReferenceData();
  return [...regions.values()].map((r) => ({ code: r.code, name: regionName(r, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
}
