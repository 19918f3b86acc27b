import { timeOfDay } from "../schedule/summary";
import { weekdaySlug } from "../reference/taxonomies";
import { textSearchConfig } from "./text-config";

// Turns an activity into its search document: the filter columns and the weighted text
// parts that PostgreSQL makes the tsvector of (lib/search/sync.ts).

export type DocumentSource = {
  id: string;
  organisationId: string;
  status: string;
  deletedAt: Date | null;
  validUntil: Date;
  publishedAt: Date | null;
  lastConfirmedAt: Date;
  municipalities: string[];
  nationwide: boolean;
  mode: string;
  languages: string[];
  supportLanguages: string[];
  targetGroups: string[];
  themes: string[];
  forms: string[];
  isFree: boolean;
  acceptsReferrals: boolean;
  childcare: boolean;
  finnishLevel: string;
  genderSpace: string;
  ageMin: number | null;
  ageMax: number | null;
  organisation: { name: string };
  slots: { weekday: number; startMinute: number }[];
  translations: {
    locale: string;
    title: string;
    summary: string;
    description: string;
    howToJoin: string;
    integrationSupport: string;
    easySummary: string | null;
  }[];
};

export type TextPart = { cfg: string; w: "A" | "B" | "C" | "D"; body: string };

export type SearchDocumentRow = {
  activity_id: string;
  organisation_id: string;
  visible: boolean;
  valid_until: string;
  published_at: string | null;
  last_confirmed_at: string;
  municipalities: string[];
  regions: string[];
  nationwide: boolean;
  mode: string;
  languages: string[];
  target_groups: string[];
  themes: string[];
  forms: string[];
  weekdays: string[];
  times_of_day: string[];
  is_free: boolean;
  accepts_referrals: boolean;
  childcare: boolean;
  finnish_level: string;
  gender_space: string;
  age_min: number | null;
  age_max: number | null;
  parts: TextPart[];
  search_text: string;
};

export function buildSearchDocument(source: DocumentSource, regionOf: (municipality: string) => string | undefined): SearchDocumentRow {
  const parts: TextPart[] = [];
  for (const t of source.translations) {
    const cfg = textSearchConfig(t.locale);
    parts.push({ cfg, w: "A", body: t.title }, { cfg, w: "B", body: t.summary });
    parts.push({ cfg, w: "C", body: [t.description, t.howToJoin, t.integrationSupport, t.easySummary ?? ""].join("\n") });
    // Unstemmed copies of the title and summary: exact words and prefixes of any language.
    parts.push({ cfg: "simple", w: "A", body: t.title }, { cfg: "simple", w: "B", body: t.summary });
  }
  parts.push({ cfg: "simple", w: "A", body: source.organisation.name });
  // Taxonomy labels are matched at query time (lib/search/label-match.ts), not stored here.

  const days = [...new Set(source.slots.map((s) => weekdaySlug(s.weekday)).filter((d) => d !== undefined))];
  const times = [...new Set(source.slots.map((s) => timeOfDay(s.startMinute)))];
  const regions = [...new Set(source.municipalities.map(regionOf).filter((r): r is string => r !== undefined))];
  // Short on purpose: typo tolerance (trigrams) is for titles and names; the rest is in the tsvector.
  const searchText = [...source.translations.map((t) => t.title), source.organisation.name].join(" \n ");

  return {
    activity_id: source.id,
    organisation_id: source.organisationId,
    visible: source.status === "PUBLISHED" && source.deletedAt === null,
    valid_until: source.validUntil.toISOString(),
    published_at: source.publishedAt?.toISOString() ?? null,
    last_confirmed_at: source.lastConfirmedAt.toISOString(),
    municipalities: source.municipalities,
    regions,
    nationwide: source.nationwide,
    mode: source.mode.toLowerCase(),
    languages: [...new Set([...source.languages, ...source.supportLanguages])],
    target_groups: source.targetGroups,
    themes: source.themes,
    forms: source.forms,
    weekdays: days,
    times_of_day: times,
    is_free: source.isFree,
    accepts_referrals: source.acceptsReferrals,
    childcare: source.childcare,
    finnish_level: source.finnishLevel.toLowerCase(),
    gender_space: source.genderSpace.toLowerCase(),
    age_min: source.ageMin,
    age_max: source.ageMax,
    parts,
    search_text: searchText,
  };
}
