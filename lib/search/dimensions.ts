import { ACTIVITY_LANGUAGES } from "../reference/languages";
import { ACTIVITY_FORMS, TARGET_GROUPS, THEMES, WEEKDAYS, weekdaySlug } from "../reference/taxonomies";
import { timeOfDay } from "../schedule/summary";
import type { DocumentSource } from "./document";

// The search filters over known values, each defined once: its URL parameter (the key), the
// search_document column (also the Meilisearch attribute), how a notice gives its values, and
// the message keys of its labels. Parsing and the canonical URL (query.ts), the document and its
// SQL (document.ts, sync.ts), the in-memory columns and their evaluation (snapshot.ts,
// postgres-engine.ts), Meilisearch's documents, filters and facets, and the filter panel and
// its labels are all derived from this table, so a new filter of these kinds is one entry here
// plus its column in a migration and its labels in messages/ (docs/decisions/005-search.md).
//
// Filters with their own logic stay where that logic is: the place (municipality, region and
// nationwide: query.ts, evaluate), age (a range), "has room" (compared with the time of the
// search, docs/decisions/011) and the text.

export const MODES = ["onsite", "online", "hybrid"] as const;
export const TIMES_OF_DAY = ["morning", "afternoon", "evening"] as const;
export const FINNISH_LEVELS = ["none", "some", "good"] as const;
export const GENDER_SPACES = ["all", "women", "men"] as const;

/** How a value is shown: a message key prefix ("Taxonomy.themes" → Taxonomy.themes.sports) or a formatter. */
export type ValueLabel = `${"Taxonomy" | "Search"}.${string}` | "language" | "weekday";

type Common = {
  /** search_document column and Meilisearch attribute. */
  column: string;
  /** Message key in the Search namespace naming the filter ("Languages"). */
  label: string;
};

/** Any of the chosen values (OR within the filter, AND across filters); a notice has one or several. */
export type ValuesFilter = Common & {
  kind: "values";
  values: readonly string[];
  /** The column holds one value (text), not a list (text[]). */
  single?: boolean;
  valueLabel: ValueLabel;
  /** A hint under the filter's legend (message key in Search). */
  hint?: string;
  /** The panel lists the values with results first, most results first (long lists). */
  byCount?: boolean;
  of(source: DocumentSource): string[];
};

/** One level chosen: notices needing that level or less ("some Finnish" includes "none"). */
export type LevelFilter = Common & {
  kind: "level";
  values: readonly string[];
  valueLabel: ValueLabel;
  /** Message key of the "any level" choice. */
  anyLabel: string;
  of(source: DocumentSource): string;
};

/** A yes/no filter: only notices with it. */
export type FlagFilter = Common & { kind: "flag"; of(source: DocumentSource): boolean };

const lower = (value: string) => value.toLowerCase();

