import "server-only";
import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import { assertMember, assertModerator, type Actor } from "../auth/permissions";
import { writeAudit } from "../audit/write";
import { AppError } from "../errors/app-error";
import { serverRecordId } from "../tokens/record-ids";
import type { EventFormValue, EventTranslationValue } from "../validation/event";
import type { EventState } from "../reference/vocabulary";
import { applyEventContent, eventSpan, loadEventContent, parseRevision, revisionJson } from "./content";

// Every write to an event, with the same rules as notices (lib/activities/mutations.ts): one
// function per operation taking one options object, the permission check for the specific
// record inside, one transaction with the record and an audit entry.
//
// Status machine (the notice's): DRAFT → SUBMITTED → PUBLISHED | REJECTED → ARCHIVED. Editing a
// PUBLISHED event stores the form's value in event.revision until a moderator approves it;
// trusted organisations' submitted edits publish at once, and their new events skip the queue.
// The event's own state (cancelled, postponed, moved online) and "full" are the organiser's
// word about a published event and apply at once, audited.

type Tx = Prisma.TransactionClient;
const DbNull = Prisma.DbNull;

function transaction<T>(run: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(run, { isolationLevel: "ReadCommitted", timeout: 15_000 });
}

/** The event, if the actor is a member of its organisation; NOT_FOUND otherwise (also when deleted). */
export async function assertEventAccess(db: Tx, actor: Actor, eventId: string) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, organisationId: true, status: true, deletedAt: true, revisionStatus: true, mode: true } });
  if (!event || event.deletedAt) throw new AppError("NOT_FOUND");
  await assertMember(db, actor, event.organisationId);
  return event;
}

async function checkPlace(tx: Tx, value: EventFormValue): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  if (value.municipalityCode && !(await tx.municipality.findUnique({ where: { code: value.municipalityCode }, select: { code: true } }))) fieldErrors.municipalityCode = ["unknownMunicipality"];
  if (value.regionCode && !(await tx.region.findUnique({ where: { code: value.regionCode }, select: { code: true } }))) fieldErrors.regionCode = ["unknownOption"];
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", { fieldErrors });
}

export type EventSaveOutcome = "saved" | "submitted" | "published" | "withdrawn" | "revision-saved" | "revision-submitted";

/**
 * A new event of an organisation the actor belongs to. With `input.newId` a second call (a
 * double click) saves over the first instead of creating a second event.
 */
export async function createEvent(options: { actor: Actor; input: EventFormValue; now?: Date }): Promise<{ id: string; outcome: EventSaveOutcome }> {
  const now = options.now ?? new Date();
  const id = options.input.newId ? serverRecordId({ kind: "event", userId: options.actor.id, formKey: options.input.newId }) : undefined;
  if (id) {
    const existing = await prisma.event.findUnique({ where: { id }, select: { createdById: true, organisationId: true } });
    if (existing) {
      if (existing.createdById !== options.actor.id || existing.organisationId !== options.input.organisationId) throw new AppError("NOT_FOUND");
      return { id, outcome: await updateEvent({ actor: options.actor, eventId: id, input: options.input, now }) };
    }
  }
  return transaction(async (tx) => {
    await assertMember(tx, options.actor, options.input.organisationId);
    await checkPlace(tx, options.input);
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: options.input.organisationId }, select: { trusted: true } });
    const submit = options.input.intent === "submit";
    // A trusted organisation's event is published when submitted, as its notices' edits are.
    const status = submit ? (org.trusted ? "PUBLISHED" : "SUBMITTED") : "DRAFT";
    const span = eventSpan(options.input, now);
    const event = await tx.event.create({
      data: {
        ...(id ? { id } : {}),
        organisationId: options.input.organisationId,
        originalLanguage: options.input.originalLanguage,
        kind: options.input.kind ?? "OTHER",
        mode: options.input.mode,
        startsAt: span.startsAt,
        endsAt: span.endsAt,
        status,
        submittedAt: submit ? now : null,
        publishedAt: status === "PUBLISHED" ? now : null,
        createdById: options.actor.id,
      },
      select: { id: true },
    });
    await applyEventContent(tx, event.id, options.input, now);
    const outcome: EventSaveOutcome = status === "PUBLISHED" ? "published" : submit ? "submitted" : "saved";
    await writeAudit(tx, { actorId: options.actor.id, action: `event.create-${outcome}`, entityType: "event", entityId: event.id, changes: { status } });
    return { id: event.id, outcome };
  });
}

