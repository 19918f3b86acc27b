import type { SearchIdsOptions } from "../../lib/search/service";
import { searchIds } from "../../lib/search/service";
import type { Judgement } from "./judgements";

// Runs the judged queries (tests/relevance/judgements.ts) through the search and computes the
// figures `npm run bench:relevance` prints and tests/integration/search-relevance.test.ts
// holds a floor for: recall@5 and @20 (the share of the expected notices in the first 5 or
// 20), mean reciprocal rank of the first expected notice, and the share of queries with no
// results at all.

export type QueryOutcome = { judgement: Judgement; ids: string[]; total: number; recall5: number; recall20: number; rr: number };
export type Figures = { queries: number; recall5: number; recall20: number; mrr: number; zero: number };

export async function runJudgements(judgements: readonly Judgement[], options: SearchIdsOptions): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = [];
  for (const judgement of judgements) {
    const outcome = await searchIds({ ...judgement.params, q: judgement.q }, judgement.locale, options);
    const ids = outcome.ids;
    const found = (n: number) => judgement.expect.filter((id) => ids.slice(0, n).includes(id)).length / judgement.expect.length;
    const first = ids.findIndex((id) => judgement.expect.includes(id));
    outcomes.push({ judgement, ids, total: outcome.total, recall5: found(5), recall20: found(20), rr: first < 0 ? 0 : 1 / (first + 1) });
  }
  return outcomes;
}

export function figures(outcomes: QueryOutcome[]): Figures {
  const n = outcomes.length || 1;
  const sum = (f: (o: QueryOutcome) => number) => outcomes.reduce((s, o) => s + f(o), 0) / n;
  return {
    queries: outcomes.length,
    recall5: sum((o) => o.recall5),
    recall20: sum((o) => o.recall20),
    mrr: sum((o) => o.rr),
    zero: sum((o) => (o.total === 0 ? 1 : 0)),
  };
}

/** Figures per value of a key (category, language). */
export function figuresBy(outcomes: QueryOutcome[], key: (o: QueryOutcome) => string): [string, Figures][] {
  const groups = new Map<string, QueryOutcome[]>();
  for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, figures(list)]);
}
