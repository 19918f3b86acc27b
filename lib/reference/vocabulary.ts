import { ACCESSIBILITY_FEATURES, ACTIVITY_FORMS, TARGET_GROUPS, THEMES, WEEKDAYS } from "./taxonomies";

// The one definition of every closed list of values a notice, an organisation or an account
// can hold, and of the message key that labels each value. Validation (lib/validation), the
// stored content (lib/activities/content.ts), the forms, the public and moderation pages and
// the emails all derive from here, so a new value is one change in this file plus its label
// in every messages/<locale>.json (tests/unit/messages.test.ts checks the labels exist).
// The taxonomies (themes, groups, forms, accessibility, weekdays) keep their own file because
// search and the seed use them as well; they are re-exported here so callers need one import.

export { ACCESSIBILITY_FEATURES, ACTIVITY_FORMS, TARGET_GROUPS, THEMES, WEEKDAYS };

export const ACTIVITY_MODES = ["ONSITE", "ONLINE", "HYBRID"] as const;
export const FINNISH_LEVELS = ["NONE", "SOME", "GOOD"] as const;
export const GENDER_SPACES = ["ALL", "WOMEN", "MEN"] as const;
export const REGISTRATIONS = ["DROP_IN", "REQUIRED"] as const;
export const ORGANISATION_KINDS = ["ASSOCIATION", "MUNICIPALITY", "PARISH", "SCHOOL", "PROJECT", "COMPANY", "INFORMAL", "OTHER"] as const;
export const MEMBER_ROLES = ["OWNER", "EDITOR"] as const;
export const PLATFORM_ROLES = ["USER", "MODERATOR", "ADMIN"] as const;
/** Yes/no answers as the forms send them (radio values). */
export const YES_NO = ["yes", "no"] as const;
// Issue 19 (docs/decisions/011): what a visitor reports, how the organiser answers, and the
// organiser's one-click "is there room?".
export const REPORT_REASONS = ["CONTACT", "NOT_RUNNING", "TIME_PLACE", "FULL", "OTHER"] as const;
export const REPORT_ANSWERS = ["FIXED", "STILL_CORRECT", "ENDED"] as const;
export const CAPACITY_STATUSES = ["ROOM", "WAITING_LIST", "FULL"] as const;
// Issue 13 (docs/decisions/013-events.md): events and trainings for people in the field.
export const EVENT_KINDS = ["TRAINING", "SEMINAR", "NETWORK_MEETING", "WEBINAR", "VOLUNTEER_TRAINING", "INFO_SESSION", "OTHER"] as const;
export const EVENT_AUDIENCES = ["authorities", "ngo-staff", "volunteers", "organisers", "anyone"] as const;
export const EVENT_STATES = ["SCHEDULED", "CANCELLED", "POSTPONED", "MOVED_ONLINE"] as const;
/** Kinds of organisation that may have no Y-tunnus (informal groups, projects, others). */
export const KINDS_WITHOUT_BUSINESS_ID: readonly OrganisationKind[] = ["INFORMAL", "PROJECT", "OTHER"];

export type ActivityMode = (typeof ACTIVITY_MODES)[number];
export type FinnishLevel = (typeof FINNISH_LEVELS)[number];
export type GenderSpace = (typeof GENDER_SPACES)[number];
export type RegistrationKind = (typeof REGISTRATIONS)[number];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export type ReportReason = (typeof REPORT_REASONS)[number];
export type ReportAnswer = (typeof REPORT_ANSWERS)[number];
export type CapacityStatus = (typeof CAPACITY_STATUSES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventAudience = (typeof EVENT_AUDIENCES)[number];
export type EventState = (typeof EVENT_STATES)[number];

/** Every labelled vocabulary: its values and where its labels live in the messages. */
export const VOCABULARIES = {
  themes: { values: THEMES, namespace: "Taxonomy", prefix: "themes" },
  targetGroups: { values: TARGET_GROUPS, namespace: "Taxonomy", prefix: "targetGroups" },
  forms: { values: ACTIVITY_FORMS, namespace: "Taxonomy", prefix: "forms" },
  accessibility: { values: ACCESSIBILITY_FEATURES, namespace: "Taxonomy", prefix: "accessibility" },
  mode: { values: ACTIVITY_MODES, namespace: "Enums", prefix: "mode" },
  finnishLevel: { values: FINNISH_LEVELS, namespace: "Enums", prefix: "finnishLevel" },
  genderSpace: { values: GENDER_SPACES, namespace: "Enums", prefix: "genderSpace" },
  registration: { values: REGISTRATIONS, namespace: "Enums", prefix: "registration" },
  organisationKind: { values: ORGANISATION_KINDS, namespace: "Enums", prefix: "organisationKind" },
  memberRole: { values: MEMBER_ROLES, namespace: "Roles", prefix: "" },
  reportReason: { values: REPORT_REASONS, namespace: "Enums", prefix: "reportReason" },
  reportAnswer: { values: REPORT_ANSWERS, namespace: "Enums", prefix: "reportAnswer" },
  capacity: { values: CAPACITY_STATUSES, namespace: "Enums", prefix: "capacity" },
  eventKind: { values: EVENT_KINDS, namespace: "Events", prefix: "kind" },
  eventAudience: { values: EVENT_AUDIENCES, namespace: "Events", prefix: "audience" },
  eventState: { values: EVENT_STATES, namespace: "Events", prefix: "state" },
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;

/** "Taxonomy.themes.language", "Enums.mode.ONSITE": the full message key of a value's label. */
export function labelKey(vocabulary: VocabularyName, value: string): string {
  const v = VOCABULARIES[vocabulary];
  return [v.namespace, v.prefix, value].filter(Boolean).join(".");
}

export function isValue<N extends VocabularyName>(vocabulary: N, value: string): value is (typeof VOCABULARIES)[N]["values"][number] {
  return (VOCABULARIES[vocabulary].values as readonly string[]).includes(value);
}
