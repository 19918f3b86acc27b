import type { Prisma } from "../db/generated/client";
import { addMonths, endOfHelsinkiDay, helsinkiDate, helsinkiToday } from "../dates/helsinki";
import type { ActivityMode, FinnishLevel, GenderSpace, RegistrationKind } from "../reference/vocabulary";
import { weekdayNumber, weekdaySlug } from "../reference/taxonomies";
import { DEFAULT_VALIDITY_MONTHS, type NoticeFormValue, type TranslationValue } from "../validation/notice";

// A notice's whole editable content as one plain, JSON-safe value. It is what the form edits,
// what a pending revision of a published notice stores (activity.revision), and what the
// moderation diff compares. loadContent/applyContent move it to and from the tables.

export const TEXT_FIELDS = ["title", "summary", "description", "howToJoin", "integrationSupport", "scheduleNote", "costNote", "easySummary"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type NoticeTexts = Record<TextField, string | null>;

export type NoticeFacts = {
  originalLanguage: string;
  themes: string[];
  targetGroups: string[];
  forms: string[];
  languages: string[];
  supportLanguages: string[];
  finnishLevel: FinnishLevel;
  mode: ActivityMode;
  nationwide: boolean;
  municipalities: string[];
  isFree: boolean;
  registration: RegistrationKind;
  registrationUrl: string | null;
  registrationEmail: string | null;
  registrationPhone: string | null;
  onlineUrl: string | null;
  acceptsReferrals: boolean | null;
  contactBeforeReferral: boolean;
  childcare: boolean;
  accessibility: string[];
  genderSpace: GenderSpace;
  ageMin: number | null;
  ageMax: number | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  startDate: string | null; // YYYY-MM-DD
  endDate: string | null;
  validUntil: string; // YYYY-MM-DD
  slots: { weekday: number; startMinute: number; endMinute: number; everyNWeeks: number }[];
  pauses: { startDate: string; endDate: string }[];
  places: { name: string | null; streetAddress: string; postalCode: string; postOffice: string | null; municipalityCode: string }[];
};

export type NoticeContent = { facts: NoticeFacts; texts: Record<string, NoticeTexts> };

// @db.Date columns hold midnight UTC of the calendar date; validUntil is an instant (the end
// of that day in Helsinki), read back as its Helsinki date.
const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
export const toDate = (value: string | null): Date | null => (value ? new Date(`${value}T00:00:00Z`) : null);

export async function loadContent(tx: Prisma.TransactionClient, activityId: string): Promise<NoticeContent> {
  const a = await tx.activity.findUniqueOrThrow({
    where: { id: activityId },
    include: {
      translations: true,
      places: { orderBy: { id: "asc" } },
      slots: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
      pauses: { orderBy: { startDate: "asc" } },
    },
  });
  return {
    facts: {
      originalLanguage: a.originalLanguage,
      themes: a.themes,
      targetGroups: a.targetGroups,
      forms: a.forms,
      languages: a.languages,
      supportLanguages: a.supportLanguages,
      finnishLevel: a.finnishLevel,
      mode: a.mode,
      nationwide: a.nationwide,
      // Stored with the places' municipalities added; the content holds only the others, as
      // the form does, so that an unchanged notice compares equal to its own form.
      municipalities: a.municipalities.filter((code) => !a.places.some((p) => p.municipalityCode === code)),
      isFree: a.isFree,
      registration: a.registration,
      registrationUrl: a.registrationUrl,
      registrationEmail: a.registrationEmail,
      registrationPhone: a.registrationPhone,
      onlineUrl: a.onlineUrl,
      acceptsReferrals: a.referralsAnswer,
      contactBeforeReferral: a.contactBeforeReferral,
      childcare: a.childcare,
      accessibility: a.accessibility,
      genderSpace: a.genderSpace,
      ageMin: a.ageMin,
      ageMax: a.ageMax,
      contactName: a.contactName,
      contactEmail: a.contactEmail,
      contactPhone: a.contactPhone,
      startDate: day(a.startDate),
      endDate: day(a.endDate),
      validUntil: helsinkiDate(a.validUntil),
      slots: a.slots.map((s) => ({ weekday: s.weekday, startMinute: s.startMinute, endMinute: s.endMinute, everyNWeeks: s.everyNWeeks })),
      pauses: a.pauses.map((p) => ({ startDate: day(p.startDate)!, endDate: day(p.endDate)! })),
      places: a.places.map((p) => ({ name: p.name, streetAddress: p.streetAddress, postalCode: p.postalCode, postOffice: p.postOffice, municipalityCode: p.municipalityCode })),
    },
    texts: Object.fromEntries(
      a.translations.map((t) => [
        t.locale,
        Object.fromEntries(TEXT_FIELDS.map((field) => [field, t[field] === "" ? null : t[field]])) as NoticeTexts,
      ]),
    ),
  };
}

/** Municipalities a notice serves: the ones named plus those of its places. */
function servedMunicipalities(facts: NoticeFacts): string[] {
  return [...new Set([...facts.places.map((p) => p.municipalityCode), ...facts.municipalities])];
}

/** validUntil as a timestamp: the end of that day in Helsinki (summer or winter time). */
export function validUntilInstant(date: string): Date {
  return endOfHelsinkiDay(date);
}

/**
 * The activity row's columns for a content: the one mapping from facts to stored values, used when
 * the content is saved (applyContent) and when the review page previews it (preview.ts).
 */
export function activityColumns(f: NoticeFacts) {
  return {
    originalLanguage: f.originalLanguage,
    themes: f.themes,
    targetGroups: f.targetGroups,
    forms: f.forms,
    languages: f.languages,
    supportLanguages: f.supportLanguages,
    finnishLevel: f.finnishLevel,
    mode: f.mode,
    nationwide: f.nationwide,
    municipalities: servedMunicipalities(f),
    isFree: f.isFree,
    registration: f.registration,
    registrationUrl: f.registrationUrl,
    registrationEmail: f.registrationEmail,
    registrationPhone: f.registrationPhone,
    onlineUrl: f.onlineUrl,
    acceptsReferrals: f.acceptsReferrals === true,
    referralsAnswer: f.acceptsReferrals,
    contactBeforeReferral: f.contactBeforeReferral,
    childcare: f.childcare,
    accessibility: f.accessibility,
    genderSpace: f.genderSpace,
    ageMin: f.ageMin,
    ageMax: f.ageMax,
    contactName: f.contactName,
    contactEmail: f.contactEmail,
    contactPhone: f.contactPhone,
    startDate: toDate(f.startDate),
    endDate: toDate(f.endDate),
    validUntil: validUntilInstant(f.validUntil),
  };
}

export async function applyContent(tx: Prisma.TransactionClient, activityId: string, content: NoticeContent): Promise<void> {
  const f = content.facts;
  await tx.activity.update({ where: { id: activityId }, data: activityColumns(f) });
  await tx.place.deleteMany({ where: { activityId } });
  await tx.scheduleSlot.deleteMany({ where: { activityId } });
  await tx.schedulePause.deleteMany({ where: { activityId } });
  if (f.places.length) await tx.place.createMany({ data: f.places.map((p) => ({ ...p, activityId })) });
  if (f.slots.length) await tx.scheduleSlot.createMany({ data: f.slots.map((s) => ({ ...s, activityId })) });
  if (f.pauses.length) {
    await tx.schedulePause.createMany({ data: f.pauses.map((p) => ({ activityId, startDate: toDate(p.startDate)!, endDate: toDate(p.endDate)! })) });
  }
  const locales = Object.keys(content.texts);
  await tx.activityTranslation.deleteMany({ where: { activityId, locale: { notIn: locales } } });
  // Only texts that changed are written, so each language's updatedAt says when its text last
  // changed (a translation older than its original is out of date).
  const stored = new Map((await tx.activityTranslation.findMany({ where: { activityId } })).map((row) => [row.locale, row]));
  for (const locale of locales) {
    const t = content.texts[locale]!;
    const before = stored.get(locale);
    if (before && TEXT_FIELDS.every((field) => (before[field] === "" ? null : before[field]) === (t[field] ?? null))) continue;
    const data = {
      title: t.title ?? "",
      summary: t.summary ?? "",
      description: t.description ?? "",
      howToJoin: t.howToJoin ?? "",
      integrationSupport: t.integrationSupport ?? "",
      scheduleNote: t.scheduleNote,
      costNote: t.costNote,
      easySummary: t.easySummary,
    };
    await tx.activityTranslation.upsert({ where: { activityId_locale: { activityId, locale } }, create: { activityId, locale, ...data }, update: data });
  }
}

const minutes = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function defaultValidUntil(now: Date = new Date()): string {
  return addMonths(helsinkiToday(now), DEFAULT_VALIDITY_MONTHS);
}

/** The form's parsed value as content; texts in other languages come from `base`. */
export function contentFromForm(form: NoticeFormValue, base: NoticeContent | undefined, now: Date = new Date()): NoticeContent {
  const texts: Record<string, NoticeTexts> = { ...(base?.texts ?? {}) };
  if (base && base.facts.originalLanguage !== form.originalLanguage) delete texts[base.facts.originalLanguage];
  texts[form.originalLanguage] = Object.fromEntries(TEXT_FIELDS.map((field) => [field, form[field] ?? null])) as NoticeTexts;
  return {
    facts: {
      originalLanguage: form.originalLanguage,
      themes: form.themes,
      targetGroups: form.targetGroups,
      forms: form.forms,
      languages: form.languages,
      supportLanguages: form.supportLanguages,
      finnishLevel: form.finnishLevel,
      mode: form.mode,
      nationwide: form.nationwide,
      municipalities: form.municipalities,
      isFree: form.isFree === "yes",
      registration: form.registration,
      registrationUrl: form.registrationUrl ?? null,
      registrationEmail: form.registrationEmail ?? null,
      registrationPhone: form.registrationPhone ?? null,
      onlineUrl: form.onlineUrl ?? null,
      acceptsReferrals: form.acceptsReferrals === undefined ? null : form.acceptsReferrals === "yes",
      contactBeforeReferral: form.contactBeforeReferral,
      childcare: form.childcare,
      accessibility: form.accessibility,
      genderSpace: form.genderSpace,
      ageMin: form.ageMin ?? null,
      ageMax: form.ageMax ?? null,
      contactName: form.contactName ?? null,
      contactEmail: form.contactEmail ?? null,
      contactPhone: form.contactPhone ?? null,
      startDate: form.startDate ?? null,
      endDate: form.endDate ?? null,
      validUntil: form.validUntil ?? base?.facts.validUntil ?? defaultValidUntil(now),
      slots: form.slots
        .filter((s) => s.weekday && s.start !== undefined && s.end !== undefined)
        .map((s) => ({ weekday: weekdayNumber(s.weekday!), startMinute: s.start!, endMinute: s.end!, everyNWeeks: s.everyNWeeks ?? 1 })),
      pauses: form.pauses.filter((p) => p.startDate && p.endDate).map((p) => ({ startDate: p.startDate!, endDate: p.endDate! })),
      places: form.places
        .filter((p) => p.streetAddress && p.postalCode && p.municipalityCode)
        .map((p) => ({ name: p.name ?? null, streetAddress: p.streetAddress!, postalCode: p.postalCode!, postOffice: p.postOffice ?? null, municipalityCode: p.municipalityCode! })),
    },
    texts,
  };
}

export function contentWithTranslation(base: NoticeContent, value: TranslationValue): NoticeContent {
  return {
    facts: base.facts,
    texts: { ...base.texts, [value.locale]: Object.fromEntries(TEXT_FIELDS.map((field) => [field, value[field] ?? null])) as NoticeTexts },
  };
}

/** Default values for the form's inputs (all strings, as the inputs hold them). */
export function formDefaults(content: NoticeContent, organisationId: string, activityId?: string): Record<string, unknown> {
  const f = content.facts;
  const t = content.texts[f.originalLanguage];
  const yesNo = (value: boolean | null) => (value === null ? undefined : value ? "yes" : "no");
  return {
    organisationId,
    activityId,
    ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, t?.[field] ?? undefined])),
    themes: f.themes,
    forms: f.forms,
    targetGroups: f.targetGroups,
    genderSpace: f.genderSpace,
    ageMin: f.ageMin?.toString(),
    ageMax: f.ageMax?.toString(),
    acceptsReferrals: yesNo(f.acceptsReferrals),
    contactBeforeReferral: f.contactBeforeReferral ? "on" : undefined,
    childcare: f.childcare ? "on" : undefined,
    accessibility: f.accessibility,
    originalLanguage: f.originalLanguage,
    languages: f.languages,
    supportLanguages: f.supportLanguages,
    finnishLevel: f.finnishLevel,
    slots: f.slots.map((s) => ({ weekday: weekdaySlug(s.weekday), start: minutes(s.startMinute), end: minutes(s.endMinute), everyNWeeks: String(s.everyNWeeks) })),
    startDate: f.startDate ?? undefined,
    endDate: f.endDate ?? undefined,
    pauses: f.pauses,
    mode: f.mode,
    places: f.places.map((p) => ({ ...p, name: p.name ?? undefined, postOffice: p.postOffice ?? undefined })),
    onlineUrl: f.onlineUrl ?? undefined,
    nationwide: f.nationwide ? "on" : undefined,
    municipalities: f.municipalities.filter((code) => !f.places.some((p) => p.municipalityCode === code)),
    registration: f.registration,
    registrationUrl: f.registrationUrl ?? undefined,
    registrationEmail: f.registrationEmail ?? undefined,
    registrationPhone: f.registrationPhone ?? undefined,
    isFree: f.isFree ? "yes" : "no",
    contactName: f.contactName ?? undefined,
    contactEmail: f.contactEmail ?? undefined,
    contactPhone: f.contactPhone ?? undefined,
    validUntil: f.validUntil,
  };
}

