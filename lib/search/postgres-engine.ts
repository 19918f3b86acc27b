import type { PrismaClient } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ACTIVITY_LANGUAGES } from "../reference/languages";
import { emptyFacets, type EngineQuery, type EngineResult, type FacetDimension, type SearchEngine } from "./engine";
import { FINNISH_LEVELS, searchTokens } from "./query";
import { createSnapshotSource, DIMENSION_VALUES, FLAG, langMasks, maskOf, type MaskDimension, type Snapshot } from "./snapshot";
import { matchLabels } from "./label-match";
import { QUERY_CONFIGS } from "./text-config";

// The default engine. PostgreSQL finds the notices that match the words (tsvector per
// language with unaccent and prefixes, pg_trgm for typos, GIN indexes); filters, disjunctive
// facet counts, sorting and paging run over the snapshot of the filter columns
// (lib/search/snapshot.ts), which is brought up to date before every search.

const sql = Prisma.sql;

/** One search word: the notices whose text matches it, with a rank, and the taxonomy values its labels name. */
export type WordMatch = { ranks: Map<string, number>; labels: { theme: number; group: number; form: number } };

/**
 * Per search word, two index scans: a prefix tsquery in every configuration (GIN over the
 * tsvector), and a trigram word-similarity match over titles and names (typos). Each returns
 * only its own hits, with a rank; words are combined, and filters applied, in evaluate().
 */
async function matchWords(prisma: PrismaClient, tokens: string[], version: string, wordCache: Map<string, WordMatch>): Promise<WordMatch[]> {
  // Popular words repeat across searches: keep their matches until the documents change.
  const cached = tokens.map((token) => wordCache.get(`${version}:${token}`));
  if (cached.every((hit) => hit !== undefined)) return cached as WordMatch[];
  const branches = tokens.flatMap((token, t) => {
    // Words of one or two letters match whole words only; prefixes start at three letters and
    // typo tolerance at five (a typo in a shorter word is another word).
    const lexeme = token.length >= 3 ? `'${token}':*` : `'${token}'`; // letters and digits only (searchTokens)
    const tsq = QUERY_CONFIGS.map((cfg) => sql`to_tsquery(${cfg}::regconfig, tv_unaccent(${lexeme}))`).reduce(
      (acc, part) => sql`(${acc} || ${part})`,
    );
    return [
      // No per-row ts_rank here: for a common word it cost more than the whole search.
      // Relevance comes from the title match below (0–0.5) on top of this flat 0.1.
      sql`SELECT ${t}::int AS t, d.activity_id AS id, 0.1::float8 AS rank
          FROM search_document d WHERE d.document @@ ${tsq}`,
      ...(token.length >= 5
        ? [
            sql`SELECT ${t}::int AS t, d.activity_id AS id, (word_similarity(tv_unaccent(${token}), d.search_text) * 0.5)::float8 AS rank
                FROM search_document d WHERE d.search_text %> tv_unaccent(${token})`,
          ]
        : []),
    ];
  });
  const rows = await prisma.$queryRaw<{ t: number; id: string; rank: number }[]>`${Prisma.join(branches, " UNION ALL ")}`;
  const matches: WordMatch[] = tokens.map((token) => {
    const labels = matchLabels(token);
    return {
      ranks: new Map(),
      labels: { theme: maskOf("theme", labels.themes), group: maskOf("group", labels.targetGroups), form: maskOf("form", labels.forms) },
    };
  });
  for (const row of rows) {
    const ranks = matches[row.t]!.ranks;
    ranks.set(row.id, (ranks.get(row.id) ?? 0) + row.rank);
  }
  tokens.forEach((token, t) => {
    if (wordCache.size >= WORD_CACHE_SIZE) wordCache.delete(wordCache.keys().next().value!);
    wordCache.set(`${version}:${token}`, matches[t]!);
  });
  return matches;
}

const WORD_CACHE_SIZE = 500;

// Predicate indexes, in the order of the fails bitmask.
const P = { municipality: 0, lang: 1, group: 2, theme: 3, form: 4, day: 5, time: 6, mode: 7, finnish: 8, gender: 9, free: 10, referrals: 11, childcare: 12 } as const;
type PredicateName = keyof typeof P;

/** Adds 1 to counts[bit] for every bit set in mask. */
function countBits(mask: number, counts: Int32Array, offset = 0) {
  while (mask !== 0) {
    const bit = 31 - Math.clz32(mask);
    counts[offset + bit]!++;
    mask &= ~(1 << bit);
  }
}

