import "server-only";
import { getTranslations } from "next-intl/server";
import { getReferenceData, municipalityName, regionName } from "@/lib/reference/municipalities";
import { languageName } from "@/lib/reference/languages";
import { formatWeekday } from "@/lib/i18n/format";
import type { FacetDimension } from "@/lib/search/engine";
import type { SearchQuery } from "@/lib/search/query";
import { FILTER_NAMES, filterDefinition, FLAG_FILTERS, LEVEL_FILTERS, VALUES_FILTERS, type ValueLabel } from "@/lib/search/dimensions";

/** Human labels for filter dimensions and values, in the reader's language. */
export async function searchLabels(locale: string) {
  const t = await getTranslations("Search");
  const tt = await getTranslations("Taxonomy");
  const { municipalities, regions } = await getReferenceData();
  const weekday = (slug: string) => formatWeekday(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(slug) + 1, locale, "long");
  const format = (how: ValueLabel, v: string): string => {
    if (how === "language") return languageName(v, locale);
    if (how === "weekday") return weekday(v);
    const [namespace, prefix] = how.split(".") as ["Taxonomy" | "Search", string];
    return (namespace === "Taxonomy" ? tt : t)(`${prefix}.${v}` as never);
  };
  const value = (dimension: FacetDimension, v: string): string => {
    if (dimension === "municipality") {
      const m = municipalities.get(v);
      return m ? municipalityName(m, locale) : v;
    }
    if (dimension === "region") {
      const r = regions.get(v);
      return r ? regionName(r, locale) : v;
    }
    if (dimension === "room") return t("room");
    const f = filterDefinition(dimension);
    return f.kind === "flag" ? t(f.label as never) : format(f.valueLabel, v);
  };
  const dimension = {
    municipality: t("where"),
    region: t("region"),
    ...Object.fromEntries(FILTER_NAMES.map((name) => [name, t(filterDefinition(name).label as never)])),
    room: t("room"),
  } as Record<FacetDimension, string>;
  return { value, dimension };
}

/** The active filter values of a query, one entry per value, for chips and "without" advice. */
export function activeFilterValues(query: SearchQuery): { dimension: FacetDimension; value: string }[] {
  const list: { dimension: FacetDimension; value: string }[] = [];
  for (const v of query.municipality) list.push({ dimension: "municipality", value: v });
  for (const v of query.region) list.push({ dimension: "region", value: v });
  for (const [name] of VALUES_FILTERS) for (const v of query[name]) list.push({ dimension: name, value: v });
  for (const [name] of LEVEL_FILTERS) {
    const level = query[name];
    if (level) list.push({ dimension: name, value: level });
  }
  for (const [name] of FLAG_FILTERS) if (query[name]) list.push({ dimension: name, value: "1" });
  if (query.room) list.push({ dimension: "room", value: "1" });
  return list;
}
