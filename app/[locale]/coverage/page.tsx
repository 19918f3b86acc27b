import type { Metadata } from "next";
import "@/components/coverage/coverage-print.css";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DataTableView } from "@/components/coverage/data-table";
import { GapsSection } from "@/components/coverage/gap-list";
import { HeatTable } from "@/components/coverage/heat-table";
import { coverageLabels } from "@/components/coverage/labels";
import { STEP_BOUNDS, stepOf, formatDecimal } from "@/components/coverage/scale";
import { DimensionCharts, Headline } from "@/components/coverage/sections";
import { areaTable } from "@/components/coverage/tables";
import { Legend, TileMap } from "@/components/coverage/tile-map";
import { getSessionUser } from "@/lib/auth/session";
import { DIMENSION_VALUES, getCoverage, per10k, searchHref } from "@/lib/coverage/coverage";
import { emptyAreas, findGaps } from "@/lib/coverage/gaps";
import { demandRegionsOf } from "@/lib/demand/coordinators";
import { formatDate } from "@/lib/i18n/format";
import { localeDirection } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Coverage" });
  return { title: t("title") };
}

export default async function CoveragePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Coverage");
  const [data, labels, user] = await Promise.all([getCoverage(), coverageLabels(locale), getSessionUser()]);
  const access = await demandRegionsOf(user);
  const rtl = localeDirection(locale) === "rtl";
  const { country, regions, languages } = data;
  const nationalRate = per10k(regions.reduce((s, r) => s + r.local, 0), country.population);
  const gaps = findGaps(regions, languages, DIMENSION_VALUES);
  const empty = emptyAreas(regions);
  const csv = (table: string) => `/${locale}/coverage/csv?table=${table}`;
  const stepLabels = [
    t("legendStep.first", { bound: formatDecimal(STEP_BOUNDS[0] * 100, locale, 0) }),
    ...STEP_BOUNDS.slice(1).map((bound, k) => t("legendStep.between", { from: formatDecimal(STEP_BOUNDS[k]! * 100, locale, 0), to: formatDecimal(bound * 100, locale, 0) })),
    t("legendStep.last", { bound: formatDecimal(STEP_BOUNDS.at(-1)! * 100, locale, 0) }),
  ];
  const groupRates = Object.fromEntries(
    DIMENSION_VALUES.group.map((g) => [g, per10k(regions.reduce((s, r) => s + (r.counts.group[g] ?? 0), 0), country.population)]),
  );

  return (
    <div className="coverage-page flex flex-col gap-10" data-coverage-print>
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("lead")}</p>
        <p className="text-sm text-muted">{t("asOf", { date: formatDate(data.computedAt, locale) })}</p>
        {(access.all || access.regions.length > 0) && (
          <p className="print:hidden">
            <a href={`/${locale}/manage/coordination`} className="font-semibold text-brand-800 underline">
              {t("toDemand")}
            </a>
          </p>
        )}
      </div>
      <Headline area={country} labels={labels} locale={locale} />
      <p className="max-w-3xl">{t("onlineNote", { count: data.nationwide })}</p>

      <section aria-labelledby="map-title" className="flex flex-col gap-4">
        <h2 id="map-title" className="text-2xl font-semibold">
          {t("mapTitle")}
        </h2>
        <p className="max-w-3xl">{t("mapLead", { rate: formatDecimal(nationalRate, locale) })}</p>
        <div className="flex flex-col gap-6">
          <figure className="coverage-figure flex flex-col gap-3">
            <TileMap
              tiles={regions.map((r) => ({
                code: r.code,
                name: labels.area(r),
                value: formatDecimal(per10k(r.local, r.population), locale),
                step: stepOf(per10k(r.local, r.population), nationalRate),
                href: `/${locale}/coverage/${r.code}`,
              }))}
            />
            <figcaption>
              <Legend labels={stepLabels} />
            </figcaption>
          </figure>
          <DataTableView table={await areaTable({ id: "regions", areas: regions, labels, locale, kind: "region" })} locale={locale} csvHref={csv("regions")} decimals={[3]} />
        </div>
      </section>

      <GapsSection lead={t("gapsLead")} gaps={gaps} empty={empty} labels={labels} locale={locale} csvHref={csv("gaps")} />

      <section aria-labelledby="heat-title" className="flex flex-col gap-4">
        <h2 id="heat-title" className="text-2xl font-semibold">
          {t("heatTitle")}
        </h2>
        <p className="max-w-3xl">{t("heatLead")}</p>
        <HeatTable
          id="groups"
          title={t("crossTitle", { dimension: labels.dimension("group") })}
          locale={locale}
          columns={DIMENSION_VALUES.group.map((g) => labels.value("group", g))}
          rows={regions.map((r) => ({
            label: labels.area(r),
            href: `/${locale}/coverage/${r.code}`,
            cells: DIMENSION_VALUES.group.map((g) => {
              const n = r.counts.group[g] ?? 0;
              return {
                value: n,
                step: stepOf(per10k(n, r.population), groupRates[g]),
                href: `/${locale}${searchHref(r, { local: true, dimension: "group", value: g })}`,
                note: t("cellNote", { area: labels.area(r), value: labels.value("group", g), rate: formatDecimal(per10k(n, r.population), locale) }),
              };
            }),
          }))}
        />
        <Legend labels={stepLabels} />
        <p className="print:hidden">
          <a href={csv("groups")} className="text-brand-800 underline" download>
            {t("downloadCsv", { table: t("crossTitle", { dimension: labels.dimension("group") }) })}
          </a>
        </p>
      </section>

      <section aria-labelledby="charts-title" className="flex flex-col gap-4">
        <h2 id="charts-title" className="text-2xl font-semibold">
          {t("chartsTitle", { area: labels.area(country) })}
        </h2>
        <DimensionCharts area={country} languages={languages} labels={labels} locale={locale} rtl={rtl} csvBase={`/${locale}/coverage/csv?area=`} />
      </section>
      <p className="text-sm text-muted">{t("populationSource")}</p>
    </div>
  );
}
