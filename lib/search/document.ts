import { filterFields, type FilterFields } from "./dimensions";
import { fieldTerms } from "./text/analyze";

// Turns an activity into its search document: the filter columns and the terms of its text
// (lib/search/text/analyze.ts), in three sets for ranking by field: the title and the
// organisation's name; the summary and the names of its places; everything (with the
// description, how to join and how it supports integration).

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
  /** The organiser's "is there room?" and its date (docs/decisions/011); optional for old callers. */
  capacityStatus?: string | null;
  capacitySetAt?: Date | null;
  organisation: { name: string };
  slots: { weekday: number; startMinute: number }[];
  /** Where it meets: venue names and addresses ("Kontula library", "Leppävaarankatu 9") are found too. */
  places?: { name: string | null; streetAddress: string; postOffice: string | null }[];
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

/** Where notices are: the region of a municipality and the names a reader may type for both. */
export type PlaceLookup = {
  regionOf(municipality: string): string | undefined;
  /** Finnish and Swedish names of a municipality or region code. */
  namesOf(code: string): string[];
};

/** The columns of search_document besides the defined filters' (lib/search/dimensions.ts). */
export type SearchDocumentBase = {
  activity_id: string;
  organisation_id: string;
  visible: boolean;
  valid_until: string;
  published_at: string | null;
  last_confirmed_at: string;
  municipalities: string[];
  regions: string[];
  nationwide: boolean;
  age_min: number | null;
  age_max: number | null;
  terms: string[];
  title_terms: string[];
  top_terms: string[];
  text_locales: string[];
  capacity_status: string | null;
  capacity_set_at: string | null;
};

/** A search document: its own columns and, by column name, each defined filter's values. */
export type SearchDocumentRow = SearchDocumentBase & { filters: FilterFields };

export function buildSearchDocument(source: DocumentSource, places: PlaceLookup): SearchDocumentRow {
  const regions = [...new Set(source.municipalities.map(places.regionOf).filter((r): r is string => r !== undefined))];
  const titles = fieldTerms([
    ...source.translations.map((t) => ({ text: t.title, locale: t.locale })),
    { text: source.organisation.name, locale: "fi" },
  ]);
  const placeNames = [
    ...[...source.municipalities, ...regions].flatMap(places.namesOf),
    ...(source.places ?? []).flatMap((p) => [p.name ?? "", p.streetAddress, p.postOffice ?? ""]),
  ].join(" \n ");
  const top = fieldTerms([...source.translations.map((t) => ({ text: t.summary, locale: t.locale })), { text: placeNames, locale: "fi" }]);
  const rest = fieldTerms(
    source.translations.map((t) => ({
      text: [t.description, t.howToJoin, t.integrationSupport, t.easySummary ?? ""].join("\n"),
      locale: t.locale,
    })),
  );
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
    age_min: source.ageMin,
    age_max: source.ageMax,
    terms: [...new Set([...titles, ...top, ...rest])],
    title_terms: [...titles],
    top_terms: [...top],
    text_locales: [...new Set(source.translations.map((t) => t.locale))],
    capacity_status: source.capacityStatus ?? null,
    capacity_set_at: source.capacitySetAt?.toISOString() ?? null,
    filters: filterFields(source),
  };
}
