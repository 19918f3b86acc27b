import { conceptLexeme, findConcepts } from "./concepts";
import { bigrams, isUnspaced, words } from "./fold";

// The terms of a search document (lib/search/document.ts): every word of every language
// version, folded (lib/search/text/fold.ts), plus what a reader may type instead:
// - Arabic words also without the article or a clinging preposition (الفنلندية → فنلنديه);
// - runs of Chinese characters also as overlapping pairs, so words inside a run are found;
// - coordinated compounds completed ("arabian-, somalin- ja darinkielisille" also gives
//   "arabiankielisille" and "somalinkielisille");
// - a `§concept` lexeme for every thesaurus concept the text names (lib/search/text/concepts.ts).
// The query side (lib/search/text/expand.ts) matches forms against these terms.

const ARABIC_CLITICS = /^(?:وال|بال|كال|فال|لل|ال)(?=\p{Script=Arabic}{2,})/u;

/** The terms one folded word stands for in a document. */
export function wordTerms(word: string): string[] {
  const out = [word];
  const stripped = word.replace(ARABIC_CLITICS, "");
  if (stripped !== word) out.push(stripped);
  if (isUnspaced(word) && [...word].length > 2) out.push(...bigrams(word));
  return out;
}

/** A word written with a hyphen and no tail ("arabian-") shares the tail of the last compound of its list. */
const COORDINATED = /([\p{L}]{2,})-(?=\s*(?:,|\s))/gu;

function coordinatedCompounds(text: string): string[] {
  const out: string[] = [];
  if (!text.includes("-")) return out;
  for (const match of text.matchAll(COORDINATED)) {
    const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 120);
    // The first word after the list that is not itself a hyphenated head: the full compound.
    const last = rest.match(/(?:^|\s)([\p{L}]{5,})(?![\p{L}-])/u)?.[1];
    if (!last) continue;
    const head = words(match[1]!)[0];
    const full = words(last)[0];
    if (!head || !full) continue;
    // The tail starts after the last compound's own head: try each split that leaves a tail of
    // four letters or more; the wrong splits give terms nobody types, which match nothing.
    for (let cut = 3; cut <= full.length - 4 && cut <= 12; cut++) out.push(head + full.slice(cut));
  }
  return out;
}

export type TextField = { text: string; locale: string };

/** The terms of some fields, with the concepts they name. */
export function fieldTerms(fields: TextField[]): Set<string> {
  const terms = new Set<string>();
  for (const { text, locale } of fields) {
    if (!text) continue;
    const list = words(text, locale);
    for (const word of list) for (const term of wordTerms(word)) terms.add(term);
    for (const extra of coordinatedCompounds(text)) terms.add(extra);
    for (const { concept } of findConcepts(list)) terms.add(conceptLexeme(concept));
  }
  return terms;
}
