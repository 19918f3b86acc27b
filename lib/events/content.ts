import type { Prisma } from "../db/generated/client";
import { helsinkiDate, helsinkiTime } from "../dates/helsinki";
import { eventFields, sessionTimes, type EventFormValue } from "../validation/event";

// An event's content is the event form's parsed value: what the organiser saved, what a pending
// revision holds (a JSON column, parsed again with the form's schema when read, never cast) and
// what applyEventContent writes to the columns, the original-language texts and the sessions.

type Tx = Prisma.TransactionClient;

/** A stored revision read back through the form's schema; undefined when it no longer parses. */
export function parseRevision(value: unknown): EventFormValue | undefined {
  const parsed = eventFields.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The parsed value as JSON for the revision column, in the form's input shape (times as "HH:MM"), so parseRevision reads it back. */
export function revisionJson(value: EventFormValue): Prisma.InputJsonValue {
  const sessions = value.sessions.map((s) => ({ ...s, start: s.start === undefined ? undefined : hhmm(s.start), end: s.end === undefined ? undefined : hhmm(s.end) }));
  return JSON.parse(JSON.stringify({ ...value, sessions, intent: "save" })) as Prisma.InputJsonValue;
}

/** First start and last end; a draft with no sessions yet sits at "now" until it has some. */
export function eventSpan(value: EventFormValue, now: Date): { startsAt: Date; endsAt: Date } {
  const times = sessionTimes(value);
  if (times.length === 0) return { startsAt: now, endsAt: now };
  return { startsAt: times[0]!.startsAt, endsAt: new Date(Math.max(...times.map((t) => t.endsAt.getTime()))) };
}

/** Writes the content over the event's columns, its texts in the original language and its sessions. */
export async function applyEventContent(tx: Tx, eventId: string, value: EventFormValue, now: Date): Promise<void> {
  const onsite = value.mode !== "ONLINE";
  const municipality = onsite && value.municipalityCode ? await tx.municipality.findUnique({ where: { code: value.municipalityCode }, select: { regionCode: true } }) : null;
  const span = eventSpan(value, now);
  await tx.event.update({
    where: { id: eventId },
    data: {
      originalLanguage: value.originalLanguage,
      kind: value.kind ?? "OTHER",
      audiences: value.audiences,
      themes: value.themes,
      languages: value.languages,
      mode: value.mode,
      placeName: onsite ? (value.placeName ?? null) : null,
      streetAddress: onsite ? (value.streetAddress ?? null) : null,
      postalCode: onsite ? (value.postalCode ?? null) : null,
      postOffice: onsite ? (value.postOffice ?? null) : null,
      municipalityCode: onsite ? (value.municipalityCode ?? null) : null,
      // An event on site belongs to its municipality's region; an online one to the region chosen.
      regionCode: municipality?.regionCode ?? value.regionCode ?? null,
      nationwide: value.mode !== "ONSITE" && value.nationwide,
      onlineUrl: value.mode !== "ONSITE" ? (value.onlineUrl ?? null) : null,
      isFree: value.isFree === "yes",
      priceText: value.isFree === "no" ? (value.priceText ?? null) : null,
      registrationUrl: value.registrationUrl ?? null,
      registrationEmail: value.registrationEmail ?? null,
      registrationDeadline: value.registrationDeadline ? new Date(`${value.registrationDeadline}T00:00:00Z`) : null,
      accessibility: value.accessibility,
      contactName: value.contactName ?? null,
      contactEmail: value.contactEmail ?? null,
      contactPhone: value.contactPhone ?? null,
      startsAt: span.startsAt,
      endsAt: span.endsAt,
    },
  });
  const texts = { title: value.title ?? "", summary: value.summary ?? "", description: value.description ?? "" };
  await tx.eventTranslation.upsert({
    where: { eventId_locale: { eventId, locale: value.originalLanguage } },
    create: { eventId, locale: value.originalLanguage, ...texts },
    update: texts,
  });
  await tx.eventSession.deleteMany({ where: { eventId } });
  const times = sessionTimes(value);
  if (times.length) await tx.eventSession.createMany({ data: times.map((t) => ({ eventId, startsAt: t.startsAt, endsAt: t.endsAt })) });
}

/** The stored event as the form's value (the edit form's defaults, and the base of a revision). */
export async function loadEventContent(tx: Tx, eventId: string): Promise<EventFormValue> {
  const e = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    include: { translations: true, sessions: { orderBy: { startsAt: "asc" } } },
  });
  const original = e.translations.find((t) => t.locale === e.originalLanguage) ?? e.translations[0];
  const value: EventFormValue = {
    intent: "save",
    organisationId: e.organisationId,
    eventId: e.id,
    originalLanguage: e.originalLanguage as EventFormValue["originalLanguage"],
    title: original?.title || undefined,
    summary: original?.summary || undefined,
    description: original?.description || undefined,
    kind: e.kind,
    audiences: e.audiences as EventFormValue["audiences"],
    themes: e.themes as EventFormValue["themes"],
    languages: e.languages as EventFormValue["languages"],
    sessions: e.sessions.map((s) => {
      const date = helsinkiDate(s.startsAt);
      const endDate = helsinkiDate(s.endsAt);
      const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
      return { date, start: minutes(helsinkiTime(s.startsAt)), end: minutes(helsinkiTime(s.endsAt)), ...(endDate !== date ? { endDate } : {}) };
    }),
    mode: e.mode,
    placeName: e.placeName ?? undefined,
    streetAddress: e.streetAddress ?? undefined,
    postalCode: e.postalCode ?? undefined,
    postOffice: e.postOffice ?? undefined,
    municipalityCode: e.municipalityCode ?? undefined,
    regionCode: e.regionCode ?? undefined,
    nationwide: e.nationwide,
    onlineUrl: e.onlineUrl ?? undefined,
    isFree: e.isFree ? "yes" : "no",
    priceText: e.priceText ?? undefined,
    registrationUrl: e.registrationUrl ?? undefined,
    registrationEmail: e.registrationEmail ?? undefined,
    registrationDeadline: e.registrationDeadline ? e.registrationDeadline.toISOString().slice(0, 10) : undefined,
    accessibility: e.accessibility as EventFormValue["accessibility"],
    contactName: e.contactName ?? undefined,
    contactEmail: e.contactEmail ?? undefined,
    contactPhone: e.contactPhone ?? undefined,
  };
  return value;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
/** The form's default values (strings as the inputs hold them). */
export function eventFormDefaults(value: EventFormValue): Record<string, unknown> {
  return {
    ...value,
    sessions: value.sessions.map((s) => ({ date: s.date, start: s.start === undefined ? undefined : hhmm(s.start), end: s.end === undefined ? undefined : hhmm(s.end), endDate: s.endDate })),
    nationwide: value.nationwide ? "on" : undefined,
  };
}
