import "server-only";
import { getTranslations } from "next-intl/server";
import { getReferenceData, municipalityName, regionName } from "@/lib/reference/municipalities";
import { languageName } from "@/lib/reference/languages";
import type { FacetDimension } from "@/lib/search/engine";
import type { SearchQuery } from "@/lib/search/query";

/** Human labels for filter dimensions and values, in the reader's language. */
export async function searchLabels(locale: string) {
  const t = await getTranslations("Search");
  const tt = await getTranslations("Taxonomy");
  const { municipalities, regions } = await getReferenceData();
  const weekday = (slug: string) => {
    const index = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(slug);
    // 2024-01-01 was a Monday.
    return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, 1 + index)));
  };
  const value = (dimension: FacetDimension, v: string): string => {
    switch (dimension) {
      case "municipality": {
        const m = municipalities.get(v);
        return m ? municipalityName(m, locale) : v;
      }
      case "region": {
        const r = regions.get(v);
        return r ? regionName(r, locale) : v;
      }
      case "lang":
        return languageName(v, locale);
      case "group":
        return tt(`targetGroups.${v}` as never);
      case "theme":
        return tt(`themes.${v}` as never);
      case "form":
        return tt(`forms.${v}` as never);
      case "mode":
        return t(`modeValue.${v}` as never);
      case "day":
        return weekday(v);
      case "time":
        return t(`timeValue.${v}` as never);
      case "finnish":
        return t(`finnishLevel.${v}` as never);
      case "gender":
        return t(`genderValue.${v}` as never);
      case "free":
        return t("free");
      case "referrals":
        return t("referrals");
      case "childcare":
        return t("childcare");
      case "room":
        return t("room");
    }
  };
  const dimension: Record<FacetDimension, string> = {
    municipality: t("where"),
    region: t("region"),
    lang: t("languages"),
    group: t("groups"),
    theme: t("themes"),
    form: t("forms"),
    mode: t("mode"),
    day: t("days"),
    time: t("times"),
    finnish: t("finnish"),
    gender: t("gender"),
    free: t("free"),
    referrals: t("referrals"),
    childcare: t("childcare"),
    room: t("room"),
  };
  return { value, dimension };
}

/** The active filter values of a query, one entry per value, for chips and "without" advice. */
export function activeFilterValues(query: SearchQuery): { dimension: FacetDimension; value: string }[] {
  const list: { dimension: FacetDimension; value: string }[] = [];
  for (const v of query.municipality) list.push({ dimension: "municipality", value: v });
  for (const v of query.region) list.push({ dimension: "region", value: v });
  const arrays = [["lang", query.lang], ["group", query.group], ["theme", query.theme], ["form", query.form], ["mode", query.mode], ["day", query.day], ["time", query.time], ["gender", query.gender]] as const;
  for (const [dimension, values] of arrays) for (const v of values) list.push({ dimension, value: v });
  if (query.finnish) list.push({ dimension: "finnish", value: query.finnish });
  if (query.free) list.push({ dimension: "free", value: "1" });
  if (query.referrals) list.push({ dimension: "referrals", value: "1" });
  if (query.childcare) list.push({ dimension: "childcare", value: "1" });
  if (query.room) list.push({ dimension: "room", value: "1" });
  return list;
}
