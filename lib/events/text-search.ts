import { fieldTerms } from "../search/text/analyze";
import { conceptLexeme } from "../search/text/concepts";
import { expandWord } from "../search/text/expand";
import { queryWords } from "../search/text/query-words";
import { Vocabulary } from "../search/text/vocabulary";

// Text search over events with the activity search's word analysis (lib/search/text): the same
// folding, word splitting, compounds, stems with consonant gradation, thesaurus concepts across
// languages and typo distances. Events are few (hundreds, not tens of thousands), so the terms are
// built in memory per search from the candidate events, not kept in an index
// (docs/decisions/013-events.md).

export type SearchableEvent = {
  id: string;
  /** Title first: words found there weigh more. */
  title: { text: string; locale: string }[];
  rest: { text: string; locale: string }[];
};

export type TextMatch = { id: string; score: number; matched: number };

/**
 * The events that contain at least one word of the query, best first: how many of the words
 * each contains (rarer words weigh more), how exact the form is, title before the rest. Also
 * the words no event contains, for the page to name.
 */
export function matchEventText(events: SearchableEvent[], query: string, locale: string): { matches: TextMatch[]; unmatched: string[] } {
  const { words } = queryWords(query, locale);
  const used = words.filter((w) => !w.stop);
  if (used.length === 0) return { matches: events.map((e) => ({ id: e.id, score: 0, matched: 0 })), unmatched: [] };
  const docs = events.map((e) => ({ id: e.id, title: fieldTerms(e.title), rest: fieldTerms(e.rest) }));
  const vocabulary = new Vocabulary();
  for (const d of docs) {
    vocabulary.add(d.title);
    vocabulary.add(d.rest);
  }
  const scores = new Map<string, { score: number; matched: number }>();
  const unmatched: string[] = [];
  for (const w of used) {
    const buckets = expandWord(w.word, vocabulary);
    const concepts = w.concepts.map(conceptLexeme);
    const hits = new Map<string, number>();
    for (const d of docs) {
      let best = 0;
      for (const bucket of buckets) {
        if (bucket.grade <= best) continue;
        for (const term of bucket.terms) {
          if (d.title.has(term)) best = Math.max(best, bucket.grade * 1.5);
          else if (d.rest.has(term)) best = Math.max(best, bucket.grade);
          if (best >= bucket.grade * 1.5) break;
        }
      }
      for (const lexeme of concepts) {
        if (d.title.has(lexeme)) best = Math.max(best, 0.8 * 1.5);
        else if (d.rest.has(lexeme)) best = Math.max(best, 0.8);
      }
      if (best > 0) hits.set(d.id, best);
    }
    if (hits.size === 0) {
      unmatched.push(w.word);
      continue;
    }
    // A word few events contain tells more than one most contain.
    const rarity = Math.log(1 + docs.length / hits.size);
    for (const [id, grade] of hits) {
      const s = scores.get(id) ?? { score: 0, matched: 0 };
      s.score += grade * rarity;
      s.matched += 1;
      scores.set(id, s);
    }
  }
  const matches = [...scores.entries()].map(([id, s]) => ({ id, ...s })).sort((a, b) => b.matched - a.matched || b.score - a.score);
  return { matches, unmatched };
}