/** Saves the form over an event, or, for a published event, as its pending revision. */
export async function updateEvent(options: { actor: Actor; eventId: string; input: EventFormValue; now?: Date }): Promise<EventSaveOutcome> {
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    // The record decides the organisation: a forged organisationId in the form changes nothing.
    const event = await assertEventAccess(tx, options.actor, options.eventId);
    if (event.status === "ARCHIVED") throw new AppError("INVALID_STATE", { messageKey: "archivedNotEditable" });
    await checkPlace(tx, options.input);
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: event.organisationId }, select: { trusted: true } });
    const input = { ...options.input, organisationId: event.organisationId };
    const submit = input.intent === "submit";
    let outcome: EventSaveOutcome;
    if (event.status === "PUBLISHED") {
      if (submit && org.trusted) {
        await applyEventContent(tx, event.id, input, now);
        await tx.event.update({ where: { id: event.id }, data: { revision: DbNull, revisionStatus: null, moderationFeedback: null, contentVersion: { increment: 1 } } });
        outcome = "published";
      } else {
        await tx.event.update({
          where: { id: event.id },
          data: { revision: revisionJson(input), revisionStatus: submit ? "SUBMITTED" : "DRAFT", contentVersion: { increment: 1 }, ...(submit ? { submittedAt: now } : {}) },
        });
        outcome = submit ? "revision-submitted" : "revision-saved";
      }
    } else {
      await applyEventContent(tx, event.id, input, now);
      const status = submit ? (org.trusted ? "PUBLISHED" : "SUBMITTED") : "DRAFT";
      await tx.event.update({
        where: { id: event.id },
        data: { status, contentVersion: { increment: 1 }, ...(submit ? { submittedAt: now } : {}), ...(status === "PUBLISHED" ? { publishedAt: now } : {}) },
      });
      outcome = status === "PUBLISHED" ? "published" : submit ? "submitted" : event.status === "SUBMITTED" ? "withdrawn" : "saved";
    }
    await writeAudit(tx, { actorId: options.actor.id, action: `event.${outcome}`, entityType: "event", entityId: event.id, changes: { from: event.status } });
    return outcome;
  });
}

