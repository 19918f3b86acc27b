import "server-only";
import { getTranslations } from "next-intl/server";
import { COVERAGE_DIMENSIONS, DIMENSION_VALUES, per10k, searchHref, type AreaCoverage, type CoverageData, type CoverageDimension } from "@/lib/coverage/coverage";
import type { EmptyArea, Gap } from "@/lib/coverage/gaps";
import type { CoverageLabels } from "./labels";

// Every table of the coverage pages as data: the pages render them (beside the pictures) and
// the CSV route exports them, so the two cannot drift apart.

export type Cell = { text: string; number?: number; href?: string };
export type DataTable = { id: string; title: string; columns: string[]; rows: Cell[][] };

/** Values of a dimension worth a row: the vocabulary's, or the languages any notice uses. */
export function valuesOf(dimension: CoverageDimension, languages: string[]): readonly string[] {
  return dimension === "lang" ? languages : DIMENSION_VALUES[dimension];
}

const num = (n: number | undefined, href?: string): Cell => ({ text: n === undefined ? "" : String(n), number: n, href });

export async function areaTable(options: { id: string; areas: AreaCoverage[]; labels: CoverageLabels; locale: string; kind: "region" | "municipality" }): Promise<DataTable> {
  const t = await getTranslations({ locale: options.locale, namespace: "Coverage" });
  return {
    id: options.id,
    title: options.kind === "region" ? t("regionsTable") : t("municipalitiesTable"),
    columns: [options.kind === "region" ? t("region") : t("municipality"), t("population"), t("localCount"), t("per10k"), t("withOnline"), t("confirmedShare")],
    rows: options.areas.map((a) => [
      { text: options.labels.area(a), href: `/coverage/${a.code}` },
      num(a.population),
      num(a.local, searchHref(a, { local: true })),
      { text: "", number: round(per10k(a.local, a.population)) },
      num(a.total, searchHref(a)),
      { text: "", number: a.local ? Math.round((a.confirmedRecently / a.local) * 100) : undefined },
    ]),
  };
}

function round(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Math.round(n * 100) / 100;
}

/** Places × values of one dimension (local counts), the heat table's data. */
export async function crossTable(options: { id: string; areas: AreaCoverage[]; dimension: CoverageDimension; values: readonly string[]; labels: CoverageLabels; locale: string }): Promise<DataTable> {
  const t = await getTranslations({ locale: options.locale, namespace: "Coverage" });
  return {
    id: options.id,
    title: t("crossTitle", { dimension: options.labels.dimension(options.dimension) }),
    columns: [t("region"), ...options.values.map((v) => options.labels.value(options.dimension, v))],
    rows: options.areas.map((a) => [
      { text: options.labels.area(a), href: `/coverage/${a.code}` },
      ...options.values.map((v) => num(a.counts[options.dimension][v] ?? 0, searchHref(a, { local: true, dimension: options.dimension, value: v }))),
    ]),
  };
}

/** One dimension's counts in one place: the bar chart's data. */
export async function dimensionTable(options: { area: AreaCoverage; dimension: CoverageDimension; languages: string[]; labels: CoverageLabels; locale: string; limit?: number }): Promise<DataTable> {
  const t = await getTranslations({ locale: options.locale, namespace: "Coverage" });
  const { area, dimension } = options;
  const local = area.kind !== "country";
  let values = [...valuesOf(dimension, options.languages)];
  if (dimension === "lang") values = values.filter((v) => (area.counts.lang[v] ?? 0) > 0).slice(0, options.limit ?? values.length);
  return {
    id: `dim-${dimension}`,
    title: t("byDimension", { dimension: options.labels.dimension(dimension), area: options.labels.area(area) }),
    columns: [options.labels.dimension(dimension), local ? t("localCount") : t("count")],
    rows: values.map((v) => [{ text: options.labels.value(dimension, v) }, num(area.counts[dimension][v] ?? 0, searchHref(area, { local, dimension, value: v }))]),
  };
}

export async function gapTable(options: { gaps: Gap[]; empty: EmptyArea[]; labels: CoverageLabels; locale: string }): Promise<DataTable> {
  const t = await getTranslations({ locale: options.locale, namespace: "Coverage" });
  return {
    id: "gaps",
    title: t("gapsTitle"),
    columns: [t("place"), t("population"), t("dimensionColumn"), t("value"), t("localCount"), t("expected"), t("onlineForAll")],
    rows: [
      ...options.empty.map((e) => [
        { text: options.labels.area(e), href: `/coverage/${e.code}` },
        num(e.population),
        { text: t("anything") },
        { text: "" },
        num(0, searchHref(e, { local: true })),
        { text: "" },
        { text: "" },
      ]),
      ...options.gaps.map((g) => [
        { text: options.labels.area(g.area), href: `/coverage/${g.area.code}` },
        num(g.area.population),
        { text: options.labels.dimension(g.dimension) },
        { text: options.labels.value(g.dimension, g.value) },
        num(g.count, searchHref(g.area, { local: true, dimension: g.dimension, value: g.value })),
        { text: "", number: round(g.expected) },
        num(g.online),
      ]),
    ],
  };
}

export { COVERAGE_DIMENSIONS };
export type { CoverageData };
