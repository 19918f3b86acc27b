import type { MunicipalityRef, RegionRef } from "../reference/municipalities";
import type { EngineQuery, EngineResult, SearchEngine } from "./engine";
import { PAGE_SIZE, parseSearchQuery, type SearchParamsInput, type SearchQuery } from "./query";
import { foldText, words } from "./text/fold";
import { createPlaceMatcher, type PlaceKind } from "./text/places";
import { MAX_SEARCH_WORDS } from "./text/query-words";

// The search itself, without the page's data: URL parameters in, notice ids and counts out.
// lib/search/index.ts adds the notices' summaries; benchmarks and tests call this directly.

export type ReferenceData = { municipalities: Map<string, MunicipalityRef>; regions: Map<string, RegionRef> };

export type SearchOutcome = {
  query: SearchQuery;
  total: number;
  page: number;
  pageSize: number;
  ids: string[];
  facets: EngineResult["facets"];
  /** Result counts without each active filter ("q" = without the search words), for the no-results advice. */
  withoutFilter: EngineResult["withoutFilter"];
  /** Values in the request that were not understood and were left out (shown as a note). */
  ignored: { municipality: string[] };
  engine: SearchEngine["name"];
  /** Search words no notice contains in any form. */
  unmatched: string[];
  /** The search had more words than are used; the first ones were used. */
  truncated: boolean;
  /**
   * Places named in the search text ("kielikahvila turku"): the results are narrowed to them,
   * `textWithout` is the search text without them, and `allFinland` how many results that gives.
   * `fallback`: nothing matched in the place, so the results are from all of Finland.
   */
  places?: { list: { kind: PlaceKind; code: string }[]; textWithout: string; allFinland: number; fallback: boolean };
};

/**
 * The search service: the configured engine, with PostgreSQL answering whenever the
 * external engine fails (a warning is logged and /api/health reports "degraded").
 */
export function createSearchService(primary: SearchEngine, fallback: SearchEngine) {
  let lastFallback: { at: Date; reason: string } | undefined;
  async function run(query: EngineQuery): Promise<{ result: EngineResult; engine: SearchEngine["name"] }> {
    if (primary === fallback) return { result: await primary.search(query), engine: primary.name };
    try {
      const result = await primary.search(query);
      lastFallback = undefined;
      return { result, engine: primary.name };
    } catch (error) {
      lastFallback = { at: new Date(), reason: error instanceof Error ? error.name : "error" };
      console.warn(`search: ${primary.name} failed (${lastFallback.reason}); answering from ${fallback.name}`);
      return { result: await fallback.search(query), engine: fallback.name };
    }
  }
  async function health(): Promise<{ engine: string; status: "up" | "degraded"; fallback?: string }> {
    if (primary === fallback) return { engine: primary.name, status: "up" };
    const up = await primary.ping().catch(() => false);
    return up && !lastFallback ? { engine: primary.name, status: "up" } : { engine: primary.name, status: "degraded", fallback: fallback.name };
  }
  return { run, health };
}

export type SearchService = ReturnType<typeof createSearchService>;

function fold(text: string): string {
  return foldText(text).trim();
}

// Municipalities by Finnish or Swedish name, folded: built once per reference data, like the
// place matcher below (folding 618 names on every search was a measurable part of its time:
// docs/decisions/019, ninth pass).
const municipalityNames = new WeakMap<ReferenceData, Map<string, string>>();
function getMunicipalityByName(reference: ReferenceData): Map<string, string> {
  let byName = municipalityNames.get(reference);
  if (!byName) {
    byName = new Map();
    for (const m of reference.municipalities.values()) {
      byName.set(fold(m.nameFi), m.code);
      byName.set(fold(m.nameSv), m.code);
    }
    municipalityNames.set(reference, byName);
  }
  return byName;
}

const placeMatchers = new WeakMap<ReferenceData, ReturnType<typeof createPlaceMatcher>>();
function getPlaceMatcher(reference: ReferenceData) {
  let placeMatcher = placeMatchers.get(reference);
  if (!placeMatcher) {
    const { municipalities, regions } = reference;
    placeMatcher = createPlaceMatcher([
      ...[...municipalities.values()].map((m) => ({ kind: "municipality" as const, code: m.code, nameFi: m.nameFi, nameSv: m.nameSv })),
      ...[...regions.values()].map((r) => ({ kind: "region" as const, code: r.code, nameFi: r.nameFi, nameSv: r.nameSv })),
    ]);
    placeMatchers.set(reference, placeMatcher);
  }
  return placeMatcher;
}

