import { z } from "zod";
import { ACCESSIBILITY_FEATURES, ACTIVITY_FORMS, ACTIVITY_MODES, FINNISH_LEVELS, GENDER_SPACES, REGISTRATIONS, TARGET_GROUPS, THEMES, WEEKDAYS, YES_NO } from "../reference/vocabulary";
import { addMonths, helsinkiToday } from "../dates/helsinki";
import { ACTIVITY_LANGUAGES } from "../reference/languages";
import { checkbox, email, isoDate, optionalText, phone, recordId, slugList, text, timeOfDay, url } from "./fields";

// The notice form (components/manage/notice-form.tsx), parsed with this one schema on the
// client (Conform) and on the server (the action). "Save draft" checks only the format of
// what is filled in; "Submit for review" also needs what a case worker needs (the checklist).

export const LIMITS = {
  title: 120,
  summary: 300,
  description: 5000,
  howToJoin: 2000,
  integrationSupport: 2000,
  scheduleNote: 500,
  costNote: 300,
  easySummary: 1000,
  placeName: 120,
  streetAddress: 200,
  postOffice: 60,
  contactName: 120,
  slots: 3,
  places: 2,
  pauses: 2,
  municipalities: 60,
} as const;

export const MAX_VALIDITY_MONTHS = 12;
export const DEFAULT_VALIDITY_MONTHS = 6;

const slot = z.object({
  weekday: z.enum(WEEKDAYS, { error: "unknownOption" }).optional(),
  start: timeOfDay.optional(),
  end: timeOfDay.optional(),
  everyNWeeks: z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(4, { error: "invalid" }).optional(),
});

const place = z.object({
  name: optionalText(LIMITS.placeName),
  streetAddress: optionalText(LIMITS.streetAddress),
  postalCode: z.string().trim().regex(/^\d{5}$/, { error: "invalidPostalCode" }).optional(),
  postOffice: optionalText(LIMITS.postOffice),
  municipalityCode: z.string().trim().regex(/^\d{3}$/, { error: "unknownMunicipality" }).optional(),
});

const pause = z.object({ startDate: isoDate.optional(), endDate: isoDate.optional() });

const texts = {
  title: optionalText(LIMITS.title),
  summary: optionalText(LIMITS.summary),
  description: optionalText(LIMITS.description),
  howToJoin: optionalText(LIMITS.howToJoin),
  integrationSupport: optionalText(LIMITS.integrationSupport),
  scheduleNote: optionalText(LIMITS.scheduleNote),
  costNote: optionalText(LIMITS.costNote),
  easySummary: optionalText(LIMITS.easySummary),
};

export const noticeFields = z.object({
  intent: z.enum(["save", "submit"]).default("save"),
  organisationId: recordId,
  activityId: recordId.optional(),
  // The id a new notice gets (a UUID from the page): a double click or an autosave racing the
  // save button then writes the same notice twice instead of creating two.
  newId: recordId.optional(),
  // What
  ...texts,
  themes: slugList(THEMES),
  forms: slugList(ACTIVITY_FORMS),
  // For whom
  targetGroups: slugList(TARGET_GROUPS),
  genderSpace: z.enum(GENDER_SPACES, { error: "unknownOption" }).default("ALL"),
  ageMin: z.coerce.number({ error: "invalidNumber" }).int({ error: "invalidNumber" }).min(0, { error: "invalidNumber" }).max(120, { error: "invalidNumber" }).optional(),
  ageMax: z.coerce.number({ error: "invalidNumber" }).int({ error: "invalidNumber" }).min(0, { error: "invalidNumber" }).max(120, { error: "invalidNumber" }).optional(),
  acceptsReferrals: z.enum(YES_NO, { error: "unknownOption" }).optional(),
  contactBeforeReferral: checkbox,
  childcare: checkbox,
  accessibility: slugList(ACCESSIBILITY_FEATURES),
  // Languages
  originalLanguage: z.enum(ACTIVITY_LANGUAGES, { error: "unknownLanguage" }).default("fi"),
  languages: slugList(ACTIVITY_LANGUAGES, 10),
  supportLanguages: slugList(ACTIVITY_LANGUAGES, 15),
  finnishLevel: z.enum(FINNISH_LEVELS, { error: "unknownOption" }).default("NONE"),
  // When
  slots: z.array(slot).max(LIMITS.slots, { error: `tooMany|${LIMITS.slots}` }).default([]),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  pauses: z.array(pause).max(LIMITS.pauses, { error: `tooMany|${LIMITS.pauses}` }).default([]),
  // Where
  mode: z.enum(ACTIVITY_MODES, { error: "unknownOption" }).default("ONSITE"),
  places: z.array(place).max(LIMITS.places, { error: `tooMany|${LIMITS.places}` }).default([]),
  onlineUrl: url.optional(),
  nationwide: checkbox,
  municipalities: z
    .array(z.string().regex(/^\d{3}$/, { error: "unknownMunicipality" }))
    .max(LIMITS.municipalities, { error: `tooMany|${LIMITS.municipalities}` })
    .default([])
    .transform((values) => [...new Set(values)]),
  // How to join
  registration: z.enum(REGISTRATIONS, { error: "unknownOption" }).default("DROP_IN"),
  registrationUrl: url.optional(),
  registrationEmail: email.optional(),
  registrationPhone: phone.optional(),
  isFree: z.enum(YES_NO, { error: "unknownOption" }).default("yes"),
  // Contact and validity
  contactName: optionalText(LIMITS.contactName),
  contactEmail: email.optional(),
  contactPhone: phone.optional(),
  validUntil: isoDate.optional(),
});

