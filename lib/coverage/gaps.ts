import type { AreaCoverage, CoverageDimension } from "./coverage";

// Gaps: combinations of a place and a dimension value with nothing, or far less than the
// national level would give for the place's population (docs/decisions/015). Pure: unit-tested.

/** Dimension values a gap is reported for ("everyone", "open to all", "on site" are no gaps). */
const SKIP: Partial<Record<CoverageDimension, string[]>> = { group: ["everyone"], gender: ["all"], mode: ["onsite", "online", "hybrid"] };

export type Gap = {
  area: Pick<AreaCoverage, "kind" | "code" | "population">;
  dimension: CoverageDimension;
  value: string;
  /** Notices in the place itself with the value. */
  count: number;
  /** What the national rate per resident would give the place. */
  expected: number;
  /** Online notices with the value open to all of Finland (also serve the place). */
  online: number;
  kind: "none" | "few";
};

/** Municipalities with fewer residents are left out of a region's gaps (they rarely hold activities of their own). */
export const MUNICIPALITY_MIN_POPULATION = 5_000;

/** A place with nothing at all is one gap of its own. */
export type EmptyArea = Pick<AreaCoverage, "kind" | "code" | "population">;

export const GAP_RULES = {
  /** "Nothing" counts as a gap when the national level would give the place at least this many. */
  noneExpected: 1,
  /** "Far less": at most this share of the expected count, */
  fewShare: 1 / 3,
  /** and only where at least this many were expected. */
  fewExpected: 3,
};

/**
 * Gaps of the given places against the national level. The national rate of a value is the
 * places' local counts together over their population together, so a notice serving two places
 * counts in both, as it does on the map.
 */
export function findGaps(areas: AreaCoverage[], languages: string[], values: Record<Exclude<CoverageDimension, "lang">, readonly string[]>): Gap[] {
  const population = areas.reduce((sum, a) => sum + a.population, 0);
  if (population === 0) return [];
  const gaps: Gap[] = [];
  const dims: [CoverageDimension, readonly string[]][] = [
    ["group", values.group],
    ["gender", values.gender],
    ["lang", languages],
    ["theme", values.theme],
    ["form", values.form],
  ];
  for (const [dimension, list] of dims) {
    for (const value of list) {
      if (SKIP[dimension]?.includes(value)) continue;
      const national = areas.reduce((sum, a) => sum + (a.counts[dimension][value] ?? 0), 0);
      if (national === 0) continue; // nowhere at all: not a regional gap
      const rate = national / population;
      for (const area of areas) {
        if (area.local === 0) continue; // reported once as an empty place
        const count = area.counts[dimension][value] ?? 0;
        const expected = rate * area.population;
        const online = Math.max(0, (area.countsAll[dimension][value] ?? 0) - count);
        const base = { area: { kind: area.kind, code: area.code, population: area.population }, dimension, value, count, expected, online };
        if (count === 0 && expected >= GAP_RULES.noneExpected) gaps.push({ ...base, kind: "none" });
        else if (count > 0 && expected >= GAP_RULES.fewExpected && count <= expected * GAP_RULES.fewShare) gaps.push({ ...base, kind: "few" });
      }
    }
  }
  // Ranked by the population affected, then by how far below the national level.
  return gaps.sort((a, b) => b.area.population - a.area.population || b.expected - b.count - (a.expected - a.count) || a.dimension.localeCompare(b.dimension) || a.value.localeCompare(b.value));
}

/** Places with no notice of their own, most residents first. */
export function emptyAreas(areas: AreaCoverage[], minPopulation = 0): EmptyArea[] {
  return areas
    .filter((a) => a.local === 0 && a.population >= minPopulation)
    .sort((a, b) => b.population - a.population || a.code.localeCompare(b.code))
    .map((a) => ({ kind: a.kind, code: a.code, population: a.population }));
}
