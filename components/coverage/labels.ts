import "server-only";
import { getTranslations } from "next-intl/server";
import type { CoverageDimension, AreaCoverage } from "@/lib/coverage/coverage";
import { languageName } from "@/lib/reference/languages";
import { getReferenceData, municipalityName, regionName } from "@/lib/reference/municipalities";

// Labels of the coverage figures in the reader's language (explicit locale: the CSV route has
// no page locale), from the same message keys the search page's filters use.
export async function coverageLabels(locale: string) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const tt = await getTranslations({ locale, namespace: "Taxonomy" });
  const tc = await getTranslations({ locale, namespace: "Coverage" });
  const { municipalities, regions } = await getReferenceData();
  const value = (dimension: CoverageDimension, v: string): string => {
    switch (dimension) {
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
      case "gender":
        return t(`genderValue.${v}` as never);
    }
  };
  const dimension = (d: CoverageDimension): string => tc(`dimension.${d}`);
  const area = (a: Pick<AreaCoverage, "kind" | "code">): string => {
    if (a.kind === "country") return tc("finland");
    if (a.kind === "region") {
      const r = regions.get(a.code);
      return r ? regionName(r, locale) : a.code;
    }
    const m = municipalities.get(a.code);
    return m ? municipalityName(m, locale) : a.code;
  };
  return { value, dimension, area };
}

export type CoverageLabels = Awaited<ReturnType<typeof coverageLabels>>;
