import { prisma } from "../db/client";
import { revokeMemberTokens } from "../tokens/action-token";
import { Prisma } from "../db/generated/client";
import { assertMember, assertModerator, type Actor } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors/app-error";
import { sendClaimDecisionEmail, sendInvitationEmail } from "../mail/templates";
import { syncSearchDocuments } from "../search/sync";
import { serverRecordId } from "../tokens/record-ids";
import { organisationSchema, type OrganisationValue } from "../validation/organisation";

// Organisations and their members. The registering user becomes the owner; owners invite
// members, who accept before they become members. Public profile fields of an organisation
// that is not trusted change only after a moderator approves (docs/decisions/008). One
// transaction per operation, with an audit entry; emails after the commit.

const DAY = 86_400_000;
export const INVITATION_DAYS = 14;

/** The fields of the public profile, as stored in organisation.pending_profile while they wait. */
export type ProfileValue = Omit<OrganisationValue, "organisationId" | "newId">;

function profileOf(input: OrganisationValue): ProfileValue {
  return {
    name: input.name,
    kind: input.kind,
    businessId: input.businessId,
    website: input.website,
    email: input.email,
    phone: input.phone,
    municipalities: input.municipalities,
    description: input.description,
    descriptionLocale: input.descriptionLocale,
  };
}

type Tx = Prisma.TransactionClient;

async function checkMunicipalities(tx: Tx, codes: string[]) {
  const known = await tx.municipality.count({ where: { code: { in: codes } } });
  if (known !== codes.length) throw new AppError("VALIDATION", { fieldErrors: { municipalities: ["unknownMunicipality"] } });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function writeDetails(tx: Tx, organisationId: string, input: OrganisationValue) {
  await tx.organisationMunicipality.deleteMany({ where: { organisationId } });
  await tx.organisationMunicipality.createMany({ data: input.municipalities.map((municipalityCode) => ({ organisationId, municipalityCode })) });
  if (input.description) {
    await tx.organisationTranslation.upsert({
      where: { organisationId_locale: { organisationId, locale: input.descriptionLocale } },
      create: { organisationId, locale: input.descriptionLocale, description: input.description },
      update: { description: input.description },
    });
  } else {
    await tx.organisationTranslation.deleteMany({ where: { organisationId, locale: input.descriptionLocale } });
  }
}

export type RegisterOutcome = { kind: "registered"; id: string } | { kind: "claimed"; organisationName: string };

/**
 * Registers an organisation with the actor as its owner. Its id is made by the server (from the
 * form's key, so a double click registers once). A Y-tunnus another organisation already holds
 * registers nothing: it starts a claim that a moderator decides.
 */
export async function registerOrganisation(options: { actor: Actor; input: OrganisationValue }): Promise<RegisterOutcome> {
  const { input, actor } = options;
  const id = input.newId ? serverRecordId({ kind: "organisation", userId: actor.id, formKey: input.newId }) : undefined;
  // A double-clicked form sends the same key twice: the second registers nothing.
  const already = async (): Promise<RegisterOutcome | undefined> => {
    if (!id) return undefined;
    const membership = await prisma.membership.findUnique({ where: { userId_organisationId: { userId: actor.id, organisationId: id } }, select: { role: true } });
    return membership?.role === "OWNER" ? { kind: "registered", id } : undefined;
  };
  const existing = await already();
  if (existing) return existing;
  if (input.businessId) {
    const holder = await prisma.organisation.findUnique({ where: { businessId: input.businessId }, select: { id: true, name: true } });
    if (holder) return claimOrganisation({ actor, organisationId: holder.id, organisationName: holder.name, name: input.name });
  }
  try {
    return await prisma.$transaction(async (tx) => {
      await checkMunicipalities(tx, input.municipalities);
      const org = await tx.organisation.create({
        data: { ...(id ? { id } : {}), name: input.name, kind: input.kind, businessId: input.businessId ?? null, website: input.website ?? null, email: input.email, phone: input.phone ?? null },
        select: { id: true },
      });
      await writeDetails(tx, org.id, input);
      await tx.membership.create({ data: { userId: actor.id, organisationId: org.id, role: "OWNER" } });
      await writeAudit(tx, { actorId: actor.id, action: "organisation.register", entityType: "organisation", entityId: org.id });
      return { kind: "registered" as const, id: org.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const raced = await already();
      if (raced) return raced;
      // Someone registered the same Y-tunnus a moment ago.
      const holder = input.businessId ? await prisma.organisation.findUnique({ where: { businessId: input.businessId }, select: { id: true, name: true } }) : null;
      if (holder) return claimOrganisation({ actor, organisationId: holder.id, organisationName: holder.name, name: input.name });
      throw error;
    }
    throw error;
  }
}

/** "This Y-tunnus is ours": one pending claim per person and organisation, for a moderator. */
async function claimOrganisation(options: { actor: Actor; organisationId: string; organisationName: string; name: string }): Promise<RegisterOutcome> {
  await prisma.$transaction(async (tx) => {
    const member = await tx.membership.findUnique({ where: { userId_organisationId: { userId: options.actor.id, organisationId: options.organisationId } } });
    if (member) throw new AppError("VALIDATION", { fieldErrors: { businessId: ["alreadyMember"] } });
    const pending = await tx.organisationClaim.findFirst({ where: { organisationId: options.organisationId, userId: options.actor.id, status: "PENDING" } });
    if (pending) return;
    const claim = await tx.organisationClaim.create({ data: { organisationId: options.organisationId, userId: options.actor.id, name: options.name }, select: { id: true } });
    await writeAudit(tx, { actorId: options.actor.id, action: "organisation.claim", entityType: "organisation", entityId: options.organisationId, changes: { claim: claim.id } });
  });
  return { kind: "claimed", organisationName: options.organisationName };
}

/** A moderator decides a claim: approved, the claimant becomes an owner. The claimant is emailed either way. */
export async function decideClaim(options: { actor: Actor; claimId: string; approve: boolean; now?: Date }): Promise<void> {
  assertModerator(options.actor);
  const decided = await prisma.$transaction(async (tx) => {
    const claim = await tx.organisationClaim.findUnique({ where: { id: options.claimId }, include: { user: { select: { email: true, locale: true } }, organisation: { select: { name: true } } } });
    if (!claim) throw new AppError("NOT_FOUND");
    if (claim.status !== "PENDING") throw new AppError("INVALID_STATE", { messageKey: "alreadyDecided" });
    await tx.organisationClaim.update({ where: { id: claim.id }, data: { status: options.approve ? "APPROVED" : "REJECTED", decidedAt: options.now ?? new Date() } });
    if (options.approve) {
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: claim.userId, organisationId: claim.organisationId } },
        create: { userId: claim.userId, organisationId: claim.organisationId, role: "OWNER" },
        update: { role: "OWNER" },
      });
    }
    await writeAudit(tx, { actorId: options.actor.id, action: options.approve ? "organisation.claim-approve" : "organisation.claim-reject", entityType: "organisation", entityId: claim.organisationId, changes: { claim: claim.id, userId: claim.userId } });
    return claim;
  });
  // After the commit: a failed send does not undo the decision.
  await sendClaimDecisionEmail({ to: decided.user.email, locale: decided.user.locale, organisationName: decided.organisation.name, organisationId: decided.organisationId, approved: options.approve });
}

