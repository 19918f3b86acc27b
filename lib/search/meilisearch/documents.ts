import type { Settings } from "meilisearch";
import { buildSearchDocument, type DocumentSource, type PlaceLookup } from "../document";
import { filterColumns } from "../dimensions";
import { taxonomyLabelTexts } from "../labels";
import { THESAURUS } from "../../reference/thesaurus";

// The Meilisearch form of a notice: texts per language in their own attributes (so each gets
// its language's tokenizer through localizedAttributes) plus the same filter fields as
// search_document. Only public notices are sent; the rest are deleted from the index.

// Meilisearch's locales are ISO 639-3 codes from its own list (charabia's, from whatlang),
// which has no Somali, Sorani or Kurmanji: their attributes get the default tokenizer.
const MEILI_LOCALE: Record<string, string> = {
  fi: "fin", sv: "swe", en: "eng", ru: "rus", uk: "ukr", et: "est", ar: "ara", fa: "pes", zh: "cmn", vi: "vie", de: "deu", fr: "fra", es: "spa", tr: "tur",
};

export type MeiliDocument = Record<string, unknown> & { id: string };

export function isPublic(source: DocumentSource, now = Date.now()): boolean {
  return source.status === "PUBLISHED" && source.deletedAt === null && source.validUntil.getTime() > now;
}

export function toMeiliDocument(source: DocumentSource, places: PlaceLookup): MeiliDocument {
  const row = buildSearchDocument(source, places);
  const doc: MeiliDocument = {
    id: source.id,
    organisation: source.organisation.name,
    municipalities: row.municipalities,
    regions: row.regions,
    nationwide: row.nationwide,
    // Every defined filter under its column's name (lib/search/dimensions.ts).
    ...row.filters,
    age_min: row.age_min ?? -1,
    age_max: row.age_max ?? 999,
    valid_until: source.validUntil.getTime(),
    published_at: source.publishedAt?.getTime() ?? 0,
    last_confirmed_at: source.lastConfirmedAt.getTime(),
    // "Has room" = ROOM set after now − 30 days, compared at query time (docs/decisions/011).
    capacity_status: row.capacity_status ?? "",
    capacity_set_at: source.capacitySetAt?.getTime() ?? 0,
  };
  for (const t of source.translations) {
    doc[`title_${t.locale}`] = t.title;
    doc[`summary_${t.locale}`] = t.summary;
    doc[`body_${t.locale}`] = [t.description, t.howToJoin, t.integrationSupport, t.easySummary ?? ""].join("\n");
  }
  for (const { locale, text } of taxonomyLabelTexts(source)) doc[`labels_${locale}`] = text;
  // Place names and addresses, as the postgres engine's place terms (lib/search/document.ts).
  doc.places = [
    ...[...row.municipalities, ...row.regions].flatMap(places.namesOf),
    ...(source.places ?? []).flatMap((p) => [p.name ?? "", p.streetAddress, p.postOffice ?? ""]),
  ].join(" \n ");
  return doc;
}

export const FILTERABLE = [
  "municipalities", "regions", "nationwide", ...filterColumns().map((c) => c.column), "age_min", "age_max", "valid_until",
  "capacity_status", "capacity_set_at",
];

export function indexSettings(): Settings {
  return {
    searchableAttributes: ["title_*", "organisation", "summary_*", "places", "labels_*", "body_*"],
    filterableAttributes: FILTERABLE,
    sortableAttributes: ["published_at", "last_confirmed_at"],
    localizedAttributes: Object.entries(MEILI_LOCALE).map(([locale, code]) => ({
      attributePatterns: [`*_${locale}`],
      locales: [code as never],
    })),
    // The same thesaurus as the postgres engine (lib/reference/thesaurus.ts).
    synonyms: thesaurusSynonyms(),
    // Meilisearch's own rule, which the postgres engine follows too: one typo from 5 letters, two from 9.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    pagination: { maxTotalHits: 100_000 },
    faceting: { maxValuesPerFacet: 400 },
  };
}

/** Every term of a concept is a synonym of every other term of it, in every language. */
export function thesaurusSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const concept of THESAURUS) {
    const terms = [...new Set(Object.values(concept.terms).flatMap((list) => list ?? []))];
    for (const term of terms) {
      const others = terms.filter((t) => t !== term);
      synonyms[term] = [...new Set([...(synonyms[term] ?? []), ...others])];
    }
  }
  return synonyms;
}