/** The text with the word-like pieces at the given word positions removed ("kielikahvila Turku" → "kielikahvila"). */
function withoutWords(text: string, positions: Set<number>): string {
  let index = 0;
  let out = "";
  for (const part of new Intl.Segmenter("und", { granularity: "word" }).segment(text)) {
    if (!part.isWordLike) {
      out += part.segment;
      continue;
    }
    const pieces = words(part.segment).length;
    let drop = false;
    for (let k = 0; k < pieces; k++) if (positions.has(index + k)) drop = true;
    index += pieces;
    if (!drop) out += part.segment;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** Folded words as the person typed them ("paiva" → "päivä"). */
function asTyped(folded: string[], text: string): string[] {
  if (folded.length === 0) return [];
  const wanted = new Set(folded);
  const out = new Set<string>();
  for (const part of new Intl.Segmenter("und", { granularity: "word" }).segment(text)) {
    if (part.isWordLike && words(part.segment).some((w) => wanted.has(w))) out.add(part.segment);
  }
  return out.size ? [...out] : folded;
}

export type SearchIdsOptions = {
  service: SearchService;
  reference: ReferenceData;
  /** Notices per page: the search page's 20 unless said (the exports take all in one page). */
  pageSize?: number;
};

export async function searchIds(input: SearchParamsInput, locale: string, options: SearchIdsOptions): Promise<SearchOutcome> {
  const runSearch = options.service.run;
  const parsed = parseSearchQuery(input);
  const { municipalities, regions } = options.reference;
  // Municipalities by code ("091") or by Finnish or Swedish name ("Helsinki", "Helsingfors").
  const codes: string[] = [];
  const ignored: string[] = [];
  for (const value of parsed.municipality) {
    const code = municipalities.has(value) ? value : getMunicipalityByName(options.reference).get(fold(value));
    if (code) codes.push(code);
    else ignored.push(value.slice(0, 60));
  }
  const query: SearchQuery = {
    ...parsed,
    municipality: [...new Set(codes)],
    region: parsed.region.filter((code) => regions.has(code)),
  };
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const engineQuery: EngineQuery = { ...query, pageSize, locale };

  // A place named in the text narrows the search to it, unless a place is chosen already.
  let places: SearchOutcome["places"];
  if (query.q && query.municipality.length === 0 && query.region.length === 0) {
    const found = getPlaceMatcher(options.reference)(words(query.q, locale));
    if (found.length) {
      const positions = new Set(found.flatMap((p) => Array.from({ length: p.length }, (_, k) => p.at + k)));
      const textWithout = withoutWords(query.q, positions);
      const narrowed: EngineQuery = {
        ...engineQuery,
        q: textWithout,
        municipality: found.filter((p) => p.kind === "municipality").map((p) => p.code),
        region: found.filter((p) => p.kind === "region").map((p) => p.code),
        sort: !textWithout && engineQuery.sort === "relevance" ? "newest" : engineQuery.sort,
      };
      const everywhere = await runSearch({ ...narrowed, municipality: [], region: [], page: 1 });
      places = { list: found.map(({ kind, code }) => ({ kind, code })), textWithout, allFinland: everywhere.result.total, fallback: false };
      Object.assign(engineQuery, narrowed);
    }
  }

  let { result, engine } = await runSearch(engineQuery);
  if (places && result.total === 0 && places.allFinland > 0) {
    // Nothing in that place: show what there is elsewhere, and say so.
    places.fallback = true;
    ({ result, engine } = await runSearch({ ...engineQuery, municipality: [], region: [] }));
  } else if (places && result.total === 0 && engineQuery.q) {
    // No notice anywhere has the other words: the place is what was understood, so show it
    // (the page names the words that found nothing).
    const { unmatched } = result;
    ({ result, engine } = await runSearch({ ...engineQuery, q: "", sort: engineQuery.sort === "relevance" ? "newest" : engineQuery.sort }));
    result = { ...result, unmatched };
  }
  const withoutFilter = { ...result.withoutFilter };
  if (result.total === 0 && query.q) {
    withoutFilter.q = (await runSearch({ ...engineQuery, q: "", page: 1, sort: "newest" })).result.total;
  }
  return {
    query,
    total: result.total,
    page: query.page,
    pageSize,
    ids: result.ids,
    facets: result.facets,
    withoutFilter,
    ignored: { municipality: ignored },
    engine,
    unmatched: asTyped(result.unmatched, query.q),
    truncated: words(query.q, locale).length > MAX_SEARCH_WORDS,
    ...(places ? { places } : {}),
  };
}

