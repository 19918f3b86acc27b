import { TAXONOMIES } from "../reference/taxonomies";
import { ACTIVITY_MODES, FINNISH_LEVELS, GENDER_SPACES } from "../reference/vocabulary";
import { hsdsId } from "./ids";
import type { Labels } from "./labels";
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from "./types";

// Our vocabularies as HSDS taxonomies (docs/decisions/016): the four activity taxonomies, and
// the product's own facts that case workers filter on (mode, Finnish needed, gender space,
// features). Term codes are our stable slugs; names and descriptions come in the chosen language.

export const HSDS_TAXONOMIES = {
  themes: { values: TAXONOMIES.themes, labelKey: (slug: string) => `Taxonomy.themes.${slug}` },
  targetGroups: { values: TAXONOMIES.targetGroups, labelKey: (slug: string) => `Taxonomy.targetGroups.${slug}` },
  forms: { values: TAXONOMIES.forms, labelKey: (slug: string) => `Taxonomy.forms.${slug}` },
  accessibility: { values: TAXONOMIES.accessibility, labelKey: (slug: string) => `Taxonomy.accessibility.${slug}` },
  mode: { values: ACTIVITY_MODES, labelKey: (value: string) => `Enums.mode.${value}` },
  finnishLevel: { values: FINNISH_LEVELS, labelKey: (value: string) => `Enums.finnishLevel.${value}` },
  genderSpace: { values: GENDER_SPACES, labelKey: (value: string) => `Enums.genderSpace.${value}` },
  features: { values: ["accepts-referrals", "contact-before-referral", "childcare", "free"] as const, labelKey: undefined },
} as const;

export type HsdsTaxonomyName = keyof typeof HSDS_TAXONOMIES;
export const HSDS_TAXONOMY_NAMES = Object.keys(HSDS_TAXONOMIES) as HsdsTaxonomyName[];

export function taxonomyId(name: HsdsTaxonomyName): string {
  return hsdsId("taxonomy", name);
}

export function termId(name: HsdsTaxonomyName, value: string): string {
  return hsdsId("taxonomy_term", `${name}:${value}`);
}

/** Taxonomy name and value for an HSDS taxonomy term id, or undefined. */
export function termById(id: string): { taxonomy: HsdsTaxonomyName; value: string } | undefined {
  return termIndex().get(id.toLowerCase());
}

export function taxonomyById(id: string): HsdsTaxonomyName | undefined {
  return HSDS_TAXONOMY_NAMES.find((name) => taxonomyId(name) === id.toLowerCase());
}

let index: Map<string, { taxonomy: HsdsTaxonomyName; value: string }> | undefined;
function termIndex() {
  index ??= new Map(
    HSDS_TAXONOMY_NAMES.flatMap((taxonomy) => HSDS_TAXONOMIES[taxonomy].values.map((value) => [termId(taxonomy, value), { taxonomy, value }] as const)),
  );
  return index;
}

export function toTaxonomy(name: HsdsTaxonomyName, labels: Labels, origin: string): HsdsTaxonomy {
  return {
    id: taxonomyId(name),
    name: labels.openData.taxonomies[name].name,
    description: labels.openData.taxonomies[name].description,
    uri: `${origin}/api/hsds/taxonomies/${taxonomyId(name)}`,
    version: "1",
  };
}

export function toTerm(name: HsdsTaxonomyName, value: string, labels: Labels, origin: string, withDetail = true): HsdsTaxonomyTerm {
  const labelKey = HSDS_TAXONOMIES[name].labelKey;
  const label = labelKey ? labels.get(labelKey(value)) : (labels.openData.features[value] ?? value);
  return {
    id: termId(name, value),
    code: value,
    name: label,
    description: label,
    taxonomy: name,
    taxonomy_id: taxonomyId(name),
    ...(withDetail ? { taxonomy_detail: toTaxonomy(name, labels, origin) } : {}),
    language: labels.locale,
    term_uri: `${origin}/api/hsds/taxonomy_terms/${termId(name, value)}`,
  };
}
