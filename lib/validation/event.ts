import { z } from "zod";
import { ACCESSIBILITY_FEATURES, ACTIVITY_MODES, EVENT_AUDIENCES, EVENT_KINDS, EVENT_STATES, THEMES, YES_NO } from "../reference/vocabulary";
import { ACTIVITY_LANGUAGES } from "../reference/languages";
import { helsinkiDateTime } from "../dates/helsinki";
import { decisionFields, requireFeedbackOnReject } from "./moderation";
import { checkbox, email, isoDate, optionalText, phone, recordId, slugList, text, timeOfDay, url } from "./fields";

// The event form (components/events/event-form.tsx), parsed with this one schema on the client
// (Conform) and on the server (the action), like the notice form (lib/validation/notice.ts).
// "Save draft" checks only the format of what is filled in; "Submit" also needs what a reader
// needs: texts, kind, audience, at least one session, where, contact.

export const EVENT_LIMITS = {
  title: 160,
  summary: 300,
  description: 5000,
  placeName: 120,
  streetAddress: 200,
  postOffice: 60,
  priceText: 200,
  contactName: 120,
  stateNote: 500,
  sessions: 8,
} as const;

const session = z.object({
  date: isoDate.optional(),
  start: timeOfDay.optional(),
  end: timeOfDay.optional(),
  /** A session that runs past midnight or over several days ends on another date. */
  endDate: isoDate.optional(),
});

export const eventFields = z.object({
  intent: z.enum(["save", "submit"]).default("save"),
  organisationId: recordId,
  eventId: recordId.optional(),
  newId: recordId.optional(),
  // What
  originalLanguage: z.enum(ACTIVITY_LANGUAGES, { error: "unknownLanguage" }).default("fi"),
  title: optionalText(EVENT_LIMITS.title),
  summary: optionalText(EVENT_LIMITS.summary),
  description: optionalText(EVENT_LIMITS.description),
  kind: z.enum(EVENT_KINDS, { error: "unknownOption" }).optional(),
  audiences: slugList(EVENT_AUDIENCES),
  themes: slugList(THEMES),
  languages: slugList(ACTIVITY_LANGUAGES, 10),
  // When
  sessions: z.array(session).max(EVENT_LIMITS.sessions, { error: `tooMany|${EVENT_LIMITS.sessions}` }).default([]),
  // Where
  mode: z.enum(ACTIVITY_MODES, { error: "unknownOption" }).default("ONSITE"),
  placeName: optionalText(EVENT_LIMITS.placeName),
  streetAddress: optionalText(EVENT_LIMITS.streetAddress),
  postalCode: z.string().trim().regex(/^\d{5}$/, { error: "invalidPostalCode" }).optional(),
  postOffice: optionalText(EVENT_LIMITS.postOffice),
  municipalityCode: z.string().trim().regex(/^\d{3}$/, { error: "unknownMunicipality" }).optional(),
  regionCode: z.string().trim().regex(/^\d{2}$/, { error: "unknownOption" }).optional(),
  nationwide: checkbox,
  onlineUrl: url.optional(),
  // Taking part
  isFree: z.enum(YES_NO, { error: "unknownOption" }).default("yes"),
  priceText: optionalText(EVENT_LIMITS.priceText),
  registrationUrl: url.optional(),
  registrationEmail: email.optional(),
  registrationDeadline: isoDate.optional(),
  accessibility: slugList(ACCESSIBILITY_FEATURES),
  // Contact
  contactName: optionalText(EVENT_LIMITS.contactName),
  contactEmail: email.optional(),
  contactPhone: phone.optional(),
});

export type EventFormInput = z.input<typeof eventFields>;
export type EventFormValue = z.output<typeof eventFields>;

export type SessionTimes = { startsAt: Date; endsAt: Date };

