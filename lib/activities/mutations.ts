import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import { assertActivityAccess, assertMember, assertModerator, type Actor } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors/app-error";
import { syncSearchDocument } from "../search/sync";
import { issueActionToken, consumeActionToken } from "../tokens/action-token";
import { serverRecordId } from "../tokens/record-ids";
import { addMonths, helsinkiToday } from "../dates/helsinki";
import { DEFAULT_VALIDITY_MONTHS, MAX_VALIDITY_MONTHS, type NoticeFormValue, type TranslationValue } from "../validation/notice";
import { applyContent, contentFromForm, contentWithTranslation, emptyContent, loadContent, validUntilInstant, type NoticeContent } from "./content";

// Every write to a notice: one exported function per operation, one options object, the
// permission check for the specific record inside, and one transaction holding the record,
// its search document (lib/search/sync.ts) and an audit entry.
//
// Status machine: DRAFT → SUBMITTED → PUBLISHED | REJECTED (→ SUBMITTED again) → ARCHIVED.
// Editing a PUBLISHED notice stores the new content in activity.revision (DRAFT, then
// SUBMITTED for review); the published rows stay public until a moderator approves it, except
// for trusted organisations, whose submitted edits publish at once.

const DAY = 86_400_000;
// Prisma's marker for SQL NULL in a Json column.
const DbNull = Prisma.DbNull;
export const RESTORE_DAYS = 30;

type Tx = Prisma.TransactionClient;

async function checkMunicipalities(tx: Tx, content: NoticeContent): Promise<void> {
  const codes = [...new Set([...content.facts.municipalities, ...content.facts.places.map((p) => p.municipalityCode)])];
  if (codes.length === 0) return;
  const known = new Set((await tx.municipality.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((m) => m.code));
  const fieldErrors: Record<string, string[]> = {};
  content.facts.places.forEach((p, i) => {
    if (!known.has(p.municipalityCode)) fieldErrors[`places[${i}].municipalityCode`] = ["unknownMunicipality"];
  });
  if (content.facts.municipalities.some((code) => !known.has(code))) fieldErrors.municipalities = ["unknownMunicipality"];
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", { fieldErrors });
}

function transaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(run, { isolationLevel: "ReadCommitted", timeout: 15_000 });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * A new notice in an organisation the actor belongs to. With `input.newId`, a second call for
 * the same id (double click, autosave racing the save button) saves over the first instead.
 */
export async function createNotice(options: { actor: Actor; input: NoticeFormValue; now?: Date }): Promise<{ id: string; status: string }> {
  const newId = options.input.newId ? serverRecordId({ kind: "activity", userId: options.actor.id, formKey: options.input.newId }) : undefined;
  const again = async () => {
    const existing = await prisma.activity.findUnique({ where: { id: newId! }, select: { createdById: true, organisationId: true } });
    if (!existing || existing.createdById !== options.actor.id || existing.organisationId !== options.input.organisationId) throw new AppError("NOT_FOUND");
    await updateNotice({ actor: options.actor, activityId: newId!, input: options.input, now: options.now });
    return prisma.activity.findUniqueOrThrow({ where: { id: newId! }, select: { id: true, status: true } });
  };
  if (newId && (await prisma.activity.count({ where: { id: newId } })) > 0) return again();
  // An abandoned first attempt (autosaved, never submitted) with the same title by the same
  // person is continued rather than left beside a duplicate.
  const title = options.input.title?.trim();
  if (title) {
    const abandoned = await prisma.activity.findFirst({
      where: {
        organisationId: options.input.organisationId,
        createdById: options.actor.id,
        status: "DRAFT",
        submittedAt: null,
        deletedAt: null,
        translations: { some: { locale: options.input.originalLanguage, title: { equals: title, mode: "insensitive" } } },
      },
      select: { id: true },
      orderBy: { updatedAt: "desc" },
    });
    if (abandoned) {
      await updateNotice({ actor: options.actor, activityId: abandoned.id, input: options.input, now: options.now });
      return prisma.activity.findUniqueOrThrow({ where: { id: abandoned.id }, select: { id: true, status: true } });
    }
  }
  try {
    return await createInTx({ ...options, id: newId });
  } catch (error) {
    if (newId && isUniqueViolation(error)) return again();
    throw error;
  }
}

async function createInTx(options: { actor: Actor; input: NoticeFormValue; id: string | undefined; now?: Date }): Promise<{ id: string; status: string }> {
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    await assertMember(tx, options.actor, options.input.organisationId);
    const content = contentFromForm(options.input, emptyContent(now, options.input.originalLanguage), now);
    await checkMunicipalities(tx, content);
    const submit = options.input.intent === "submit";
    const activity = await tx.activity.create({
      data: {
        ...(options.id ? { id: options.id } : {}),
        organisationId: options.input.organisationId,
        originalLanguage: content.facts.originalLanguage,
        mode: content.facts.mode,
        validUntil: validUntilInstant(content.facts.validUntil),
        status: submit ? "SUBMITTED" : "DRAFT",
        submittedAt: submit ? now : null,
        createdById: options.actor.id,
      },
      select: { id: true, status: true },
    });
    await applyContent(tx, activity.id, content);
    await syncSearchDocument(tx, activity.id);
    await writeAudit(tx, { actorId: options.actor.id, action: submit ? "activity.create-submit" : "activity.create", entityType: "activity", entityId: activity.id, changes: { status: activity.status } });
    return activity;
  });
}

