// PostgreSQL text-search configuration per content language: stemming where PostgreSQL has a
// Snowball stemmer, `simple` (lower-casing only) elsewhere.
const CONFIGS: Record<string, string> = {
  fi: "finnish",
  sv: "swedish",
  en: "english",
  ru: "russian",
  ar: "arabic",
  de: "german",
  fr: "french",
  es: "spanish",
  pt: "portuguese",
  tr: "turkish",
  ro: "romanian",
  ne: "nepali",
  hi: "hindi",
  et: "estonian",
  uk: "simple",
};

/** The configurations a query is expanded into when its language is unknown. */
export const QUERY_CONFIGS = ["finnish", "swedish", "english", "russian", "simple"] as const;

export function textSearchConfig(language: string): string {
  return CONFIGS[language] ?? "simple";
}
