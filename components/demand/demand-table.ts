import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { getDemand } from "@/lib/demand/queries";
import { formatList } from "@/lib/i18n/format";
import { languageName } from "@/lib/reference/languages";
import { getReferenceData, municipalityName, regionName } from "@/lib/reference/municipalities";
import { searchActivities } from "@/lib/search";
import { parseSearchQuery, toSearchParams, type SearchQuery } from "@/lib/search/query";
import type { DataTable } from "@/components/coverage/tables";

// The demand table of a region and month: each search that found little, in words, with how
// often it was made and what the same search finds now in the region and in all of Finland.

/** A stored search's filters in the reader's words ("Somali · Women only · Vantaa"). */
export async function describeFilters(query: SearchQuery, locale: string): Promise<string[]> {
  const ts = await getTranslations({ locale, namespace: "Search" });
  const tt = await getTranslations({ locale, namespace: "Taxonomy" });
  const { municipalities, regions } = await getReferenceData();
  const out: string[] = [];
  for (const m of query.municipality) out.push(municipalities.get(m) ? municipalityName(municipalities.get(m)!, locale) : m);
  for (const r of query.region) out.push(regions.get(r) ? regionName(regions.get(r)!, locale) : r);
  for (const l of query.lang) out.push(languageName(l, locale));
  for (const g of query.group) out.push(tt(`targetGroups.${g}` as never));
  for (const v of query.theme) out.push(tt(`themes.${v}` as never));
  for (const v of query.form) out.push(tt(`forms.${v}` as never));
  for (const v of query.mode) out.push(ts(`modeValue.${v}` as never));
  for (const v of query.gender) out.push(ts(`genderValue.${v}` as never));
  for (const v of query.time) out.push(ts(`timeValue.${v}` as never));
  for (const v of query.day) out.push(new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(v)))));
  if (query.finnish) out.push(ts(`finnishLevel.${query.finnish}` as never));
  if (query.free) out.push(ts("free"));
  if (query.referrals) out.push(ts("referrals"));
  if (query.childcare) out.push(ts("childcare"));
  if (query.room) out.push(ts("room"));
  return out;
}

export type DemandRow = {
  text: string;
  searches: number;
  none: number;
  few: number;
  hiddenWords: number;
  inRegion: { total: number; href: string };
  inFinland: { total: number; href: string };
};

export async function demandRows(options: { actor: Actor; regionCode: string; month: string; locale: string }): Promise<{ rows: DemandRow[]; searches: number }> {
  const t = await getTranslations({ locale: options.locale, namespace: "Demand" });
  const { items, searches } = await getDemand({ actor: options.actor, regionCode: options.regionCode, month: options.month });
  const rows: DemandRow[] = [];
  for (const item of items) {
    const query = parseSearchQuery(new URLSearchParams(item.filters));
    const words = item.words.join(" ");
    const parts = [...(words ? [`“${words}”`] : []), ...(await describeFilters(query, options.locale))];
    const here: SearchQuery = { ...query, q: words, region: options.regionCode ? [...new Set([...query.region, options.regionCode])] : query.region };
    const everywhere: SearchQuery = { ...query, q: words, region: [], municipality: [] };
    const params = (q: SearchQuery) => toSearchParams(q);
    const [a, b] = await Promise.all([searchActivities(params(here), options.locale), searchActivities(params(everywhere), options.locale)]);
    rows.push({
      text: formatList(parts, options.locale) + (item.hiddenWords ? ` ${t("hiddenWords", { count: item.hiddenWords })}` : ""),
      searches: item.searches,
      none: item.none,
      few: item.few,
      hiddenWords: item.hiddenWords,
      inRegion: { total: a.total, href: `/activities?${params(here).toString()}` },
      inFinland: { total: b.total, href: `/activities?${params(everywhere).toString()}` },
    });
  }
  return { rows, searches };
}

export async function demandTable(options: { actor: Actor; regionCode: string; month: string; locale: string }): Promise<DataTable> {
  const t = await getTranslations({ locale: options.locale, namespace: "Demand" });
  const { rows } = await demandRows(options);
  return {
    id: "demand",
    title: t("tableTitle"),
    columns: [t("search"), t("searches"), t("foundNothing"), t("foundFew"), t("nowInRegion"), t("nowInFinland")],
    rows: rows.map((r) => [
      { text: r.text },
      { text: "", number: r.searches },
      { text: "", number: r.none },
      { text: "", number: r.few },
      { text: "", number: r.inRegion.total, href: r.inRegion.href },
      { text: "", number: r.inFinland.total, href: r.inFinland.href },
    ]),
  };
}