export type UpdateOutcome = "saved" | "submitted" | "withdrawn" | "revision-saved" | "revision-submitted" | "published";

/** Saves the form over a notice (or, for a published notice, as its pending revision). */
export async function updateNotice(options: { actor: Actor; activityId: string; input: NoticeFormValue; now?: Date }): Promise<UpdateOutcome> {
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    // The record decides the organisation; a forged organisationId in the form changes nothing.
    const activity = await assertActivityAccess(tx, options.actor, options.activityId);
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: activity.organisationId }, select: { trusted: true } });
    const submit = options.input.intent === "submit";
    let outcome: UpdateOutcome;
    if (activity.status === "ARCHIVED") throw new AppError("INVALID_STATE", { messageKey: "archivedNotEditable" });
    if (activity.status === "PUBLISHED") {
      const current = await tx.activity.findUniqueOrThrow({ where: { id: activity.id }, select: { revision: true } });
      const base = (current.revision as NoticeContent | null) ?? (await loadContent(tx, activity.id));
      const content = contentFromForm(options.input, base, now);
      await checkMunicipalities(tx, content);
      if (submit && org.trusted) {
        await applyContent(tx, activity.id, content);
        await tx.activity.update({ where: { id: activity.id }, data: { revision: DbNull, revisionStatus: null, moderationFeedback: null, lastConfirmedAt: now, contentVersion: { increment: 1 } } });
        outcome = "published";
      } else {
        await tx.activity.update({
          where: { id: activity.id },
          data: { revision: content as unknown as Prisma.InputJsonValue, revisionStatus: submit ? "SUBMITTED" : "DRAFT", contentVersion: { increment: 1 }, ...(submit ? { submittedAt: now } : {}) },
        });
        outcome = submit ? "revision-submitted" : "revision-saved";
      }
    } else {
      const base = await loadContent(tx, activity.id);
      const content = contentFromForm(options.input, base, now);
      await checkMunicipalities(tx, content);
      await applyContent(tx, activity.id, content);
      const status = submit ? "SUBMITTED" : "DRAFT";
      await tx.activity.update({ where: { id: activity.id }, data: { status, contentVersion: { increment: 1 }, ...(submit ? { submittedAt: now } : {}) } });
      outcome = submit ? "submitted" : activity.status === "SUBMITTED" ? "withdrawn" : "saved";
    }
    await syncSearchDocument(tx, activity.id);
    await writeAudit(tx, { actorId: options.actor.id, action: `activity.${outcome}`, entityType: "activity", entityId: activity.id, changes: { from: activity.status } });
    return outcome;
  });
}