/** The complete session rows as instants (Europe/Helsinki wall-clock times), in order. */
export function sessionTimes(value: Pick<EventFormValue, "sessions">): SessionTimes[] {
  return value.sessions
    .filter((s) => s.date && s.start !== undefined && s.end !== undefined)
    .map((s) => ({ startsAt: helsinkiDateTime(s.date!, s.start!), endsAt: helsinkiDateTime(s.endDate ?? s.date!, s.end!) }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

const path = (field: string) => field.replace(/\]/g, "").split(/[.[]/).map((k) => (/^\d+$/.test(k) ? Number(k) : k));

/** The schema with cross-field rules; `now` is a parameter so tests can fix the clock. */
export function eventSchema(now: Date = new Date()) {
  return eventFields.superRefine((value, ctx) => {
    value.sessions.forEach((s, i) => {
      const any = s.date !== undefined || s.start !== undefined || s.end !== undefined || s.endDate !== undefined;
      if (!any) return;
      if (!s.date) ctx.addIssue({ code: "custom", path: ["sessions", i, "date"], message: "required" });
      if (s.start === undefined) ctx.addIssue({ code: "custom", path: ["sessions", i, "start"], message: "required" });
      if (s.end === undefined) ctx.addIssue({ code: "custom", path: ["sessions", i, "end"], message: "required" });
      if (s.date && s.start !== undefined && s.end !== undefined) {
        const start = helsinkiDateTime(s.date, s.start);
        const end = helsinkiDateTime(s.endDate ?? s.date, s.end);
        if (end <= start) ctx.addIssue({ code: "custom", path: ["sessions", i, "end"], message: "endBeforeStart" });
      }
    });
    const onsite = value.mode !== "ONLINE";
    const hasPlace = !!value.streetAddress || !!value.postalCode || !!value.municipalityCode || !!value.placeName;
    if (hasPlace && onsite) {
      if (!value.streetAddress) ctx.addIssue({ code: "custom", path: ["streetAddress"], message: "required" });
      if (!value.municipalityCode) ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: "required" });
    }
    if (value.intent !== "submit") return;
    for (const field of ["title", "summary", "description", "kind"] as const) {
      if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: "required" });
    }
    if (value.audiences.length === 0) ctx.addIssue({ code: "custom", path: ["audiences"], message: "required" });
    if (value.languages.length === 0) ctx.addIssue({ code: "custom", path: ["languages"], message: "required" });
    const times = sessionTimes(value);
    if (times.length === 0) ctx.addIssue({ code: "custom", path: path("sessions[0].date"), message: "required" });
    else if (times.at(-1)!.endsAt <= now) ctx.addIssue({ code: "custom", path: path("sessions[0].date"), message: "dateInPast" });
    if (onsite && !value.streetAddress) ctx.addIssue({ code: "custom", path: ["streetAddress"], message: "placeRequired" });
    if (onsite && !value.municipalityCode) ctx.addIssue({ code: "custom", path: ["municipalityCode"], message: "required" });
    if (value.mode !== "ONSITE" && !value.onlineUrl) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "required" });
    if (value.mode === "ONLINE" && !value.nationwide && !value.regionCode) ctx.addIssue({ code: "custom", path: ["regionCode"], message: "required" });
    if (!value.contactName) ctx.addIssue({ code: "custom", path: ["contactName"], message: "contactRequired" });
    else if (!value.contactEmail && !value.contactPhone) ctx.addIssue({ code: "custom", path: ["contactEmail"], message: "contactRequired" });
    if (value.isFree === "no" && !value.priceText) ctx.addIssue({ code: "custom", path: ["priceText"], message: "required" });
    const first = value.sessions.map((s) => s.date).filter((d): d is string => !!d).sort()[0];
    if (value.registrationDeadline && first && value.registrationDeadline > first) {
      ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "endBeforeStart" });
    }
  });
}

/** Another language's texts (the translation form on the organiser's event page). */
export const eventTranslationSchema = z.object({
  eventId: recordId,
  locale: z.enum(ACTIVITY_LANGUAGES, { error: "unknownLanguage" }),
  title: text(EVENT_LIMITS.title),
  summary: text(EVENT_LIMITS.summary),
  description: text(EVENT_LIMITS.description),
});
export type EventTranslationValue = z.output<typeof eventTranslationSchema>;

/** The organiser's word on the event itself: cancelled, postponed, moved online, or on as planned. */
export const eventStateSchema = z
  .object({
    eventId: recordId,
    state: z.enum(EVENT_STATES, { error: "unknownOption" }),
    note: optionalText(EVENT_LIMITS.stateNote),
    onlineUrl: url.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.state === "MOVED_ONLINE" && !value.onlineUrl) ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "required" });
  });

export const eventFullSchema = z.object({ eventId: recordId, full: z.enum(["true", "false"]).transform((v) => v === "true") });

export const eventCommandSchema = z.object({ eventId: recordId });

export const eventDecisionSchema = z.object({ eventId: recordId, ...decisionFields }).superRefine(requireFeedbackOnReject);
