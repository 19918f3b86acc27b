import type { PrismaClient } from "../db/client";
import { Prisma } from "../db/generated/client";
import { emptyFacets, type EngineQuery, type EngineResult, type FacetDimension, type SearchEngine } from "./engine";
import { FINNISH_LEVELS, searchTokens } from "./query";
import { QUERY_CONFIGS } from "./text-config";

// The default engine: one SQL statement over search_document computes the page of results,
// the total, disjunctive facet counts and "without this filter" counts. Every value from the
// request is a bound parameter; search words are letters and digits only.

const sql = Prisma.sql;
const join = Prisma.join;
const empty = Prisma.empty;

type Predicate = { dimension: FacetDimension; condition: Prisma.Sql };

/** "some" Finnish means activities needing none or some; "good" means any. */
function finnishLevelsUpTo(level: (typeof FINNISH_LEVELS)[number]): string[] {
  return FINNISH_LEVELS.slice(0, FINNISH_LEVELS.indexOf(level) + 1);
}

function predicates(query: EngineQuery): Predicate[] {
  const list: Predicate[] = [];
  const anyOf = (dimension: FacetDimension, column: string, values: string[]) => {
    if (values.length > 0) list.push({ dimension, condition: sql`d.${Prisma.raw(column)} && ${values}::text[]` });
  };
  if (query.municipality.length > 0 || query.region.length > 0) {
    const parts: Prisma.Sql[] = [];
    if (query.municipality.length > 0) parts.push(sql`d.municipalities && ${query.municipality}::text[]`);
    if (query.region.length > 0) parts.push(sql`d.regions && ${query.region}::text[]`);
    if (query.nationwide) parts.push(sql`d.nationwide`);
    list.push({ dimension: "municipality", condition: sql`(${join(parts, " OR ")})` });
  }
  anyOf("lang", "languages", query.lang);
  anyOf("group", "target_groups", query.group);
  anyOf("theme", "themes", query.theme);
  anyOf("form", "forms", query.form);
  anyOf("day", "weekdays", query.day);
  anyOf("time", "times_of_day", query.time);
  if (query.mode.length > 0) list.push({ dimension: "mode", condition: sql`d.mode = ANY(${query.mode}::text[])` });
  if (query.gender.length > 0) list.push({ dimension: "gender", condition: sql`d.gender_space = ANY(${query.gender}::text[])` });
  if (query.finnish) {
    list.push({ dimension: "finnish", condition: sql`d.finnish_level = ANY(${finnishLevelsUpTo(query.finnish)}::text[])` });
  }
  if (query.free) list.push({ dimension: "free", condition: sql`d.is_free` });
  if (query.referrals) list.push({ dimension: "referrals", condition: sql`d.accepts_referrals` });
  if (query.childcare) list.push({ dimension: "childcare", condition: sql`d.childcare` });
  return list;
}

/** Age is not a facet: like the text, it narrows everything, counts included. */
function ageMatch(age: number | undefined): Prisma.Sql {
  if (age === undefined) return sql`TRUE`;
  return sql`(d.age_min IS NULL OR d.age_min <= ${age}) AND (d.age_max IS NULL OR d.age_max >= ${age})`;
}

/** Per search word: a prefix tsquery in every configuration, or a close trigram match (typos). */
function textMatch(tokens: string[]): { where: Prisma.Sql; rank: Prisma.Sql } {
  if (tokens.length === 0) return { where: sql`TRUE`, rank: sql`0` };
  const perToken = tokens.map((token) => {
    const lexeme = `'${token}':*`;
    const tsq = QUERY_CONFIGS.map((cfg) => sql`to_tsquery(${cfg}::regconfig, tv_unaccent(${lexeme}))`).reduce(
      (acc, part) => sql`(${acc} || ${part})`,
    );
    return { tsq, token };
  });
  const where = join(
    perToken.map(({ tsq, token }) => sql`(d.document @@ ${tsq} OR d.search_text %> tv_unaccent(${token}))`),
    " AND ",
  );
  const allTsq = perToken.map(({ tsq }) => tsq).reduce((acc, part) => sql`(${acc} || ${part})`);
  const similarity = join(
    perToken.map(({ token }) => sql`word_similarity(tv_unaccent(${token}), d.search_text)`),
    " + ",
  );
  return { where, rank: sql`(ts_rank_cd(d.document, ${allTsq}) + (${similarity}) / ${tokens.length} * 0.5)` };
}

const ARRAY_FACETS: { dimension: FacetDimension; column: string }[] = [
  { dimension: "municipality", column: "municipalities" },
  { dimension: "region", column: "regions" },
  { dimension: "lang", column: "languages" },
  { dimension: "group", column: "target_groups" },
  { dimension: "theme", column: "themes" },
  { dimension: "form", column: "forms" },
  { dimension: "day", column: "weekdays" },
  { dimension: "time", column: "times_of_day" },
];
const SCALAR_FACETS: { dimension: FacetDimension; column: string }[] = [
  { dimension: "mode", column: "mode" },
  { dimension: "finnish", column: "finnish_level" },
  { dimension: "gender", column: "gender_space" },
];
const BOOLEAN_FACETS: { dimension: FacetDimension; column: string }[] = [
  { dimension: "free", column: "is_free" },
  { dimension: "referrals", column: "accepts_referrals" },
  { dimension: "childcare", column: "childcare" },
];

