import { THESAURUS, type Concept } from "../../reference/thesaurus";
import { isUnspaced, words } from "./fold";

// The field's thesaurus (lib/reference/thesaurus.ts) as search uses it. A word that names a
// concept in any language ("maahanmuuttajat", "invandrare", "immigrants") matches every
// notice whose text names the same concept in any language: documents carry a lexeme
// `§<concept id>` for each concept found in their text, and a query word that names a concept
// looks that lexeme up. Matching a term: the same word, or, for terms of four letters or
// more, a word that starts with it (inflected forms and compounds that begin with it); long
// Finnish and Estonian terms also by their first letters without the last three (eläkeläinen →
// eläkeläisten), Russian and Ukrainian ones without the last letter (сказка → сказки), and a
// Chinese word by a term it begins (咖啡 → 咖啡馆).

export const CONCEPT_PREFIX = "§";
const MIN_PREFIX = 4;

type Phrase = { words: string[]; concept: Concept; locale: string };
let index: { single: Map<string, Concept[]>; phrases: Map<string, Phrase[]>; byId: Map<string, Concept> } | undefined;

function conceptIndex() {
  if (!index) {
    const single = new Map<string, Concept[]>();
    const phrases = new Map<string, Phrase[]>();
    for (const concept of THESAURUS) {
      for (const [locale, list] of Object.entries(concept.terms)) {
        for (const term of list ?? []) {
          const parts = words(term);
          if (parts.length === 0) continue;
          if (parts.length === 1) {
            const term = parts[0]!;
            const chars = [...term];
            // Chinese: every beginning of two characters or more; elsewhere the term and its stem.
            const keys = isUnspaced(term) ? chars.slice(1).map((_, i) => chars.slice(0, i + 2).join("")) : termKeys(term, locale);
            for (const key of keys) {
              const at = single.get(key) ?? [];
              if (!at.includes(concept)) at.push(concept);
              single.set(key, at);
            }
          } else {
            const at = phrases.get(parts[0]!) ?? [];
            at.push({ words: parts, concept, locale });
            phrases.set(parts[0]!, at);
          }
        }
      }
    }
    index = { single, phrases, byId: new Map(THESAURUS.map((c) => [c.id, c])) };
  }
  return index;
}

/** The beginnings of a term that a word may start with to match it (see the comment above). */
function termKeys(term: string, locale: string): string[] {
  const keys = [term];
  const length = [...term].length;
  if ((locale === "fi" || locale === "et") && /^[a-z]+$/.test(term) && length >= 8) keys.push(term.slice(0, length - 3));
  else if ((locale === "ru" || locale === "uk") && /^\p{Script=Cyrillic}+$/u.test(term) && length >= 5) keys.push(term.slice(0, length - 1));
  return keys;
}

/** Does `word` (folded) match the thesaurus term `term` (folded, in `locale`)? */
function matchesTerm(word: string, term: string, locale: string): boolean {
  if (word === term) return true;
  if (isUnspaced(word)) return [...word].length >= 2 && term.startsWith(word);
  return termKeys(term, locale).some((key) => key.length >= MIN_PREFIX && word.startsWith(key));
}

/** The single-word concepts a folded word names. */
function conceptsOfWord(word: string): Concept[] {
  const { single } = conceptIndex();
  const found: Concept[] = [];
  const exact = single.get(word);
  if (exact) found.push(...exact);
  for (let k = MIN_PREFIX; k < word.length; k++) {
    const hit = single.get(word.slice(0, k));
    if (hit) for (const c of hit) if (!found.includes(c)) found.push(c);
  }
  return found;
}

/**
 * For each position of a word list, the concepts that start there, and how many words they
 * take (1 for a single word, more for a phrase such as "maahan muuttaneet").
 */
export function findConcepts(list: string[]): { at: number; length: number; concept: Concept }[] {
  const { phrases } = conceptIndex();
  const out: { at: number; length: number; concept: Concept }[] = [];
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    for (const concept of conceptsOfWord(word)) out.push({ at: i, length: 1, concept });
    for (const phrase of phrases.get(word) ?? []) {
      const n = phrase.words.length;
      if (i + n > list.length) continue;
      let ok = true;
      for (let j = 1; j < n && ok; j++) ok = matchesTerm(list[i + j]!, phrase.words[j]!, phrase.locale);
      if (ok) out.push({ at: i, length: n, concept: phrase.concept });
    }
  }
  return out;
}

export function conceptLexeme(concept: Concept): string {
  return CONCEPT_PREFIX + concept.id;
}

export function conceptById(id: string): Concept | undefined {
  return conceptIndex().byId.get(id);
}
