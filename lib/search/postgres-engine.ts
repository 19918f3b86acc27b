import type { PrismaClient } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ACTIVITY_LANGUAGES } from "../reference/languages";
import { emptyFacets, type EngineQuery, type EngineResult, type FacetDimension, type SearchEngine } from "./engine";
import { FINNISH_LEVELS, searchTokens } from "./query";
import { createSnapshotSource, DIMENSION_VALUES, FLAG, langMasks, maskOf, type MaskDimension, type Snapshot } from "./snapshot";
import { QUERY_CONFIGS } from "./text-config";

// The default engine. PostgreSQL finds the notices that match the words (tsvector per
// language with unaccent and prefixes, pg_trgm for typos, GIN indexes); filters, disjunctive
// facet counts, sorting and paging run over the snapshot of the filter columns
// (lib/search/snapshot.ts), which is brought up to date before every search.

const sql = Prisma.sql;

/** Per search word: a prefix tsquery in every configuration, or a close trigram match (typos). */
function textMatch(tokens: string[]) {
  const perToken = tokens.map((token) => {
    const lexeme = `'${token}':*`; // tokens are letters and digits only (searchTokens)
    const tsq = QUERY_CONFIGS.map((cfg) => sql`to_tsquery(${cfg}::regconfig, tv_unaccent(${lexeme}))`).reduce(
      (acc, part) => sql`(${acc} || ${part})`,
    );
    return { tsq, token };
  });
  const where = Prisma.join(
    perToken.map(({ tsq, token }) => sql`(d.document @@ ${tsq} OR d.search_text %> tv_unaccent(${token}))`),
    " AND ",
  );
  const anyWord = perToken.map(({ tsq }) => tsq).reduce((acc, part) => sql`(${acc} || ${part})`);
  const similarity = Prisma.join(perToken.map(({ token }) => sql`word_similarity(tv_unaccent(${token}), d.search_text)`), " + ");
  return { where, rank: sql`(ts_rank_cd(d.document, ${anyWord}) + (${similarity}) / ${tokens.length} * 0.5)` };
}

async function matchText(prisma: PrismaClient, tokens: string[]): Promise<Map<string, number>> {
  const { where, rank } = textMatch(tokens);
  const rows = await prisma.$queryRaw<{ id: string; rank: number }[]>`
    SELECT d.activity_id AS id, ${rank}::float8 AS rank FROM search_document d
    WHERE d.visible AND d.valid_until > now() AND ${where}`;
  return new Map(rows.map((row) => [row.id, row.rank]));
}

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

