import type { Metadata } from "next";
import "@/components/coverage/coverage-print.css";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DataTableView } from "@/components/coverage/data-table";
import { GapsSection } from "@/components/coverage/gap-list";
import { coverageLabels } from "@/components/coverage/labels";
import { DimensionCharts, Headline } from "@/components/coverage/sections";
import { areaTable } from "@/components/coverage/tables";
import { DIMENSION_VALUES, getCoverage, getRegionCoverage } from "@/lib/coverage/coverage";
import { emptyAreas, findGaps, MUNICIPALITY_MIN_POPULATION } from "@/lib/coverage/gaps";
import { formatDate } from "@/lib/i18n/format";
import { localeDirection } from "@/lib/i18n/locales";
import { getReferenceData } from "@/lib/reference/municipalities";

type Props = { params: Promise<{ locale: string; code: string }> };


async function resolve(code: string) {
  const { regions, municipalities } = await getReferenceData();
  if (/^\d{2}$/.test(code) && regions.has(code)) return { regionCode: code, municipality: undefined };
  const m = /^\d{3}$/.test(code) ? municipalities.get(code) : undefined;
  return m ? { regionCode: m.regionCode, municipality: m.code } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const t = await getTranslations({ locale, namespace: "Coverage" });
  const place = await resolve(code);
  if (!place) return { title: t("title") };
  const labels = await coverageLabels(locale);
  const area = place.municipality ? { kind: "municipality" as const, code: place.municipality } : { kind: "region" as const, code: place.regionCode };
  return { title: t("areaTitle", { area: labels.area(area) }) };
}

export default async function AreaCoveragePage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const place = await resolve(code);
  if (!place) notFound();
  const t = await getTranslations("Coverage");
  const [data, country, labels] = await Promise.all([getRegionCoverage(place.regionCode), getCoverage(), coverageLabels(locale)]);
  if (!data) notFound();
  const rtl = localeDirection(locale) === "rtl";
  const area = place.municipality ? data.municipalities.find((m) => m.code === place.municipality)! : data.region;
  const regionLink = place.municipality ? (
    <a href={`/${locale}/coverage/${data.region.code}`} className="text-brand-800 underline">
      {labels.area(data.region)}
    </a>
  ) : null;
  const gaps = place.municipality ? [] : findGaps(data.municipalities, country.languages, DIMENSION_VALUES).filter((g) => g.area.population >= MUNICIPALITY_MIN_POPULATION);
  const empty = place.municipality ? [] : emptyAreas(data.municipalities, MUNICIPALITY_MIN_POPULATION);
  const csv = (table: string) => `/${locale}/coverage/csv?area=${code}&table=${table}`;

  return (
    <div className="coverage-page flex flex-col gap-10" data-coverage-print>
      <nav aria-label={t("breadcrumb")} className="print:hidden">
        <ol className="flex flex-wrap gap-2 text-sm">
          <li>
            <a href={`/${locale}/coverage`} className="text-brand-800 underline">
              {t("finland")}
            </a>
          </li>
          {regionLink && (
            <li>
              <span aria-hidden="true">/ </span>
              {regionLink}
            </li>
          )}
        </ol>
      </nav>
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold text-brand-800">{t("areaTitle", { area: labels.area(area) })}</h1>
        <p className="text-sm text-muted">{t("asOf", { date: formatDate(country.computedAt, locale) })}</p>
      </div>
      <Headline area={area} labels={labels} locale={locale} />
      <p className="max-w-3xl">{t("onlineNote", { count: country.nationwide })}</p>

      {!place.municipality && (
        <>
          <section aria-labelledby="municipalities-title" className="flex flex-col gap-4">
            <h2 id="municipalities-title" className="text-2xl font-semibold">
              {t("municipalitiesTable")}
            </h2>
            <DataTableView table={await areaTable({ id: "municipalities", areas: data.municipalities, labels, locale, kind: "municipality" })} locale={locale} csvHref={csv("municipalities")} decimals={[3]} hideTitle />
          </section>
          <GapsSection lead={t("gapsLeadRegion", { population: MUNICIPALITY_MIN_POPULATION })} gaps={gaps} empty={empty} labels={labels} locale={locale} csvHref={csv("gaps")} />
        </>
      )}

      <section aria-labelledby="charts-title" className="flex flex-col gap-4">
        <h2 id="charts-title" className="text-2xl font-semibold">
          {t("chartsTitle", { area: labels.area(area) })}
        </h2>
        <DimensionCharts area={area} languages={country.languages} labels={labels} locale={locale} rtl={rtl} csvBase={`/${locale}/coverage/csv?area=${code}`} />
      </section>
      <p className="text-sm text-muted">{t("populationSource")}</p>
    </div>
  );
}
