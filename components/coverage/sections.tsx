import { getTranslations } from "next-intl/server";
import { COVERAGE_DIMENSIONS, per10k, searchHref, type AreaCoverage, type CoverageDimension } from "@/lib/coverage/coverage";
import { formatNumber } from "@/lib/i18n/format";
import { formatDecimal, formatPercent } from "./scale";
import { BarChart } from "./bar-chart";
import type { CoverageLabels } from "./labels";
import { dimensionTable } from "./tables";

/** One bar chart per dimension for a place, each with its table and CSV link. */
export async function DimensionCharts({ area, languages, labels, locale, rtl, csvBase }: { area: AreaCoverage; languages: string[]; labels: CoverageLabels; locale: string; rtl: boolean; csvBase: string }) {
  const t = await getTranslations("Coverage");
  const order: CoverageDimension[] = ["group", "theme", "form", "lang", "mode", "gender"];
  const tables = await Promise.all(order.filter((d) => COVERAGE_DIMENSIONS.includes(d)).map((dimension) => dimensionTable({ area, dimension, languages, labels, locale, limit: 15 })));
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      {tables.map((table) => (
        <div key={table.id} className="flex min-w-0 flex-col gap-1">
          <BarChart
            id={table.id}
            title={table.title}
            locale={locale}
            rtl={rtl}
            valueHeader={table.columns[1]!}
            bars={table.rows.map(([label, value]) => ({ label: label!.text, value: value!.number ?? 0, href: `/${locale}${value!.href ?? ""}` }))}
          />
          <p className="print:hidden">
            <a href={`${csvBase}&table=${table.id}`} className="text-sm text-brand-800 underline" download>
              {t("downloadCsv", { table: table.title })}
            </a>
          </p>
        </div>
      ))}
    </div>
  );
}

/** The headline figures of a place. */
export async function Headline({ area, labels, locale }: { area: AreaCoverage; labels: CoverageLabels; locale: string }) {
  const t = await getTranslations("Coverage");
  const local = area.kind !== "country";
  const figures = [
    { label: local ? t("localCount") : t("count"), value: formatNumber(area.local, locale), href: searchHref(area, { local }) },
    { label: t("per10k"), value: formatDecimal(per10k(area.local, area.population), locale) },
    ...(local ? [{ label: t("withOnline"), value: formatNumber(area.total, locale), href: searchHref(area) }] : []),
    { label: t("confirmedShare"), value: formatPercent(area.local ? area.confirmedRecently / area.local : undefined, locale), href: `${searchHref(area, { local })}${searchHref(area, { local }).includes("?") ? "&" : "?"}sort=confirmed` },
    { label: t("population"), value: formatNumber(area.population, locale) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" aria-label={labels.area(area)} data-testid="headline">
      {figures.map((f) => (
        <div key={f.label} className="flex flex-col-reverse gap-1 rounded border border-brand-100 bg-white p-3">
          <dt className="text-sm text-muted">{f.label}</dt>
          <dd className="text-2xl font-bold tabular-nums">
            {f.href ? (
              <a href={`/${locale}${f.href}`} className="text-brand-800 underline">
                {f.value}
              </a>
            ) : (
              f.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