async function applyProfile(tx: Tx, organisationId: string, input: ProfileValue) {
  const before = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
  await tx.organisation.update({
    where: { id: organisationId },
    data: { name: input.name, kind: input.kind, businessId: input.businessId ?? null, website: input.website ?? null, email: input.email, phone: input.phone ?? null },
  });
  await writeDetails(tx, organisationId, input);
  // The name is in its notices' search documents (a search finds them by it) and on their cards:
  // renamed, they follow in the same transaction, which also moves the search data's version, so
  // no reused search page keeps the old name (docs/decisions/019).
  if (before.name !== input.name) {
    const notices = await tx.activity.findMany({ where: { organisationId }, select: { id: true } });
    await syncSearchDocuments(tx, notices.map((notice) => notice.id));
  }
}

/**
 * Saves the profile. Trusted organisations, and organisations whose profile no moderator has
 * seen yet (nothing of it is public), change at once; otherwise the change waits for review
 * while the approved profile stays public.
 */
export async function updateOrganisation(options: { actor: Actor; organisationId: string; input: OrganisationValue; now?: Date }): Promise<"saved" | "pending"> {
  const { input, actor, organisationId } = options;
  try {
    return await prisma.$transaction(async (tx) => {
      await assertMember(tx, actor, organisationId, "OWNER");
      await checkMunicipalities(tx, input.municipalities);
      if (input.businessId) {
        const holder = await tx.organisation.findUnique({ where: { businessId: input.businessId }, select: { id: true } });
        if (holder && holder.id !== organisationId) throw new AppError("VALIDATION", { fieldErrors: { businessId: ["businessIdTaken"] } });
      }
      const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { trusted: true, profileReviewedAt: true } });
      if (org.trusted || !org.profileReviewedAt) {
        await applyProfile(tx, organisationId, profileOf(input));
        await tx.organisation.update({ where: { id: organisationId }, data: { pendingProfile: Prisma.DbNull, profileSubmittedAt: null, profileFeedback: null } });
        await writeAudit(tx, { actorId: actor.id, action: "organisation.update", entityType: "organisation", entityId: organisationId });
        return "saved" as const;
      }
      await tx.organisation.update({
        where: { id: organisationId },
        data: { pendingProfile: profileOf(input) as unknown as Prisma.InputJsonValue, profileSubmittedAt: options.now ?? new Date(), profileFeedback: null },
      });
      await writeAudit(tx, { actorId: actor.id, action: "organisation.update-submitted", entityType: "organisation", entityId: organisationId });
      return "pending" as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("VALIDATION", { fieldErrors: { businessId: ["businessIdTaken"] } });
    throw error;
  }
}

