import "server-only";
import { prisma } from "../db/client";
import { assertModerator, type Actor } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors/app-error";

// Claiming an organisation that an open-data import created without a Y-tunnus (docs/decisions/016):
// a signed-in person asks to manage it, saying who they are; a moderator approves (they become
// its owner, the organisation's admin role) or refuses at /moderation, and the claimant is emailed
// either way (decideClaim in ./mutations.ts, shared with Y-tunnus claims). One with a Y-tunnus is
// claimed by registering that Y-tunnus (decision 008).

/** Imported, no Y-tunnus, and nobody manages it yet: only then can it be claimed this way. */
const claimableWhere = (organisationId: string) => ({ id: organisationId, importedAt: { not: null }, businessId: null, memberships: { none: {} } });

export type ClaimableOrganisation = { id: string; name: string; importSource: string | null };

export async function getClaimableOrganisation(organisationId: string): Promise<ClaimableOrganisation | undefined> {
  return (await prisma.organisation.findFirst({ where: claimableWhere(organisationId), select: { id: true, name: true, importSource: true } })) ?? undefined;
}

export type ClaimRequestOutcome = "requested" | "pending";

/** One pending claim per person and organisation; anything else about the organisation answers not found. */
export async function requestImportedClaim(options: { actor: Actor; organisationId: string; name: string; message: string }): Promise<ClaimRequestOutcome> {
  return prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({ where: claimableWhere(options.organisationId), select: { id: true } });
    if (!organisation) throw new AppError("NOT_FOUND");
    const pending = await tx.organisationClaim.findFirst({ where: { organisationId: organisation.id, userId: options.actor.id, status: "PENDING" }, select: { id: true } });
    if (pending) return "pending";
    const claim = await tx.organisationClaim.create({ data: { organisationId: organisation.id, userId: options.actor.id, name: options.name, message: options.message }, select: { id: true } });
    await writeAudit(tx, { actorId: options.actor.id, action: "organisation.claim", entityType: "organisation", entityId: organisation.id, changes: { claim: claim.id, imported: true } });
    return "requested";
  });
}

/** The moderators' small queue: pending claims of imported organisations without a Y-tunnus. */
export async function listImportedClaims(options: { actor: Actor }) {
  assertModerator(options.actor);
  return prisma.organisationClaim.findMany({
    where: { status: "PENDING", organisation: { importedAt: { not: null }, businessId: null } },
    select: { id: true, name: true, message: true, createdAt: true, user: { select: { email: true } }, organisation: { select: { id: true, name: true, importSource: true } } },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
}