export function emptyContent(now: Date = new Date(), originalLanguage = "fi"): NoticeContent {
  return {
    facts: {
      originalLanguage,
      themes: [],
      targetGroups: [],
      forms: [],
      languages: [],
      supportLanguages: [],
      finnishLevel: "NONE",
      mode: "ONSITE",
      nationwide: false,
      municipalities: [],
      isFree: true,
      registration: "DROP_IN",
      registrationUrl: null,
      registrationEmail: null,
      registrationPhone: null,
      onlineUrl: null,
      acceptsReferrals: null,
      contactBeforeReferral: false,
      childcare: false,
      accessibility: [],
      genderSpace: "ALL",
      ageMin: null,
      ageMax: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      startDate: null,
      endDate: null,
      validUntil: defaultValidUntil(now),
      slots: [],
      pauses: [],
      places: [],
    },
    texts: {},
  };
}

/**
 * One changed field: `field` is a key of NoticeFacts, or a text field with its `locale`.
 * Values stay structured (codes, numbers, booleans); the page labels them in the reader's
 * language (components/moderation/changes-table.tsx), so no code reaches the reader.
 */
export type ContentChange =
  | { kind: "fact"; field: keyof NoticeFacts; before: NoticeFacts[keyof NoticeFacts] | undefined; after: NoticeFacts[keyof NoticeFacts] }
  | { kind: "text"; field: TextField; locale: string; before: string | null; after: string | null };

