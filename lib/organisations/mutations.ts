import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import { assertMember, type Actor } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors/app-error";
import { sendInvitationEmail } from "../mail/templates";
import type { OrganisationValue } from "../validation/organisation";

// Organisations and their members. The registering user becomes the owner; owners manage
// members. One transaction per operation, with an audit entry; emails after the commit.

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

export async function registerOrganisation(options: { actor: Actor; input: OrganisationValue }): Promise<{ id: string }> {
  const { input, actor } = options;
  // A double-clicked form sends the same newId twice: the second registers nothing.
  const already = async () => {
    if (!input.newId) return undefined;
    const membership = await prisma.membership.findUnique({ where: { userId_organisationId: { userId: actor.id, organisationId: input.newId } }, select: { role: true } });
    return membership?.role === "OWNER" ? { id: input.newId } : undefined;
  };
  const existing = await already();
  if (existing) return existing;
  try {
    return await prisma.$transaction(async (tx) => {
      await checkMunicipalities(tx, input.municipalities);
      const org = await tx.organisation.create({
        data: { ...(input.newId ? { id: input.newId } : {}), name: input.name, kind: input.kind, businessId: input.businessId ?? null, website: input.website ?? null, email: input.email, phone: input.phone ?? null },
        select: { id: true },
      });
      await writeDetails(tx, org.id, input);
      await tx.membership.create({ data: { userId: actor.id, organisationId: org.id, role: "OWNER" } });
      await writeAudit(tx, { actorId: actor.id, action: "organisation.register", entityType: "organisation", entityId: org.id });
      return org;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const raced = await already();
      if (raced) return raced;
      const target = (error as { meta?: { target?: unknown } }).meta?.target;
      if (input.newId && JSON.stringify(target ?? "").includes("id") && !JSON.stringify(target ?? "").includes("business")) throw new AppError("NOT_FOUND");
      throw new AppError("VALIDATION", { fieldErrors: { businessId: ["businessIdTaken"] } });
    }
    throw error;
  }
}

export async function updateOrganisation(options: { actor: Actor; organisationId: string; input: OrganisationValue }): Promise<void> {
  const { input, actor, organisationId } = options;
  try {
    await prisma.$transaction(async (tx) => {
      await assertMember(tx, actor, organisationId, "OWNER");
      await checkMunicipalities(tx, input.municipalities);
      await tx.organisation.update({
        where: { id: organisationId },
        data: { name: input.name, kind: input.kind, businessId: input.businessId ?? null, website: input.website ?? null, email: input.email, phone: input.phone ?? null },
      });
      await writeDetails(tx, organisationId, input);
      await writeAudit(tx, { actorId: actor.id, action: "organisation.update", entityType: "organisation", entityId: organisationId });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("VALIDATION", { fieldErrors: { businessId: ["businessIdTaken"] } });
    throw error;
  }
}

/**
 * Adds someone by email: an existing account becomes a member at once; for a new address an
 * account is created, which they reach by signing in with that address (magic link). They
 * get an email either way.
 */
export async function inviteMember(options: { actor: Actor; organisationId: string; email: string; role: "OWNER" | "EDITOR"; locale: string }): Promise<void> {
  const { actor, organisationId, role } = options;
  const email = options.email.trim().toLowerCase();
  const org = await prisma.$transaction(async (tx) => {
    await assertMember(tx, actor, organisationId, "OWNER");
    const user = await tx.user.upsert({ where: { email }, create: { email, locale: options.locale }, update: {}, select: { id: true, locale: true } });
    const existing = await tx.membership.findUnique({ where: { userId_organisationId: { userId: user.id, organisationId } } });
    if (existing) throw new AppError("VALIDATION", { fieldErrors: { email: ["alreadyMember"] } });
    await tx.membership.create({ data: { userId: user.id, organisationId, role } });
    await writeAudit(tx, { actorId: actor.id, action: "membership.invite", entityType: "membership", entityId: `${organisationId}:${user.id}`, changes: { role } });
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
    return { name: organisation.name, locale: user.locale };
  });
  await sendInvitationEmail({ to: email, organisationName: org.name, role, locale: org.locale });
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
    await writeAudit(tx, { actorId: options.actor.id, action: "membership.remove", entityType: "membership", entityId: `${options.organisationId}:${options.userId}`, changes: { role: membership.role } });
  });
}