export const FILTERS = {
  lang: {
    kind: "values", values: ACTIVITY_LANGUAGES, column: "languages", label: "languages", valueLabel: "language", hint: "languagesHint", byCount: true,
    of: (s) => [...new Set([...s.languages, ...s.supportLanguages])],
  },
  group: { kind: "values", values: TARGET_GROUPS, column: "target_groups", label: "groups", valueLabel: "Taxonomy.targetGroups", of: (s) => s.targetGroups },
  theme: { kind: "values", values: THEMES, column: "themes", label: "themes", valueLabel: "Taxonomy.themes", of: (s) => s.themes },
  form: { kind: "values", values: ACTIVITY_FORMS, column: "forms", label: "forms", valueLabel: "Taxonomy.forms", of: (s) => s.forms },
  mode: { kind: "values", values: MODES, column: "mode", single: true, label: "mode", valueLabel: "Search.modeValue", of: (s) => [lower(s.mode)] },
  day: {
    kind: "values", values: WEEKDAYS, column: "weekdays", label: "days", valueLabel: "weekday",
    of: (s) => [...new Set(s.slots.map((slot) => weekdaySlug(slot.weekday)).filter((d) => d !== undefined))],
  },
  time: {
    kind: "values", values: TIMES_OF_DAY, column: "times_of_day", label: "times", valueLabel: "Search.timeValue",
    of: (s) => [...new Set(s.slots.map((slot) => timeOfDay(slot.startMinute)))],
  },
  finnish: {
    kind: "level", values: FINNISH_LEVELS, column: "finnish_level", label: "finnish", valueLabel: "Search.finnishLevel", anyLabel: "finnishAny",
    of: (s) => lower(s.finnishLevel),
  },
  gender: { kind: "values", values: GENDER_SPACES, column: "gender_space", single: true, label: "gender", valueLabel: "Search.genderValue", of: (s) => [lower(s.genderSpace)] },
  free: { kind: "flag", column: "is_free", label: "free", of: (s) => s.isFree },
  referrals: { kind: "flag", column: "accepts_referrals", label: "referrals", of: (s) => s.acceptsReferrals },
  childcare: { kind: "flag", column: "childcare", label: "childcare", of: (s) => s.childcare },
} as const satisfies Record<string, ValuesFilter | LevelFilter | FlagFilter>;

type Filters = typeof FILTERS;
export type FilterName = keyof Filters;
export type ValuesName = { [K in FilterName]: Filters[K]["kind"] extends "values" ? K : never }[FilterName];
export type LevelName = { [K in FilterName]: Filters[K]["kind"] extends "level" ? K : never }[FilterName];
export type FlagName = { [K in FilterName]: Filters[K]["kind"] extends "flag" ? K : never }[FilterName];
/** Filters held as bit masks in the snapshot (values and levels). */
export type MaskName = ValuesName | LevelName;

/** The parsed form of the defined filters, as part of SearchQuery. */
export type FilterQuery = { [K in ValuesName]: Filters[K]["values"][number][] } & {
  [K in LevelName]: Filters[K]["values"][number] | undefined;
} & { [K in FlagName]: boolean };

const entries = Object.entries(FILTERS) as [FilterName, ValuesFilter | LevelFilter | FlagFilter][];
export const FILTER_NAMES = entries.map(([name]) => name);
export const VALUES_FILTERS = entries.filter((e): e is [ValuesName, ValuesFilter] => e[1].kind === "values");
export const LEVEL_FILTERS = entries.filter((e): e is [LevelName, LevelFilter] => e[1].kind === "level");
export const FLAG_FILTERS = entries.filter((e): e is [FlagName, FlagFilter] => e[1].kind === "flag");
export const MASK_FILTERS = entries.filter((e): e is [MaskName, ValuesFilter | LevelFilter] => e[1].kind !== "flag");

export function filterDefinition(name: FilterName): ValuesFilter | LevelFilter | FlagFilter {
  return FILTERS[name];
}

/** A level and every level below it (the values a level filter matches). */
export function levelsUpTo(filter: LevelFilter, level: string): string[] {
  const at = filter.values.indexOf(level);
  return at < 0 ? [] : filter.values.slice(0, at + 1);
}

/** The search_document columns of the defined filters with their SQL types. */
export function filterColumns(): { column: string; type: "text" | "text[]" | "boolean" }[] {
  return entries.map(([, f]) => ({
    column: f.column,
    type: f.kind === "flag" ? "boolean" : f.kind === "level" || f.single ? "text" : "text[]",
  }));
}

export type FilterFields = Record<string, string | string[] | boolean>;

/** A notice's values of every defined filter, by column (the document's filter fields). */
export function filterFields(source: DocumentSource): FilterFields {
  const fields: FilterFields = {};
  for (const [, f] of entries) {
    if (f.kind === "flag" || f.kind === "level") fields[f.column] = f.of(source);
    else fields[f.column] = f.single ? f.of(source)[0]! : f.of(source);
  }
  return fields;
}