export type NoticeFormInput = z.input<typeof noticeFields>;
export type NoticeFormValue = z.output<typeof noticeFields>;

/** Loose shape of whatever the form holds right now (client side, before parsing). */
export type NoticeDraftValues = Partial<Record<keyof NoticeFormValue, unknown>>;

export type ChecklistItem = {
  id: "title" | "summary" | "description" | "howToJoin" | "integrationSupport" | "schedule" | "where" | "contact" | "referrals" | "languages" | "themes" | "targetGroups";
  /** The field to jump to. */
  field: string;
  done: boolean;
  /** Needed before submission; the others make a better notice. */
  required: boolean;
};

const filled = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(filled) : value !== null && typeof value === "object" ? Object.values(value).some(filled) : typeof value === "string" ? value.trim() !== "" : value !== undefined && value !== null;

/**
 * What a good notice still lacks. Pure, so the live checklist (client, on raw form values)
 * and the submit validation (server, on parsed values) agree exactly.
 */
export function noticeChecklist(values: NoticeDraftValues): ChecklistItem[] {
  const mode = typeof values.mode === "string" ? values.mode : "ONSITE";
  const slots = Array.isArray(values.slots) ? values.slots : [];
  const places = Array.isArray(values.places) ? values.places : [];
  const hasSlot = slots.some((s) => s && typeof s === "object" && filled((s as Record<string, unknown>).weekday) && filled((s as Record<string, unknown>).start));
  const hasPlace = places.some(
    (p) => p && typeof p === "object" && filled((p as Record<string, unknown>).streetAddress) && filled((p as Record<string, unknown>).municipalityCode),
  );
  const hasOnline = filled(values.onlineUrl);
  const where = mode === "ONLINE" ? hasOnline : mode === "HYBRID" ? hasPlace && hasOnline : hasPlace;
  return [
    { id: "title", field: "title", done: filled(values.title), required: true },
    { id: "summary", field: "summary", done: filled(values.summary), required: true },
    { id: "description", field: "description", done: filled(values.description), required: true },
    { id: "integrationSupport", field: "integrationSupport", done: filled(values.integrationSupport), required: true },
    { id: "referrals", field: "acceptsReferrals", done: values.acceptsReferrals === "yes" || values.acceptsReferrals === "no", required: true },
    { id: "languages", field: "languages", done: filled(values.languages), required: true },
    { id: "schedule", field: "slots[0].weekday", done: hasSlot || filled(values.scheduleNote), required: true },
    { id: "where", field: mode === "ONLINE" ? "onlineUrl" : "places[0].streetAddress", done: where, required: true },
    { id: "howToJoin", field: "howToJoin", done: filled(values.howToJoin), required: true },
    { id: "contact", field: "contactName", done: filled(values.contactName) && (filled(values.contactEmail) || filled(values.contactPhone)), required: true },
    { id: "themes", field: "themes", done: filled(values.themes), required: false },
    { id: "targetGroups", field: "targetGroups", done: filled(values.targetGroups), required: false },
  ];
}

