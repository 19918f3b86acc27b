import "server-only";
import { searchActivityIds } from "./index";
import type { SearchParamsInput } from "./query";

// Every notice a search finds, in the search's order, for the open-data API and the exports
// (lib/hsds). The public search with its first ALL_IDS_LIMIT notices as one page, so the
// results are what the search page shows for the same parameters. One search and no cards:
// paging through the search page's 20 at a time took 250 searches, and the cards' summaries
// 250 reads that an export never used (88-123 s at 100,000 notices, decision 019).

/** At most this many notices per export or API search. */
export const ALL_IDS_LIMIT = 5000;

export async function searchAllIds(input: SearchParamsInput, locale: string): Promise<{ ids: string[]; total: number; truncated: boolean }> {
  const params = new URLSearchParams(input instanceof URLSearchParams ? input : Object.entries(input).flatMap(([k, v]) => [v ?? []].flat().map((x) => [k, x] as [string, string])));
  params.set("page", "1");
  const { ids, total } = await searchActivityIds(params, locale, ALL_IDS_LIMIT);
  return { ids, total, truncated: total > ALL_IDS_LIMIT };
}