/** Adds or replaces the texts in another language (published at once: a translation of reviewed text). */
export async function saveEventTranslation(options: { actor: Actor; input: EventTranslationValue }): Promise<void> {
  await transaction(async (tx) => {
    const event = await assertEventAccess(tx, options.actor, options.input.eventId);
    if (event.status === "ARCHIVED") throw new AppError("INVALID_STATE", { messageKey: "archivedNotEditable" });
    const { eventId, locale, ...texts } = options.input;
    await tx.eventTranslation.upsert({ where: { eventId_locale: { eventId, locale } }, create: { eventId, locale, ...texts }, update: texts });
    await tx.event.update({ where: { id: eventId }, data: { contentVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId: options.actor.id, action: "event.translation", entityType: "event", entityId: eventId, changes: { locale } });
  });
}

/** Cancelled, postponed, moved online, or back to as planned; with a note for readers. */
export async function setEventState(options: { actor: Actor; eventId: string; state: EventState; note?: string; onlineUrl?: string }): Promise<void> {
  await transaction(async (tx) => {
    const event = await assertEventAccess(tx, options.actor, options.eventId);
    if (event.status === "ARCHIVED") throw new AppError("INVALID_STATE", { messageKey: "archivedNotEditable" });
    const online = options.state === "MOVED_ONLINE" ? { mode: "ONLINE" as const, onlineUrl: options.onlineUrl ?? null } : {};
    await tx.event.update({ where: { id: event.id }, data: { state: options.state, stateNote: options.note ?? null, ...online } });
    await writeAudit(tx, { actorId: options.actor.id, action: "event.state", entityType: "event", entityId: event.id, changes: { state: options.state } });
  });
}

/** "Full" (registration closed) or open again. */
export async function setEventFull(options: { actor: Actor; eventId: string; full: boolean }): Promise<void> {
  await transaction(async (tx) => {
    const event = await assertEventAccess(tx, options.actor, options.eventId);
    await tx.event.update({ where: { id: event.id }, data: { full: options.full } });
    await writeAudit(tx, { actorId: options.actor.id, action: options.full ? "event.full" : "event.open", entityType: "event", entityId: event.id });
  });
}

/** Soft delete: gone for everyone (moderators see it in the audit log). */
export async function deleteEvent(options: { actor: Actor; eventId: string; now?: Date }): Promise<void> {
  await transaction(async (tx) => {
    const event = await assertEventAccess(tx, options.actor, options.eventId);
    await tx.event.update({ where: { id: event.id }, data: { deletedAt: options.now ?? new Date() } });
    await writeAudit(tx, { actorId: options.actor.id, action: "event.delete", entityType: "event", entityId: event.id, changes: { status: event.status } });
  });
}

type Decision = { actor: Actor; eventId: string; version: number; now?: Date };

/** Publishes exactly the version the moderator reviewed (or nothing, if it changed since). */
export async function approveEvent(options: Decision): Promise<"published" | "revision-published"> {
  assertModerator(options.actor);
  const now = options.now ?? new Date();
  return transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM event WHERE id = ${options.eventId} FOR UPDATE`;
    const e = await tx.event.findUnique({ where: { id: options.eventId }, select: { id: true, status: true, revisionStatus: true, revision: true, deletedAt: true, contentVersion: true, publishedAt: true, organisationId: true } });
    if (!e || e.deletedAt) throw new AppError("NOT_FOUND");
    if (e.contentVersion !== options.version) throw new AppError("INVALID_STATE", { messageKey: "changedSinceReview" });
    let result: "published" | "revision-published";
    if (e.status === "SUBMITTED") {
      await tx.event.update({ where: { id: e.id }, data: { status: "PUBLISHED", publishedAt: e.publishedAt ?? now, moderationFeedback: null } });
      result = "published";
    } else if (e.status === "PUBLISHED" && e.revisionStatus === "SUBMITTED") {
      const revision = parseRevision(e.revision);
      if (!revision) throw new AppError("INVALID_STATE", { messageKey: "notInQueue" });
      await applyEventContent(tx, e.id, { ...revision, organisationId: e.organisationId }, now);
      await tx.event.update({ where: { id: e.id }, data: { revision: DbNull, revisionStatus: null, moderationFeedback: null } });
      result = "revision-published";
    } else {
      throw new AppError("INVALID_STATE", { messageKey: "notInQueue" });
    }
    await writeAudit(tx, { actorId: options.actor.id, action: "moderation.approve-event", entityType: "event", entityId: e.id, changes: { outcome: result, version: e.contentVersion } });
    return result;
  });
}

export async function rejectEvent(options: Decision & { feedback: string }): Promise<"rejected" | "revision-rejected"> {
  assertModerator(options.actor);
  return transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM event WHERE id = ${options.eventId} FOR UPDATE`;
    const e = await tx.event.findUnique({ where: { id: options.eventId }, select: { id: true, status: true, revisionStatus: true, deletedAt: true, contentVersion: true } });
    if (!e || e.deletedAt) throw new AppError("NOT_FOUND");
    if (e.contentVersion !== options.version) throw new AppError("INVALID_STATE", { messageKey: "changedSinceReview" });
    let result: "rejected" | "revision-rejected";
    if (e.status === "SUBMITTED") {
      await tx.event.update({ where: { id: e.id }, data: { status: "REJECTED", moderationFeedback: options.feedback } });
      result = "rejected";
    } else if (e.status === "PUBLISHED" && e.revisionStatus === "SUBMITTED") {
      await tx.event.update({ where: { id: e.id }, data: { revisionStatus: "REJECTED", moderationFeedback: options.feedback } });
      result = "revision-rejected";
    } else {
      throw new AppError("INVALID_STATE", { messageKey: "notInQueue" });
    }
    await writeAudit(tx, { actorId: options.actor.id, action: "moderation.reject-event", entityType: "event", entityId: e.id, changes: { outcome: result } });
    return result;
  });
}

export { loadEventContent };