const ISSUE_FOR: Record<ChecklistItem["id"], string> = {
  title: "required",
  summary: "required",
  description: "required",
  howToJoin: "required",
  integrationSupport: "required",
  schedule: "scheduleRequired",
  where: "placeRequired",
  contact: "contactRequired",
  referrals: "referralsRequired",
  languages: "required",
  themes: "required",
  targetGroups: "required",
};

export { addMonths };

/** The schema with cross-field rules; `now` is a parameter so tests can fix the date. */
export function noticeSchema(now: Date = new Date()) {
  return noticeFields.superRefine((value, ctx) => {
    if (value.startDate && value.endDate && value.endDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    }
    if (value.ageMin !== undefined && value.ageMax !== undefined && value.ageMax < value.ageMin) {
      ctx.addIssue({ code: "custom", path: ["ageMax"], message: "endBeforeStart" });
    }
    value.slots.forEach((s, i) => {
      const any = s.weekday !== undefined || s.start !== undefined || s.end !== undefined;
      if (!any) return;
      if (!s.weekday) ctx.addIssue({ code: "custom", path: ["slots", i, "weekday"], message: "required" });
      if (s.start === undefined) ctx.addIssue({ code: "custom", path: ["slots", i, "start"], message: "required" });
      if (s.end === undefined) ctx.addIssue({ code: "custom", path: ["slots", i, "end"], message: "required" });
      if (s.start !== undefined && s.end !== undefined && s.end <= s.start) ctx.addIssue({ code: "custom", path: ["slots", i, "end"], message: "endBeforeStart" });
    });
    value.pauses.forEach((p, i) => {
      if ((p.startDate && !p.endDate) || (!p.startDate && p.endDate)) {
        ctx.addIssue({ code: "custom", path: ["pauses", i, p.startDate ? "endDate" : "startDate"], message: "required" });
      }
      if (p.startDate && p.endDate && p.endDate < p.startDate) ctx.addIssue({ code: "custom", path: ["pauses", i, "endDate"], message: "endBeforeStart" });
    });
    value.places.forEach((p, i) => {
      const any = Object.values(p).some((v) => v !== undefined);
      if (!any) return;
      if (!p.streetAddress) ctx.addIssue({ code: "custom", path: ["places", i, "streetAddress"], message: "required" });
      if (!p.postalCode) ctx.addIssue({ code: "custom", path: ["places", i, "postalCode"], message: "required" });
      if (!p.municipalityCode) ctx.addIssue({ code: "custom", path: ["places", i, "municipalityCode"], message: "required" });
    });
    if (value.validUntil) {
      const today = helsinkiToday(now);
      if (value.validUntil <= today) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "dateInPast" });
      else if (value.validUntil > addMonths(today, MAX_VALIDITY_MONTHS)) {
        ctx.addIssue({ code: "custom", path: ["validUntil"], message: `validityTooLong|${MAX_VALIDITY_MONTHS}` });
      }
    }
    if (value.intent === "submit") {
      for (const item of noticeChecklist(value)) {
        if (item.required && !item.done) ctx.addIssue({ code: "custom", path: item.field.replace(/\]/g, "").split(/[.[]/).map((k) => (/^\d+$/.test(k) ? Number(k) : k)), message: ISSUE_FOR[item.id] });
      }
      if (value.registration === "REQUIRED" && !value.registrationUrl && !value.registrationEmail && !value.registrationPhone) {
        ctx.addIssue({ code: "custom", path: ["registrationUrl"], message: "registrationChannelRequired" });
      }
    }
  });
}

/** Translation of the texts into another language (the translation page). */
export const translationSchema = z.object({
  activityId: recordId,
  locale: z.enum(ACTIVITY_LANGUAGES, { error: "unknownLanguage" }),
  title: text(LIMITS.title),
  summary: text(LIMITS.summary),
  description: text(LIMITS.description),
  howToJoin: text(LIMITS.howToJoin),
  integrationSupport: text(LIMITS.integrationSupport),
  scheduleNote: optionalText(LIMITS.scheduleNote),
  costNote: optionalText(LIMITS.costNote),
  easySummary: optionalText(LIMITS.easySummary),
});
export type TranslationValue = z.output<typeof translationSchema>;

/** Buttons on a notice: duplicate, archive, delete, submit (no other fields). */
export const noticeCommandSchema = z.object({ activityId: recordId });
