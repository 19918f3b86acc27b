import { parseSearchQuery, toSearchParams, type SearchParamsInput, type SearchQuery } from "../search/query";

// An alert stores the search's URL parameters only, in their canonical form (the search's own
// parser and printer), without page and sort, which do not change what matches.

export function normaliseAlertQuery(input: SearchParamsInput): string {
  const query = parseSearchQuery(input);
  return toSearchParams({ ...query, page: 1, sort: query.q ? "relevance" : "newest" }).toString();
}

export function alertSearchQuery(stored: string): SearchQuery {
  return parseSearchQuery(new URLSearchParams(stored));
}