export function evaluate(snapshot: Snapshot, query: EngineQuery, words: WordMatch[] | undefined, now: number): EngineResult {
  const selectedMunis = new Set(query.municipality.map((c) => snapshot.municipalityIndex.get(c)).filter((i) => i !== undefined));
  let regionMask = 0;
  for (const code of query.region) {
    const bit = snapshot.regionBit.get(code);
    if (bit !== undefined) regionMask |= 1 << bit;
  }
  const placeActive = query.municipality.length > 0 || query.region.length > 0;
  const [langLo, langHi] = langMasks(query.lang);
  const masks = {
    group: maskOf("group", query.group),
    theme: maskOf("theme", query.theme),
    form: maskOf("form", query.form),
    day: maskOf("day", query.day),
    time: maskOf("time", query.time),
    mode: maskOf("mode", query.mode),
    finnish: query.finnish ? maskOf("finnish", FINNISH_LEVELS.slice(0, FINNISH_LEVELS.indexOf(query.finnish) + 1)) : 0,
    gender: maskOf("gender", query.gender),
  };
  const active = (name: PredicateName) => {
    if (name === "municipality") return placeActive;
    if (name === "lang") return query.lang.length > 0;
    if (name === "free" || name === "referrals" || name === "childcare") return query[name];
    return masks[name] !== 0;
  };
  const activeList = (Object.keys(P) as PredicateName[]).filter(active);

  // Counters: one array per mask dimension (by bit), municipalities and regions by index.
  const counts: Record<MaskDimension, Int32Array> = Object.fromEntries(
    (Object.keys(DIMENSION_VALUES) as MaskDimension[]).map((d) => [d, new Int32Array(DIMENSION_VALUES[d].length)]),
  ) as Record<MaskDimension, Int32Array>;
  const municipalityCounts = new Int32Array(snapshot.municipalityIndex.size);
  const regionCounts = new Int32Array(32);
  const flagCounts = { free: 0, referrals: 0, childcare: 0 };
  const without = new Int32Array(13);
  const matches: number[] = [];

  const size = snapshot.size;
  // Per word, which slots its text matched (with the rank summed over words for relevance).
  const wordHits = (words ?? []).map((word) => {
    const hits = new Uint8Array(size);
    for (const id of word.ranks.keys()) {
      const slot = snapshot.slotOf.get(id);
      if (slot !== undefined) hits[slot] = 1;
    }
    return { hits, labels: word.labels };
  });
  const relevance = new Map<number, number>();
  const age = query.age;
  const { visible, validUntil, ageMin, ageMax, regions, nationwide, langLo: rowLangLo, langHi: rowLangHi, group, theme, form, day, time, mode, finnish, gender, flags: rowFlags } = snapshot;

  for (let i = 0; i < size; i++) {
    if (!visible[i] || validUntil[i]! <= now) continue;
    if (wordHits.length) {
      let every = true;
      for (const word of wordHits) {
        if (word.hits[i]) continue;
        // A word naming a theme, target group or form (in any UI language) matches notices tagged with it.
        const { theme: t, group: g, form: f } = word.labels;
        if ((t && theme[i]! & t) || (g && group[i]! & g) || (f && form[i]! & f)) continue;
        every = false;
        break;
      }
      if (!every) continue;
    }
    if (age !== undefined) {
      const min = ageMin[i]!;
      const max = ageMax[i]!;
      if ((min >= 0 && min > age) || (max >= 0 && max < age)) continue;
    }
    let fails = 0;
    let failed = -1;
    if (placeActive) {
      let ok = (regions[i]! & regionMask) !== 0 || (query.nationwide && nationwide[i] === 1);
      const munis = snapshot.municipalities[i];
      if (!ok && munis && selectedMunis.size) for (const m of munis) if (selectedMunis.has(m)) ok = true;
      if (!ok) { fails++; failed = P.municipality; }
    }
    if ((langLo | langHi) !== 0 && (rowLangLo[i]! & langLo) === 0 && (rowLangHi[i]! & langHi) === 0) { fails++; failed = P.lang; }
    if (masks.group && (group[i]! & masks.group) === 0) { fails++; failed = P.group; }
    if (masks.theme && (theme[i]! & masks.theme) === 0) { fails++; failed = P.theme; }
    if (masks.form && (form[i]! & masks.form) === 0) { fails++; failed = P.form; }
    if (masks.day && (day[i]! & masks.day) === 0) { fails++; failed = P.day; }
    if (masks.time && (time[i]! & masks.time) === 0) { fails++; failed = P.time; }
    if (masks.mode && (mode[i]! & masks.mode) === 0) { fails++; failed = P.mode; }
    if (masks.finnish && (finnish[i]! & masks.finnish) === 0) { fails++; failed = P.finnish; }
    if (masks.gender && (gender[i]! & masks.gender) === 0) { fails++; failed = P.gender; }
    const flags = rowFlags[i]!;
    if (query.free && !(flags & FLAG.free)) { fails++; failed = P.free; }
    if (query.referrals && !(flags & FLAG.referrals)) { fails++; failed = P.referrals; }
    if (query.childcare && !(flags & FLAG.childcare)) { fails++; failed = P.childcare; }
    if (fails > 1) continue;

    // A row that passes everything counts everywhere; one that fails a single filter counts
    // only for that filter's own values (disjunctive facets) and for "without that filter".
    const all = fails === 0;
    if (all) {
      matches.push(i);
      for (const name of activeList) without[P[name]]!++;
    } else {
      without[failed]!++;
    }
    if ((all || failed === P.municipality)) {
      const munis = snapshot.municipalities[i];
      if (munis) for (const m of munis) municipalityCounts[m]!++;
      countBits(regions[i]!, regionCounts);
    }
    if ((all || failed === P.lang)) {
      countBits(rowLangLo[i]!, counts.lang);
      countBits(rowLangHi[i]!, counts.lang, 32);
    }
    if ((all || failed === P.group)) countBits(group[i]!, counts.group);
    if ((all || failed === P.theme)) countBits(theme[i]!, counts.theme);
    if ((all || failed === P.form)) countBits(form[i]!, counts.form);
    if ((all || failed === P.day)) countBits(day[i]!, counts.day);
    if ((all || failed === P.time)) countBits(time[i]!, counts.time);
    if ((all || failed === P.mode)) countBits(mode[i]!, counts.mode);
    if ((all || failed === P.finnish)) countBits(finnish[i]!, counts.finnish);
    if ((all || failed === P.gender)) countBits(gender[i]!, counts.gender);
    if ((all || failed === P.free) && flags & FLAG.free) flagCounts.free++;
    if ((all || failed === P.referrals) && flags & FLAG.referrals) flagCounts.referrals++;
    if ((all || failed === P.childcare) && flags & FLAG.childcare) flagCounts.childcare++;
  }

  // Sort and page: only the first offset + pageSize matter, so keep a small sorted buffer
  // rather than sorting every match (a full sort of 90,000 matches took ~40 ms).
  if (words && query.sort === "relevance") {
    for (const i of matches) {
      const id = snapshot.ids[i]!;
      relevance.set(i, words.reduce((sum, word) => sum + (word.ranks.get(id) ?? 0), 0));
    }
  }
  const key =
    query.sort === "relevance" && words
      ? (i: number) => relevance.get(i) ?? 0
      : query.sort === "confirmed"
        ? (i: number) => snapshot.confirmedAt[i]!
        : (i: number) => snapshot.publishedAt[i]!;
  const before = (a: number, b: number) => {
    const byKey = key(b) - key(a);
    if (byKey !== 0) return byKey < 0;
    const byDate = snapshot.publishedAt[b]! - snapshot.publishedAt[a]!;
    if (byDate !== 0) return byDate < 0;
    return snapshot.ids[a]! < snapshot.ids[b]!;
  };
  const offset = (query.page - 1) * query.pageSize;
  const wanted = offset + query.pageSize;
  let top: number[];
  if (wanted * 16 < matches.length) {
    top = [];
    for (const i of matches) {
      if (top.length === wanted && !before(i, top[wanted - 1]!)) continue;
      let at = top.length;
      while (at > 0 && before(i, top[at - 1]!)) at--;
      top.splice(at, 0, i);
      if (top.length > wanted) top.pop();
    }
  } else {
    top = matches.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }
  const ids = top.slice(offset, offset + query.pageSize).map((i) => snapshot.ids[i]!);

  const facets = emptyFacets();
  const put = (dimension: FacetDimension, value: string, n: number) => {
    if (n > 0) facets[dimension][value] = n;
  };
  (Object.keys(DIMENSION_VALUES) as MaskDimension[]).forEach((dimension) => {
    const values = DIMENSION_VALUES[dimension] as readonly string[];
    values.forEach((value, bit) => put(dimension, value, counts[dimension][bit]!));
  });
  for (const [code, index] of snapshot.municipalityIndex) put("municipality", code, municipalityCounts[index]!);
  for (const [code, bit] of snapshot.regionBit) put("region", code, regionCounts[bit]!);
  put("free", "true", flagCounts.free);
  put("referrals", "true", flagCounts.referrals);
  put("childcare", "true", flagCounts.childcare);

  const withoutFilter: EngineResult["withoutFilter"] = {};
  for (const name of activeList) withoutFilter[name] = without[P[name]]!;
  return { total: matches.length, ids, facets, withoutFilter };
}

export function createPostgresEngine(prisma: PrismaClient): SearchEngine {
  const snapshot = createSnapshotSource(prisma);
  const wordCache = new Map<string, WordMatch>();
  return {
    name: "postgres",
    async ping() {
      return true; // the app's own database: /api/health reports it
    },
    async search(query: EngineQuery): Promise<EngineResult> {
      const tokens = searchTokens(query.q);
      const current = await snapshot();
      const words = tokens.length ? await matchWords(prisma, tokens, `${current.generation}.${current.version}`, wordCache) : undefined;
      return evaluate(current, query, words, Date.now());
    },
  };
}

// Languages beyond 64 would need a wider mask; the reference list stays well below.
if (ACTIVITY_LANGUAGES.length > 64) throw new Error("lib/search/snapshot.ts: more than 64 activity languages");
