import "server-only";
import { cache } from "react";
import { prisma } from "../db/client";
import { getReferenceData, municipalityName } from "../reference/municipalities";
import { pickTranslation } from "../activities/translation";
import { RECORD_ID_PATTERN as ID_PATTERN } from "../validation/record-id";
import { assertMember, type Actor } from "../auth/permissions";


export type OrganisationProfile = {
  id: string;
  name: string;
  kind: string;
  businessId: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  description: string | null;
  descriptionLocale: string | null;
  municipalityNames: string[];
};

export const getOrganisation = cache(async (id: string, locale: string): Promise<OrganisationProfile | undefined> => {
  if (!ID_PATTERN.test(id)) return undefined;
  // A profile no moderator has seen is not public yet (docs/decisions/008).
  const org = await prisma.organisation.findUnique({
    where: { id, profileReviewedAt: { not: null } },
    select: {
      id: true,
      name: true,
      kind: true,
      businessId: true,
      website: true,
      email: true,
      phone: true,
      translations: { select: { locale: true, description: true } },
      municipalities: { select: { municipalityCode: true } },
    },
  });
  if (!org) return undefined;
  const { municipalities } = await getReferenceData();
  const description = pickTranslation(org.translations, locale, "fi");
  return {
    id: org.id,
    name: org.name,
    kind: org.kind,
    businessId: org.businessId,
    website: org.website,
    email: org.email,
    phone: org.phone,
    description: description?.description ?? null,
    descriptionLocale: description?.locale ?? null,
    municipalityNames: org.municipalities
      .map((m) => municipalities.get(m.municipalityCode))
      .filter((m) => m !== undefined)
      .map((m) => municipalityName(m, locale))
      .sort((a, b) => a.localeCompare(b, locale)),
  };
});

/** Open invitations to the signed-in user's address. */
export async function listMyInvitations(options: { actor: Actor; now?: Date }) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: options.actor.id }, select: { email: true } });
  return prisma.invitation.findMany({
    where: { email: user.email, acceptedAt: null, declinedAt: null, expiresAt: { gt: options.now ?? new Date() } },
    select: { id: true, role: true, organisation: { select: { name: true } }, invitedBy: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  });
}

/** The user's own claims of a Y-tunnus, still waiting for a moderator. */
export async function listMyClaims(actor: Actor) {
  return prisma.organisationClaim.findMany({ where: { userId: actor.id, status: "PENDING" }, select: { id: true, organisation: { select: { name: true } } } });
}

/** Invitations an organisation's owner has sent and nobody has answered yet. */
export async function listOpenInvitations(options: { actor: Actor; organisationId: string; now?: Date }) {
  await assertMember(prisma, options.actor, options.organisationId, "OWNER");
  return prisma.invitation.findMany({
    where: { organisationId: options.organisationId, acceptedAt: null, declinedAt: null, expiresAt: { gt: options.now ?? new Date() } },
    select: { id: true, email: true, role: true, expiresAt: true },
    orderBy: { createdAt: "asc" },
  });
}