/** Adds or replaces the texts in one more language. */
export async function saveTranslation(options: { actor: Actor; input: TranslationValue }): Promise<"saved" | "revision-saved"> {
  return transaction(async (tx) => {
    const activity = await assertActivityAccess(tx, options.actor, options.input.activityId);
    if (activity.status === "ARCHIVED") throw new AppError("INVALID_STATE", { messageKey: "archivedNotEditable" });
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: activity.organisationId }, select: { trusted: true } });
    let outcome: "saved" | "revision-saved";
    if (activity.status === "PUBLISHED" && !org.trusted) {
      const current = await tx.activity.findUniqueOrThrow({ where: { id: activity.id }, select: { revision: true } });
      const base = (current.revision as NoticeContent | null) ?? (await loadContent(tx, activity.id));
      await tx.activity.update({
        where: { id: activity.id },
        data: { revision: contentWithTranslation(base, options.input) as unknown as Prisma.InputJsonValue, revisionStatus: activity.revisionStatus === "SUBMITTED" ? "SUBMITTED" : "DRAFT", contentVersion: { increment: 1 } },
      });
      outcome = "revision-saved";
    } else {
      const base = await loadContent(tx, activity.id);
      await applyContent(tx, activity.id, contentWithTranslation(base, options.input));
      await tx.activity.update({ where: { id: activity.id }, data: { contentVersion: { increment: 1 } } });
      outcome = "saved";
    }
    await syncSearchDocument(tx, activity.id);
    await writeAudit(tx, { actorId: options.actor.id, action: "activity.translation", entityType: "activity", entityId: activity.id, changes: { locale: options.input.locale, outcome } });
    return outcome;
  });
}

/** A copy as a new draft (next term's group): same content, fresh validity, no history. */
export async function duplicateNotice(options: { actor: Actor; activityId: string; now?: Date }): Promise<{ id: string }> {
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    const source = await assertActivityAccess(tx, options.actor, options.activityId);
    const content = await loadContent(tx, source.id);
    content.facts.validUntil = addMonths(helsinkiToday(now), DEFAULT_VALIDITY_MONTHS);
    const copy = await tx.activity.create({
      data: { organisationId: source.organisationId, originalLanguage: content.facts.originalLanguage, mode: content.facts.mode, validUntil: now, status: "DRAFT", createdById: options.actor.id },
      select: { id: true },
    });
    await applyContent(tx, copy.id, content);
    await syncSearchDocument(tx, copy.id);
    await writeAudit(tx, { actorId: options.actor.id, action: "activity.duplicate", entityType: "activity", entityId: copy.id, changes: { from: source.id } });
    return copy;
  });
}

export async function archiveNotice(options: { actor: Actor; activityId: string }): Promise<void> {
  await transaction(async (tx) => {
    const activity = await assertActivityAccess(tx, options.actor, options.activityId);
    await archiveInTx(tx, { activityId: activity.id, from: activity.status, actorId: options.actor.id, action: "activity.archive" });
  });
}

/** Archives inside the caller's transaction (also "ended" answers to reports, lib/reports). */
export async function archiveInTx(tx: Tx, options: { activityId: string; from: string; actorId: string | null; action: string }): Promise<void> {
  if (options.from === "ARCHIVED") return; // a second click changes nothing
  await tx.activity.update({ where: { id: options.activityId }, data: { status: "ARCHIVED", revision: DbNull, revisionStatus: null } });
  await syncSearchDocument(tx, options.activityId);
  await writeAudit(tx, { actorId: options.actorId, action: options.action, entityType: "activity", entityId: options.activityId, changes: { from: options.from } });
}

/** Soft delete: gone for everyone but moderators, who can restore it for RESTORE_DAYS. */
export async function deleteNotice(options: { actor: Actor; activityId: string; now?: Date }): Promise<void> {
  await transaction(async (tx) => {
    const activity = await assertActivityAccess(tx, options.actor, options.activityId);
    await tx.activity.update({ where: { id: activity.id }, data: { deletedAt: options.now ?? new Date() } });
    await syncSearchDocument(tx, activity.id);
    await writeAudit(tx, { actorId: options.actor.id, action: "activity.delete", entityType: "activity", entityId: activity.id, changes: { status: activity.status } });
  });
}

