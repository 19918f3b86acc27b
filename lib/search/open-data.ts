import "server-only";
import { searchActivities } from "./index";
import type { SearchParamsInput } from "./query";

// Every notice a search finds, in the search's order, for the open-data API and the exports
// (lib/hsds). It pages through the public search (searchActivities) rather than reaching into
// the engines, so the results are exactly what the search page shows for the same parameters.

/** At most this many notices per export or API search (a page of the search is 20). */
export const ALL_IDS_LIMIT = 5000;

export async function searchAllIds(input: SearchParamsInput, locale: string): Promise<{ ids: string[]; total: number; truncated: boolean }> {
  const params = new URLSearchParams(input instanceof URLSearchParams ? input : Object.entries(input).flatMap(([k, v]) => [v ?? []].flat().map((x) => [k, x] as [string, string])));
  const ids: string[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    params.set("page", String(page));
    const response = await searchActivities(params, locale);
    total = response.total;
    for (const item of response.items) ids.push(item.id);
    if (response.items.length === 0 || page * response.pageSize >= total || ids.length >= ALL_IDS_LIMIT) break;
  }
  return { ids: [...new Set(ids)].slice(0, ALL_IDS_LIMIT), total, truncated: total > ALL_IDS_LIMIT };
}