/** A moderator approves (applies) or rejects (with feedback) a waiting profile change. */
export async function decideProfile(options: { actor: Actor; organisationId: string; approve: boolean; feedback?: string; now?: Date }): Promise<void> {
  assertModerator(options.actor);
  try {
    await prisma.$transaction(async (tx) => {
      const org = await tx.organisation.findUnique({ where: { id: options.organisationId }, select: { id: true, pendingProfile: true } });
      if (!org) throw new AppError("NOT_FOUND");
      if (!org.pendingProfile) throw new AppError("INVALID_STATE", { messageKey: "alreadyDecided" });
      if (options.approve) {
        await applyProfile(tx, org.id, parseProfile(org.pendingProfile));
        await tx.organisation.update({ where: { id: org.id }, data: { pendingProfile: Prisma.DbNull, profileSubmittedAt: null, profileFeedback: null, profileReviewedAt: options.now ?? new Date() } });
      } else {
        await tx.organisation.update({ where: { id: org.id }, data: { pendingProfile: Prisma.DbNull, profileSubmittedAt: null, profileFeedback: options.feedback ?? null } });
      }
      await writeAudit(tx, { actorId: options.actor.id, action: options.approve ? "organisation.profile-approve" : "organisation.profile-reject", entityType: "organisation", entityId: org.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("INVALID_STATE", { messageKey: "businessIdTaken" });
    throw error;
  }
}

/** A stored pending profile, checked against the form's schema rather than cast. */
export function parseProfile(value: Prisma.JsonValue): ProfileValue {
  const parsed = organisationSchema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID_STATE", { messageKey: "invalid" });
  return profileOf(parsed.data);
}

/**
 * Invites someone by email. Nothing changes for them until they sign in with that address and
 * accept (acceptInvitation); the email says who invited them. One open invitation per address
 * and organisation; the action limits how many an owner sends a day.
 */
export async function inviteMember(options: { actor: Actor; organisationId: string; email: string; role: "OWNER" | "EDITOR"; locale: string; now?: Date }): Promise<void> {
  const { actor, organisationId, role } = options;
  const now = options.now ?? new Date();
  const email = options.email.trim().toLowerCase();
  const sent = await prisma.$transaction(async (tx) => {
    await assertMember(tx, actor, organisationId, "OWNER");
    const already = await tx.membership.findFirst({ where: { organisationId, user: { email } } });
    if (already) throw new AppError("VALIDATION", { fieldErrors: { email: ["alreadyMember"] } });
    const open = await tx.invitation.findFirst({ where: { organisationId, email, acceptedAt: null, declinedAt: null, expiresAt: { gt: now } } });
    if (open) throw new AppError("VALIDATION", { fieldErrors: { email: ["alreadyInvited"] } });
    const invitation = await tx.invitation.create({ data: { organisationId, email, role, invitedById: actor.id, expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY) }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.id, action: "membership.invite", entityType: "organisation", entityId: organisationId, changes: { invitation: invitation.id, role } });
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } });
    const invitee = await tx.user.findUnique({ where: { email }, select: { locale: true } });
    return { name: organisation.name, inviter: inviter.email, locale: invitee?.locale ?? options.locale };
  });
  await sendInvitationEmail({ to: email, organisationName: sent.name, inviterEmail: sent.inviter, role, locale: sent.locale });
}

