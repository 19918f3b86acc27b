// Pure helpers behind the organisers' language and municipality pickers (issue 12): which
// languages come first, and how typed text finds a language or a place. Shared by the server
// (which renders the lists) and the client components (which filter them as one types).
import { LOCALES } from "../i18n/locales";
import { ACTIVITY_LANGUAGES } from "./languages";

/**
 * The languages offered first: the twelve languages the service itself speaks, in the order of
 * ACTIVITY_LANGUAGES (Finnish, Swedish, English, then the languages most newcomers speak). The
 * other activity languages sit behind a filter box, so a first-time organiser sees 12 boxes, not 39.
 */
export const COMMON_LANGUAGES: readonly string[] = ACTIVITY_LANGUAGES.filter((code) => (LOCALES as readonly string[]).includes(code));

export type PickerOption = {
  value: string;
  label: string;
  /** Other names the option is found by: a language's own name and English name, a place's other official name. */
  aliases?: string[];
};

/** Case, accents and Arabic-script letter variants folded, so "aland", "Åland" and "ÅLAND" meet. */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[إأآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ك/g, "ک")
    .replace(/ي/g, "ی")
    .toLocaleLowerCase("en")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Options whose label or an alias matches what was typed: names that start with it first (in
 * their given order), then names with a word that starts with it, then names that contain it.
 * An empty query returns every option unchanged.
 */
export function filterOptions<T extends PickerOption>(options: readonly T[], query: string): T[] {
  const q = foldForMatch(query);
  if (!q) return [...options];
  const rank = (option: T): number => {
    let best = 3;
    for (const name of [option.label, ...(option.aliases ?? []), option.value]) {
      const folded = foldForMatch(name);
      if (folded.startsWith(q)) return 0;
      if (folded.split(/[\s\-–(),/]+/).some((word) => word.startsWith(q))) best = Math.min(best, 1);
      // One letter inside a word matches nearly everything: only from two letters on.
      else if (q.length > 1 && folded.includes(q)) best = Math.min(best, 2);
    }
    return best;
  };
  return options
    .map((option, index) => ({ option, index, rank: rank(option) }))
    .filter((entry) => entry.rank < 3)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.option);
}

/**
 * The language options in picker order: the common languages first, in COMMON_LANGUAGES order,
 * then the rest alphabetically in the reader's language.
 */
export function orderLanguageOptions<T extends PickerOption>(options: readonly T[], locale: string): { common: T[]; others: T[] } {
  const position = new Map(COMMON_LANGUAGES.map((code, i) => [code, i]));
  const common = options.filter((o) => position.has(o.value)).sort((a, b) => position.get(a.value)! - position.get(b.value)!);
  const others = options.filter((o) => !position.has(o.value)).sort((a, b) => a.label.localeCompare(b.label, locale));
  return { common, others };
}
