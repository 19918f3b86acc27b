// Small local types for the demo content in prisma/seed/*.ts. They mirror the Prisma models
// (prisma/schema.prisma) but keep the data files short: defaults are filled in by
// lib/db/seed.ts, dates are day offsets from the seed's `now`, and taxonomy slugs and
// language codes are checked by the compiler against lib/reference/*.

import type {
  AccessibilityFeature,
  ActivityForm,
  TargetGroup,
  Theme,
  Weekday,
} from "../../lib/reference/taxonomies";
import type { ActivityLanguage } from "../../lib/reference/languages";

export type SeedOrganisationKind =
  | "ASSOCIATION"
  | "MUNICIPALITY"
  | "PARISH"
  | "SCHOOL"
  | "PROJECT"
  | "COMPANY"
  | "INFORMAL"
  | "OTHER";

export type SeedActivityStatus = "DRAFT" | "SUBMITTED" | "PUBLISHED" | "REJECTED" | "ARCHIVED";
export type SeedFinnishLevel = "NONE" | "SOME" | "GOOD";
export type SeedMode = "ONSITE" | "ONLINE" | "HYBRID";
export type SeedGenderSpace = "ALL" | "WOMEN" | "MEN";

/** Locales an organisation description is written in. */
export type SeedOrgLocale = "fi" | "sv" | "en";

export interface SeedOrganisation {
  id: string; // fixed, /^[a-z0-9-]{3,40}$/
  name: string;
  kind: SeedOrganisationKind;
  businessId: string | null; // Y-tunnus "1234567-8" with a valid check digit, null for informal groups
  website?: string;
  email?: string;
  phone?: string;
  trusted?: boolean;
  municipalities: string[]; // 1–4 municipality codes
  descriptions: { fi: string } & Partial<Record<SeedOrgLocale, string>>;
}

/** One language version of a notice. Every field except the optional ones is required. */
export interface SeedTranslation {
  title: string; // ≤ 80 characters
  summary: string; // 1–2 sentences
  description: string; // 3–6 sentences
  howToJoin: string;
  integrationSupport: string;
  scheduleNote?: string;
  costNote?: string; // required when the activity is not free
  easySummary?: string; // selkokieli (Finnish plain language)
}

export interface SeedPlace {
  name?: string;
  streetAddress: string;
  postalCode: string; // 5 digits, matching the municipality
  postOffice: string;
  municipalityCode: string;
  latitude?: number;
  longitude?: number;
}

/** "tue 17:00-19:00", or "tue 17:00-19:00 /2" for every second week. */
export type SeedSlot = `${Weekday} ${string}`;

/**
 * A break in the weekly schedule: "christmas" (20.12.–7.1. around the next Christmas),
 * "summer" (15.6.–10.8. of the next summer) or explicit day offsets from now.
 */
export type SeedPause = "christmas" | "summer" | { fromDay: number; toDay: number };

export interface SeedDates {
  validDays?: number; // validUntil = now + validDays (negative = expired)
  confirmedDaysAgo?: number; // lastConfirmedAt = now − n days
  publishedDaysAgo?: number | null; // publishedAt = now − n days; null = never published
  deletedDaysAgo?: number; // deletedAt = now − n days
}

export interface SeedActivity {
  id: string; // fixed, /^[a-z0-9-]{3,40}$/
  organisationId: string;
  status?: SeedActivityStatus; // default PUBLISHED
  originalLanguage: ActivityLanguage;
  themes: Theme[];
  targetGroups: TargetGroup[];
  forms: ActivityForm[];
  languages: ActivityLanguage[]; // languages the activity is run in
  supportLanguages?: ActivityLanguage[];
  finnishLevel?: SeedFinnishLevel; // default NONE
  mode?: SeedMode; // default ONSITE
  nationwide?: boolean;
  places?: SeedPlace[];
  alsoServes?: string[]; // municipalities served besides the place municipalities
  isFree?: boolean; // default true
  registration?: { url?: string; email?: string; phone?: string }; // present → REQUIRED
  onlineUrl?: string;
  acceptsReferrals?: boolean;
  contactBeforeReferral?: boolean;
  childcare?: boolean;
  accessibility?: AccessibilityFeature[];
  genderSpace?: SeedGenderSpace;
  ageMin?: number;
  ageMax?: number;
  contact: { name: string; email?: string; phone?: string };
  course?: { startDay: number; endDay: number }; // start/end date offsets from now
  slots: SeedSlot[];
  pauses?: SeedPause[];
  dates?: SeedDates;
  translations: Partial<Record<ActivityLanguage, SeedTranslation>>;
}
