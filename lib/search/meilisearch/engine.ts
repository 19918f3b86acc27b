import type { Meilisearch } from "meilisearch";
import { emptyFacets, type EngineQuery, type EngineResult, type FacetDimension, type SearchEngine } from "../engine";
import { FILTER_NAMES, FILTERS, FLAG_FILTERS, LEVEL_FILTERS, levelsUpTo, VALUES_FILTERS } from "../dimensions";
import { ROOM_FRESH_MS } from "../snapshot";
import { indexName, meilisearchClient } from "./client";

// Meilisearch behind the same contract as the postgres engine. Disjunctive facets take one
// multi-search request: the results with every filter, plus, for each active filter, its
// dimension's counts with that one filter left out.

const quote = (value: string) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
const anyOf = (attribute: string, values: readonly string[]) => `${attribute} IN [${values.map(quote).join(", ")}]`;

const FACET_ATTRIBUTE: Partial<Record<FacetDimension, string>> = {
  municipality: "municipalities",
  region: "regions",
  ...Object.fromEntries(FILTER_NAMES.map((name) => [name, FILTERS[name].column])),
};

function filters(query: EngineQuery, now: number): { always: string[]; byDimension: [FacetDimension, string][] } {
  const always = [`valid_until > ${now}`];
  if (query.age !== undefined) always.push(`age_min <= ${query.age}`, `age_max >= ${query.age}`);
  const byDimension: [FacetDimension, string][] = [];
  if (query.municipality.length || query.region.length) {
    const parts = [];
    if (query.municipality.length) parts.push(anyOf("municipalities", query.municipality));
    if (query.region.length) parts.push(anyOf("regions", query.region));
    if (query.nationwide) parts.push("nationwide = true");
    byDimension.push(["municipality", `(${parts.join(" OR ")})`]);
  }
  for (const [name, f] of VALUES_FILTERS) if (query[name].length) byDimension.push([name, anyOf(f.column, query[name])]);
  for (const [name, f] of LEVEL_FILTERS) {
    const level = query[name];
    if (level) byDimension.push([name, anyOf(f.column, levelsUpTo(f, level))]);
  }
  for (const [name, f] of FLAG_FILTERS) if (query[name]) byDimension.push([name, `${f.column} = true`]);
  if (query.room) byDimension.push(["room", roomFilter(now)]);
  return { always, byDimension };
}

/** "Has room" depends on the time, so it is a filter on the status's date, not a facet value. */
const roomFilter = (now: number) => `(capacity_status = "ROOM" AND capacity_set_at > ${now - ROOM_FRESH_MS})`;

export function createMeilisearchEngine(client: Meilisearch = meilisearchClient(), index = indexName()): SearchEngine {
  return {
    name: "meilisearch",
    async ping() {
      return client.isHealthy();
    },
    async search(query: EngineQuery): Promise<EngineResult> {
      const now = Date.now();
      const { always, byDimension } = filters(query, now);
      const all = [...always, ...byDimension.map(([, f]) => f)];
      const sort =
        query.sort === "confirmed" ? ["last_confirmed_at:desc"] : query.sort === "newest" || !query.q ? ["published_at:desc"] : undefined;
      const facetNames = Object.values(FACET_ATTRIBUTE);
      const active = byDimension.map(([d]) => d);
      const response = await client.multiSearch({
        queries: [
          {
            indexUid: index,
            q: query.q,
            filter: all,
            sort,
            facets: [...facetNames.filter((name) => !active.some((d) => FACET_ATTRIBUTE[d] === name)), "nationwide"],
            matchingStrategy: "frequency",
            hitsPerPage: query.pageSize,
            page: query.page,
            attributesToRetrieve: ["id"],
          },
          ...byDimension.map(([dimension]) => ({
            indexUid: index,
            q: query.q,
            filter: [...always, ...byDimension.filter(([d]) => d !== dimension).map(([, f]) => f)],
            facets: [...(FACET_ATTRIBUTE[dimension] ? [FACET_ATTRIBUTE[dimension]] : []), ...(dimension === "municipality" ? ["regions", "nationwide"] : [])],
            matchingStrategy: "frequency" as const,
            hitsPerPage: 0,
          })),
          // The "has room" count when that filter is not chosen: every filter plus it.
          ...(query.room ? [] : [{ indexUid: index, q: query.q, filter: [...all, roomFilter(now)], matchingStrategy: "frequency" as const, hitsPerPage: 0 }]),
        ],
      });
      const [main, ...rest] = response.results;
      const others = rest.slice(0, byDimension.length);
      const roomCount = query.room ? (main?.totalHits ?? 0) : (rest[byDimension.length]?.totalHits ?? 0);
      const facets = emptyFacets();
      const attributeToDimension = new Map(Object.entries(FACET_ATTRIBUTE).map(([d, a]) => [a, d as FacetDimension]));
      const take = (distribution: Record<string, Record<string, number>> | undefined) => {
        for (const [attribute, values] of Object.entries(distribution ?? {})) {
          const dimension = attributeToDimension.get(attribute);
          if (!dimension) continue;
          for (const [value, n] of Object.entries(values)) {
            if (FLAG_FILTERS.some(([name]) => name === dimension)) {
              if (value === "true") facets[dimension].true = n;
            } else facets[dimension][value] = n;
          }
        }
      };
      take(main?.facetDistribution);
      if (roomCount > 0) facets.room.true = roomCount;
      const withoutFilter: EngineResult["withoutFilter"] = {};
      others.forEach((result, i) => {
        take(result.facetDistribution);
        withoutFilter[byDimension[i]![0]] = result.totalHits ?? 0;
      });
      // Nationwide online notices are part of every place's results, so of its count too
      // (as in the postgres engine): from the same request that counted the places.
      const places = [main, ...others].find((result) => result?.facetDistribution?.municipalities);
      const nationwide = query.nationwide ? (places?.facetDistribution?.nationwide?.true ?? 0) : 0;
      if (nationwide) {
        for (const dimension of ["municipality", "region"] as const) {
          for (const value of Object.keys(facets[dimension])) facets[dimension][value]! += nationwide;
        }
      }
      return {
        total: main?.totalHits ?? 0,
        ids: (main?.hits ?? []).map((hit) => String(hit.id)),
        facets,
        withoutFilter,
        unmatched: [],
      };
    },
  };
}