export function evaluate(snapshot: Snapshot, query: EngineQuery, textRanks: Map<string, number> | undefined, now: number): EngineResult {
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
  const textSlots = textRanks ? new Uint8Array(size) : undefined;
  if (textRanks && textSlots) {
    for (const id of textRanks.keys()) {
      const slot = snapshot.slotOf.get(id);
      if (slot !== undefined) textSlots[slot] = 1;
    }
  }
  const age = query.age;

  for (let i = 0; i < size; i++) {
    if (!snapshot.visible[i] || snapshot.validUntil[i]! <= now) continue;
    if (textSlots && !textSlots[i]) continue;
    if (age !== undefined) {
      const min = snapshot.ageMin[i]!;
      const max = snapshot.ageMax[i]!;
      if ((min >= 0 && min > age) || (max >= 0 && max < age)) continue;
    }
    let fails = 0;
    let failed = -1;
    const fail = (p: number) => {
      fails++;
      failed = p;
    };
    if (placeActive) {
      let ok = (snapshot.regions[i]! & regionMask) !== 0 || (query.nationwide && snapshot.nationwide[i] === 1);
      const munis = snapshot.municipalities[i];
      if (!ok && munis && selectedMunis.size) for (const m of munis) if (selectedMunis.has(m)) ok = true;
      if (!ok) fail(P.municipality);
    }
    if ((langLo | langHi) !== 0 && (snapshot.langLo[i]! & langLo) === 0 && (snapshot.langHi[i]! & langHi) === 0) fail(P.lang);
    if (masks.group && (snapshot.group[i]! & masks.group) === 0) fail(P.group);
    if (masks.theme && (snapshot.theme[i]! & masks.theme) === 0) fail(P.theme);
    if (masks.form && (snapshot.form[i]! & masks.form) === 0) fail(P.form);
    if (masks.day && (snapshot.day[i]! & masks.day) === 0) fail(P.day);
    if (masks.time && (snapshot.time[i]! & masks.time) === 0) fail(P.time);
    if (masks.mode && (snapshot.mode[i]! & masks.mode) === 0) fail(P.mode);
    if (masks.finnish && (snapshot.finnish[i]! & masks.finnish) === 0) fail(P.finnish);
    if (masks.gender && (snapshot.gender[i]! & masks.gender) === 0) fail(P.gender);
    const flags = snapshot.flags[i]!;
    if (query.free && !(flags & FLAG.free)) fail(P.free);
    if (query.referrals && !(flags & FLAG.referrals)) fail(P.referrals);
    if (query.childcare && !(flags & FLAG.childcare)) fail(P.childcare);
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
    const counts1 = (p: number) => all || failed === p;
    if (counts1(P.municipality)) {
      const munis = snapshot.municipalities[i];
      if (munis) for (const m of munis) municipalityCounts[m]!++;
      countBits(snapshot.regions[i]!, regionCounts);
    }
    if (counts1(P.lang)) {
      countBits(snapshot.langLo[i]!, counts.lang);
      countBits(snapshot.langHi[i]!, counts.lang, 32);
    }
    if (counts1(P.group)) countBits(snapshot.group[i]!, counts.group);
    if (counts1(P.theme)) countBits(snapshot.theme[i]!, counts.theme);
    if (counts1(P.form)) countBits(snapshot.form[i]!, counts.form);
    if (counts1(P.day)) countBits(snapshot.day[i]!, counts.day);
    if (counts1(P.time)) countBits(snapshot.time[i]!, counts.time);
    if (counts1(P.mode)) countBits(snapshot.mode[i]!, counts.mode);
    if (counts1(P.finnish)) countBits(snapshot.finnish[i]!, counts.finnish);
    if (counts1(P.gender)) countBits(snapshot.gender[i]!, counts.gender);
    if (counts1(P.free) && flags & FLAG.free) flagCounts.free++;
    if (counts1(P.referrals) && flags & FLAG.referrals) flagCounts.referrals++;
    if (counts1(P.childcare) && flags & FLAG.childcare) flagCounts.childcare++;
  }

  // Sort and page.
  const key =
    query.sort === "relevance" && textRanks
      ? (i: number) => textRanks.get(snapshot.ids[i]!) ?? 0
      : query.sort === "confirmed"
        ? (i: number) => snapshot.confirmedAt[i]!
        : (i: number) => snapshot.publishedAt[i]!;
  const offset = (query.page - 1) * query.pageSize;
  const ordered = matches.sort((a, b) => key(b) - key(a) || snapshot.publishedAt[b]! - snapshot.publishedAt[a]! || (snapshot.ids[a]! < snapshot.ids[b]! ? -1 : 1));
  const ids = ordered.slice(offset, offset + query.pageSize).map((i) => snapshot.ids[i]!);

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
  return {
    name: "postgres",
    async ping() {
      return true; // the app's own database: /api/health reports it
    },
    async search(query: EngineQuery): Promise<EngineResult> {
      const tokens = searchTokens(query.q);
      const [current, ranks] = await Promise.all([snapshot(), tokens.length ? matchText(prisma, tokens) : undefined]);
      return evaluate(current, query, ranks, Date.now());
    },
  };
}

// Languages beyond 64 would need a wider mask; the reference list stays well below.
if (ACTIVITY_LANGUAGES.length > 64) throw new Error("lib/search/snapshot.ts: more than 64 activity languages");