type FacetRow = { dim: string; value: string | null; n: bigint };

export function createPostgresEngine(prisma: PrismaClient): SearchEngine {
  return {
    name: "postgres",
    async ping() {
      return true; // same database as the app: /api/health reports it separately
    },
    async search(query: EngineQuery): Promise<EngineResult> {
      const tokens = searchTokens(query.q);
      const text = textMatch(tokens);
      const preds = predicates(query);
      // Each row carries which predicates it fails: a row failing none is a result; a row
      // failing only dimension X still counts towards X's facet values (disjunctive facets).
      const passColumns = preds.length
        ? sql`, ${join(preds.map((p, i) => sql`(${p.condition}) AS p${Prisma.raw(String(i))}`), ", ")}`
        : empty;
      const failsExpr = preds.length
        ? join(preds.map((_, i) => sql`(NOT b.p${Prisma.raw(String(i))})::int`), " + ")
        : sql`0`;
      const ownOnly = (dimension: FacetDimension) => {
        const own = preds.map((p, i) => (p.dimension === dimension ? i : -1)).filter((i) => i >= 0);
        if (own.length === 0) return sql`f.fails = 0`;
        return sql`(f.fails = 0 OR (f.fails = 1 AND NOT (${join(own.map((i) => sql`f.p${Prisma.raw(String(i))}`), " OR ")})))`;
      };
      const base = sql`
        WITH b AS MATERIALIZED (
          SELECT d.activity_id, d.municipalities, d.regions, d.languages, d.target_groups, d.themes, d.forms,
                 d.weekdays, d.times_of_day, d.mode, d.finnish_level, d.gender_space, d.is_free,
                 d.accepts_referrals, d.childcare
                 ${passColumns}
          FROM search_document d
          WHERE d.visible AND d.valid_until > now() AND ${text.where} AND ${ageMatch(query.age)}
        ),
        f AS MATERIALIZED (SELECT b.*, ${failsExpr} AS fails FROM b)`;

      const facetSelects: Prisma.Sql[] = [
        sql`SELECT 'total' AS dim, NULL AS value, count(*) AS n FROM f WHERE f.fails = 0`,
        ...ARRAY_FACETS.map(
          ({ dimension, column }) =>
            sql`SELECT ${dimension} AS dim, v AS value, count(*) AS n FROM f, unnest(f.${Prisma.raw(column)}) AS v WHERE ${ownOnly(dimension)} GROUP BY v`,
        ),
        ...SCALAR_FACETS.map(
          ({ dimension, column }) =>
            sql`SELECT ${dimension} AS dim, f.${Prisma.raw(column)} AS value, count(*) AS n FROM f WHERE ${ownOnly(dimension)} GROUP BY f.${Prisma.raw(column)}`,
        ),
        ...BOOLEAN_FACETS.map(
          ({ dimension, column }) =>
            sql`SELECT ${dimension} AS dim, 'true' AS value, count(*) AS n FROM f WHERE f.${Prisma.raw(column)} AND ${ownOnly(dimension)}`,
        ),
        // Results without each active filter (offered when nothing is found).
        ...[...new Set(preds.map((p) => p.dimension))].map(
          (dimension) => sql`SELECT 'without' AS dim, ${dimension} AS value, count(*) AS n FROM f WHERE ${ownOnly(dimension)}`,
        ),
      ];
      const order =
        query.sort === "relevance" && tokens.length
          ? sql`${text.rank} DESC, d.published_at DESC NULLS LAST, d.activity_id`
          : query.sort === "confirmed"
            ? sql`d.last_confirmed_at DESC, d.activity_id`
            : sql`d.published_at DESC NULLS LAST, d.activity_id`;
      const offset = (query.page - 1) * query.pageSize;
      const allPredicates = preds.length ? join(preds.map((p) => p.condition), " AND ") : sql`TRUE`;

      // Two statements on two connections at once: the page of results can use the indexes
      // for every filter, while the counts need the rows that fail at most one filter.
      const [facetRows, idRows] = await Promise.all([
        prisma.$queryRaw<FacetRow[]>`${base} ${join(facetSelects, " UNION ALL ")}`,
        prisma.$queryRaw<{ activity_id: string }[]>`
          SELECT d.activity_id FROM search_document d
          WHERE d.visible AND d.valid_until > now() AND ${text.where} AND ${ageMatch(query.age)} AND ${allPredicates}
          ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`,
      ]);

      const facets = emptyFacets();
      const withoutFilter: EngineResult["withoutFilter"] = {};
      let total = 0;
      for (const row of facetRows) {
        const n = Number(row.n);
        if (row.dim === "total") total = n;
        else if (row.dim === "without" && row.value) withoutFilter[row.value as FacetDimension] = n;
        else if (row.value !== null && n > 0) facets[row.dim as FacetDimension][row.value] = n;
      }
      return { total, ids: idRows.map((r) => r.activity_id), facets, withoutFilter };
    },
  };
}
