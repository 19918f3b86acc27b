import type { Metadata } from "next";
import "@/components/coverage/coverage-print.css";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTableView } from "@/components/coverage/data-table";
import { GapList } from "@/components/coverage/gap-list";
import { coverageLabels } from "@/components/coverage/labels";
import { Headline } from "@/components/coverage/sections";
import { areaTable, dimensionTable } from "@/components/coverage/tables";
import { DemandView } from "@/components/demand/demand-view";
import { requireUser } from "@/lib/auth/session";
import { DIMENSION_VALUES, getCoverage, getRegionCoverage } from "@/lib/coverage/coverage";
import { emptyAreas, findGaps, MUNICIPALITY_MIN_POPULATION } from "@/lib/coverage/gaps";
import { formatDate } from "@/lib/i18n/format";
import type { SearchParams } from "@/lib/i18n/page-params";
import { coordinationParams, monthLabel, NO_PLACE } from "../params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Demand" });
  return { title: t("reportTitle"), robots: { index: false } };
}

/** The coordinator's report for a region and month, made to be printed or saved as PDF. */
export default async function CoordinationReportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/manage/coordination/report");
  const { region, regionCode, month } = await coordinationParams(user, await searchParams);
  const t = await getTranslations("Demand");
  const tc = await getTranslations("Coverage");
  const labels = await coverageLabels(locale);
  const country = await getCoverage();
  const data = regionCode ? await getRegionCoverage(regionCode) : undefined;
  const area = data?.region ?? country.country;
  const gaps = data ? findGaps(data.municipalities, country.languages, DIMENSION_VALUES).filter((g) => g.area.population >= MUNICIPALITY_MIN_POPULATION) : findGaps(country.regions, country.languages, DIMENSION_VALUES);
  const empty = data ? emptyAreas(data.municipalities, MUNICIPALITY_MIN_POPULATION) : emptyAreas(country.regions);
  const places = data ? data.municipalities : country.regions;
  const regionLabel = region === NO_PLACE ? t("noPlace") : labels.area({ kind: "region", code: region });
  return (
    <article className="flex flex-col gap-8" data-coverage-print>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("reportHeading", { region: regionLabel })}</h1>
        <p className="text-sm text-muted">{tc("asOf", { date: formatDate(country.computedAt, locale) })}</p>
        <p className="print:hidden">
          <a href={`/${locale}/manage/coordination?region=${region}&month=${month}`} className="text-brand-800 underline">
            {t("back")}
          </a>
        </p>
      </header>
      <Headline area={area} labels={labels} locale={locale} />
      <section aria-labelledby="r-gaps" className="flex flex-col gap-3">
        <h2 id="r-gaps" className="text-2xl font-semibold">
          {tc("gapsTitle")}
        </h2>
        <GapList gaps={gaps} empty={empty} labels={labels} locale={locale} limit={25} />
      </section>
      <section aria-labelledby="r-demand" className="flex flex-col gap-3">
        <h2 id="r-demand" className="text-2xl font-semibold">
          {t("heading", { region: regionLabel, month: monthLabel(month, locale) })}
        </h2>
        <DemandView actor={user} regionCode={regionCode} month={month} locale={locale} />
      </section>
      <section aria-labelledby="r-places" className="flex flex-col gap-3">
        <h2 id="r-places" className="text-2xl font-semibold">
          {data ? tc("municipalitiesTable") : tc("regionsTable")}
        </h2>
        <DataTableView table={await areaTable({ id: "places", areas: places, labels, locale, kind: data ? "municipality" : "region" })} locale={locale} decimals={[3]} hideTitle />
      </section>
      <section aria-labelledby="r-groups" className="flex flex-col gap-3">
        <h2 id="r-groups" className="text-2xl font-semibold">
          {tc("dimension.group")}
        </h2>
        <DataTableView table={await dimensionTable({ area, dimension: "group", languages: country.languages, labels, locale })} locale={locale} hideTitle />
      </section>
    </article>
  );
}