export async function restoreNotice(options: { actor: Actor; activityId: string; now?: Date }): Promise<void> {
  assertModerator(options.actor);
  const now = options.now ?? new Date();
  await transaction(async (tx) => {
    const activity = await tx.activity.findUnique({ where: { id: options.activityId }, select: { id: true, deletedAt: true } });
    if (!activity?.deletedAt) throw new AppError("NOT_FOUND");
    if (activity.deletedAt.getTime() < now.getTime() - RESTORE_DAYS * DAY) throw new AppError("INVALID_STATE", { messageKey: "restoreExpired" });
    await tx.activity.update({ where: { id: activity.id }, data: { deletedAt: null } });
    await syncSearchDocument(tx, activity.id);
    await writeAudit(tx, { actorId: options.actor.id, action: "activity.restore", entityType: "activity", entityId: activity.id });
  });
}

function extendedValidity(now: Date): Date {
  return validUntilInstant(addMonths(helsinkiToday(now), DEFAULT_VALIDITY_MONTHS));
}

/**
 * "Still running": confirmed now, and valid for at least DEFAULT_VALIDITY_MONTHS more. A later
 * validity the organiser chose stays; confirming never shortens it. Reminders start over only
 * when the date moved.
 */
export async function confirmInTx(tx: Tx, activityId: string, actorId: string | null, action: string, now: Date): Promise<Date> {
  const current = await tx.activity.findUniqueOrThrow({ where: { id: activityId }, select: { validUntil: true } });
  const extended = extendedValidity(now);
  const validUntil = current.validUntil > extended ? current.validUntil : extended;
  const moved = validUntil.getTime() !== current.validUntil.getTime();
  // The organiser's confirmation also ends "not yet confirmed by the organiser" of an imported notice.
  await tx.activity.update({ where: { id: activityId }, data: { lastConfirmedAt: now, validUntil, awaitingOrganiser: false, ...(moved ? { reminder14SentAt: null, reminder3SentAt: null } : {}) } });
  await syncSearchDocument(tx, activityId);
  await writeAudit(tx, { actorId, action, entityType: "activity", entityId: activityId, changes: { validUntil: validUntil.toISOString(), extended: moved } });
  return validUntil;
}

/** "Still running", from the dashboard: extends validity by DEFAULT_VALIDITY_MONTHS. */
export async function confirmNotice(options: { actor: Actor; activityId: string; now?: Date }): Promise<Date> {
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    const activity = await assertActivityAccess(tx, options.actor, options.activityId);
    if (activity.status !== "PUBLISHED") throw new AppError("INVALID_STATE", { messageKey: "notPublished" });
    return confirmInTx(tx, activity.id, options.actor.id, "activity.confirm", now);
  });
}

/** "Still running", from the link in a reminder email: no sign-in, the token is the permission. */
export async function confirmNoticeByToken(options: { token: string; now?: Date }): Promise<{ ok: true; activityId: string; validUntil: Date } | { ok: false; reason: "invalid" | "expired" | "used" | "gone" }> {
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    const check = await consumeActionToken(tx, { token: options.token, purpose: "confirm-activity", now });
    if (!check.ok) return check;
    const activity = await tx.activity.findUnique({ where: { id: check.activityId }, select: { status: true, deletedAt: true } });
    if (!activity || activity.deletedAt || activity.status !== "PUBLISHED") return { ok: false as const, reason: "gone" as const };
    const validUntil = await confirmInTx(tx, check.activityId, null, "activity.confirm-by-link", now);
    return { ok: true as const, activityId: check.activityId, validUntil };
  });
}

/** A confirmation link for a reminder email, valid until the notice's validity ends + 30 days. */
export async function issueConfirmToken(tx: Tx, options: { activityId: string; validUntil: Date; recipientUserId?: string }): Promise<string> {
  return issueActionToken(tx, { purpose: "confirm-activity", activityId: options.activityId, expiresAt: new Date(options.validUntil.getTime() + 30 * DAY), recipientUserId: options.recipientUserId });
}

/** The longest validity a moderator may approve; later dates are cut to the default. */
export function approvedValidUntil(requested: Date, now: Date): Date {
  const max = validUntilInstant(addMonths(helsinkiToday(now), MAX_VALIDITY_MONTHS));
  if (requested <= now || requested > max) return extendedValidity(now);
  return requested;
}
