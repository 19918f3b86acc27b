import { findConcepts } from "./concepts";
import { words } from "./fold";
import { matchLanguages } from "./languages";
import { isStopword } from "./stopwords";
import type { Concept } from "../../reference/thesaurus";

// What each word of a search means besides its letters: the thesaurus concepts it (alone or
// with its neighbours) names, and the activity languages it names.

/** At most this many words of a search are used; the page says so when there are more. */
export const MAX_SEARCH_WORDS = 10;

/** A word of a search: what it names besides its letters, and whether it is a function word (lib/search/text/stopwords.ts). */
export type QueryWord = { word: string; concepts: Concept[]; languages: string[]; stop: boolean };

export function queryWords(text: string, locale = "und"): { words: QueryWord[]; truncated: boolean } {
  const all = [...new Set(words(text, locale))];
  const list = all.slice(0, MAX_SEARCH_WORDS);
  const concepts = findConcepts(list);
  return {
    truncated: all.length > list.length,
    words: list.map((word, i) => ({
      word,
      concepts: concepts.filter((c) => c.at <= i && i < c.at + c.length).map((c) => c.concept),
      languages: word.length >= 2 ? matchLanguages(word) : [],
      stop: isStopword(word) && !concepts.some((c) => c.at <= i && i < c.at + c.length),
    })),
  };
}
