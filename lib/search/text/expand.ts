import { isUnspaced } from "./fold";
import { editDistance, type Vocabulary } from "./vocabulary";

// The forms of one search word that documents may contain, graded by how exact the match is
// (docs/decisions/009-search-relevance.md). Grades multiply the word's weight in ranking:
// exact 1, a longer word that starts with it (inflected, or a compound that begins with it)
// 0.85, the same stem with another ending or consonant gradation 0.7, a compound that contains
// it 0.6, one typo 0.5, two typos 0.35. A word that is in no document is most likely
// mistyped: its one-typo forms then rank above forms that only share its stem (0.75). Typos count as Meilisearch counts them: one edit
// (insertion, deletion, substitution or swap of neighbours) from 5 letters, two from 9.

export const GRADE = {
  exact: 1,
  prefix: 0.85,
  /** The same idea in other words or languages (the thesaurus): below the word's own forms. */
  concept: 0.8,
  /** A word written in that language (its text), or run or supported in it. */
  languageText: 0.8,
  language: 0.7,
  inflected: 0.7,
  label: 0.6,
  part: 0.6,
  typo1: 0.5,
  typoOfUnknown: 0.75,
  typo2: 0.35,
} as const;

export type Bucket = { readonly grade: number; readonly terms: readonly string[] };

const LIMIT = 300;

/**
 * How much of a word is its stem: all of a word of up to four letters, all but the last one
 * of a word of up to seven (kahvila → kahvil, not kahvi; ryhmän → ryhmä), all but the last
 * three beyond (kotoutumista → kotoutumi, which also starts kotoutuminen). Irregular forms
 * (naiset / naisille, lapsi / lasten) meet through the thesaurus.
 */
export function stemLength(length: number): number {
  if (length <= 4) return length;
  if (length <= 7) return Math.max(4, length - 1);
  return length - 3;
}

// Finnish consonant gradation at the end of a stem: strong and weak grades of the same word
// (äiti / äidin, lahti / lahden, kauppa / kaupan, Helsinki / Helsingin).
const GRADATION: [RegExp, string][] = [
  [/kk$/, "k"], [/pp$/, "p"], [/tt$/, "t"], [/nk$/, "ng"], [/ng$/, "nk"], [/mp$/, "mm"], [/mm$/, "mp"],
  [/nt$/, "nn"], [/nn$/, "nt"], [/lt$/, "ll"], [/ll$/, "lt"], [/rt$/, "rr"], [/rr$/, "rt"],
  [/([aeiouy])t$/, "$1d"], [/([aeiouy])d$/, "$1t"], [/([aeiouy])p$/, "$1v"], [/([aeiouy])v$/, "$1p"],
  [/([aeiouy])k$/, "$1kk"], [/([aeiouy])p$/, "$1pp"], [/([aeiouy])t$/, "$1tt"],
];

/** The stem with its last consonant cluster in the other grade ("äidi" → "äiti"). */
export function gradationVariants(stem: string): string[] {
  if (!/^[a-z]+$/.test(stem)) return [];
  const match = stem.match(/^(.*?[^aeiouy]+)([aeiouy]*)$/);
  if (!match) return [];
  const [, head, vowels] = match;
  const out = new Set<string>();
  for (const [pattern, replacement] of GRADATION) {
    if (pattern.test(head!)) out.add(head!.replace(pattern, replacement) + vowels);
  }
  out.delete(stem);
  return [...out].filter((s) => s.length >= 3);
}

/**
 * Base-form beginnings of Finnish words whose stem changes before the ending:
 * koulutukseen, kysymyksiä → koulutus, kysymys; naisen → nainen.
 */
export function finnishBases(word: string): string[] {
  const out: string[] = [];
  const ks = word.match(/^(.{3,}[aeiouy])ks[ei]/);
  if (ks) out.push(`${ks[1]}s`);
  const nen = word.match(/^(.{2,}[aeiouy])(?:se|si)(?:n|ssa|sta|lla|lle|lta|na|ksi|a|t|en|lle|ssa|lla)$/);
  if (nen) out.push(`${nen[1]}nen`);
  return out.filter((base) => base.length >= 5);
}

function typoLimit(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** Terms one edit away and two edits away (two only when `max` is 2). */
function typos(word: string, all: string[], max: number): [string[], string[]] {
  const one: string[] = [];
  const two: string[] = [];
  if (max === 0) return [one, two];
  const first = word[0];
  const second = word[1];
  for (const term of all) {
    if (Math.abs(term.length - word.length) > max || term === word) continue;
    // A typo rarely hits both of the first two letters: checking them first keeps this fast.
    if (term[0] !== first && term[1] !== second && term[0] !== second) continue;
    const d = editDistance(word, term, max);
    if (d === 1) one.push(term);
    else if (d === 2 && max >= 2) two.push(term);
  }
  return [one, two];
}

/**
 * The graded forms of a folded search word in the vocabulary: a new list each call (callers add
 * to it), of buckets shared between calls (read only). The same word is worked out once while
 * the vocabulary is unchanged; case workers type the same words all day.
 */
export function expandWord(word: string, vocabulary: Vocabulary): Bucket[] {
  return [...vocabulary.derive(`expand:${word}`, () => expandUncached(word, vocabulary))];
}

function expandUncached(word: string, vocabulary: Vocabulary): readonly Bucket[] {
  const seen = new Set<string>();
  const take = (terms: string[]) => {
    const out: string[] = [];
    for (const term of terms) {
      if (seen.has(term) || term.startsWith("§")) continue;
      seen.add(term);
      out.push(term);
    }
    return out;
  };
  const buckets: Bucket[] = [];
  const push = (grade: number, terms: string[]) => {
    const fresh = take(terms);
    if (fresh.length) buckets.push({ grade, terms: fresh });
  };
  push(GRADE.exact, vocabulary.has(word) ? [word] : []);
  const length = [...word].length;
  const unspaced = isUnspaced(word);
  if (/^\d+$/.test(word)) return buckets; // numbers match as they are
  if (unspaced) {
    push(GRADE.prefix, vocabulary.withPrefix(word, LIMIT));
    push(GRADE.part, vocabulary.terms().filter((t) => t.indexOf(word, 1) > 0).slice(0, LIMIT));
    return buckets;
  }
  if (length < 3) return buckets;
  push(GRADE.prefix, vocabulary.withPrefix(word, LIMIT));
  const all = vocabulary.terms();
  const [one, two] = typos(word, all, typoLimit(length));
  const known = vocabulary.has(word);
  if (!known) push(GRADE.typoOfUnknown, one);
  const stem = word.slice(0, stemLength(length));
  if (length >= 5) {
    const stems = [stem, ...gradationVariants(stem), ...finnishBases(word)];
    push(GRADE.inflected, stems.flatMap((s) => vocabulary.withPrefix(s, LIMIT)));
  }
  // Inside compounds from five letters: shorter pieces are inside too many unrelated words
  // (äiti in "waiting").
  if (stem.length >= 5) {
    const parts: string[] = [];
    for (const term of all) {
      if (term.length > stem.length && term.indexOf(stem, 1) > 0) {
        parts.push(term);
        if (parts.length >= LIMIT) break;
      }
    }
    push(GRADE.part, parts);
  }
  if (known) push(GRADE.typo1, one);
  push(GRADE.typo2, two);
  return buckets;
}