// Lists of codes are sets: the form lists languages in the reader's alphabetical order, so
// the same choice saved in another UI language must not look like a change.
// Objects compare by their keys in a fixed order (the database and the form list them
// differently); empty optional strings equal null.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  return value === "" || value === undefined ? null : value;
}

function comparable(value: unknown): string {
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return JSON.stringify([...value].sort());
  return JSON.stringify(canonical(value));
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/** What a revision changes, field by field; for a notice never published, every filled field. */
export function diffContent(before: NoticeContent | undefined, after: NoticeContent): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const field of Object.keys(after.facts) as (keyof NoticeFacts)[]) {
    const a = before?.facts[field];
    const b = after.facts[field];
    if (before ? comparable(a) === comparable(b) : isEmpty(b)) continue;
    changes.push({ kind: "fact", field, before: a, after: b });
  }
  const locales = [...new Set([after.facts.originalLanguage, ...Object.keys(before?.texts ?? {}), ...Object.keys(after.texts)])];
  for (const locale of locales) {
    for (const field of TEXT_FIELDS) {
      const a = before?.texts[locale]?.[field] ?? null;
      const b = after.texts[locale]?.[field] ?? null;
      if ((a ?? "") === (b ?? "")) continue;
      changes.push({ kind: "text", field, locale, before: a, after: b });
    }
  }
  return changes;
}