/** Invitations waiting for the signed-in user (matched by the address they signed in with). */
export async function answerInvitation(options: { actor: Actor; invitationId: string; accept: boolean; now?: Date }): Promise<void> {
  const now = options.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: options.actor.id }, select: { email: true } });
    const invitation = await tx.invitation.findUnique({ where: { id: options.invitationId } });
    // Someone else's invitation does not exist for this user.
    if (!invitation || invitation.email !== user.email) throw new AppError("NOT_FOUND");
    if (invitation.acceptedAt || invitation.declinedAt) throw new AppError("INVALID_STATE", { messageKey: "alreadyDecided" });
    if (invitation.expiresAt <= now) throw new AppError("INVALID_STATE", { messageKey: "invitationExpired" });
    if (options.accept) {
      await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now } });
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: options.actor.id, organisationId: invitation.organisationId } },
        create: { userId: options.actor.id, organisationId: invitation.organisationId, role: invitation.role },
        update: {},
      });
    } else {
      await tx.invitation.update({ where: { id: invitation.id }, data: { declinedAt: now } });
    }
    await writeAudit(tx, { actorId: options.actor.id, action: options.accept ? "membership.accept" : "membership.decline", entityType: "organisation", entityId: invitation.organisationId, changes: { invitation: invitation.id } });
  });
}

/** An owner withdraws an invitation that has not been answered. */
export async function withdrawInvitation(options: { actor: Actor; organisationId: string; invitationId: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await assertMember(tx, options.actor, options.organisationId, "OWNER");
    const invitation = await tx.invitation.findUnique({ where: { id: options.invitationId } });
    if (!invitation || invitation.organisationId !== options.organisationId) throw new AppError("NOT_FOUND");
    await tx.invitation.delete({ where: { id: invitation.id } });
    await writeAudit(tx, { actorId: options.actor.id, action: "membership.invite-withdraw", entityType: "organisation", entityId: options.organisationId, changes: { invitation: invitation.id } });
  });
}

async function ownersLeft(tx: Tx, organisationId: string, without: string): Promise<number> {
  return tx.membership.count({ where: { organisationId, role: "OWNER", userId: { not: without } } });
}

export async function changeMemberRole(options: { actor: Actor; organisationId: string; userId: string; role: "OWNER" | "EDITOR" }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await assertMember(tx, options.actor, options.organisationId, "OWNER");
    const membership = await tx.membership.findUnique({ where: { userId_organisationId: { userId: options.userId, organisationId: options.organisationId } } });
    if (!membership) throw new AppError("NOT_FOUND");
    if (membership.role === options.role) return;
    if (membership.role === "OWNER" && (await ownersLeft(tx, options.organisationId, options.userId)) === 0) {
      throw new AppError("INVALID_STATE", { messageKey: "lastOwner" });
    }
    await tx.membership.update({ where: { userId_organisationId: { userId: options.userId, organisationId: options.organisationId } }, data: { role: options.role } });
    await writeAudit(tx, { actorId: options.actor.id, action: "membership.role", entityType: "membership", entityId: `${options.organisationId}:${options.userId}`, changes: { from: membership.role, to: options.role } });
  });
}

export async function removeMember(options: { actor: Actor; organisationId: string; userId: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await assertMember(tx, options.actor, options.organisationId, "OWNER");
    const membership = await tx.membership.findUnique({ where: { userId_organisationId: { userId: options.userId, organisationId: options.organisationId } } });
    if (!membership) throw new AppError("NOT_FOUND");
    if (membership.role === "OWNER" && (await ownersLeft(tx, options.organisationId, options.userId)) === 0) {
      throw new AppError("INVALID_STATE", { messageKey: "lastOwner" });
    }
    await tx.membership.delete({ where: { userId_organisationId: { userId: options.userId, organisationId: options.organisationId } } });
    // The one-click links mailed to them for this organisation's notices end with the membership.
    await revokeMemberTokens(tx, { userId: options.userId, organisationId: options.organisationId });
    await writeAudit(tx, { actorId: options.actor.id, action: "membership.remove", entityType: "membership", entityId: `${options.organisationId}:${options.userId}`, changes: { role: membership.role } });
  });
}
