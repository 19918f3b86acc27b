import { getTranslations } from "next-intl/server";
import { searchHref } from "@/lib/coverage/coverage";
import type { EmptyArea, Gap } from "@/lib/coverage/gaps";
import { DataTableView } from "./data-table";
import type { CoverageLabels } from "./labels";
import { formatDecimal } from "./scale";
import { gapTable } from "./tables";

// Gaps in words, most residents affected first; each sentence links to the search that finds nothing.
export async function GapList({ gaps, empty, labels, locale, limit }: { gaps: Gap[]; empty: EmptyArea[]; labels: CoverageLabels; locale: string; limit: number }) {
  const t = await getTranslations("Coverage");
  const items = [
    ...empty.map((e) => ({
      population: e.population,
      key: `empty-${e.code}`,
      href: searchHref(e, { local: true }),
      sentence: t("gapEmpty", { area: labels.area(e) }),
      meta: [t("residents", { count: e.population })],
    })),
    ...gaps.map((g) => ({
      population: g.area.population,
      key: `${g.area.code}-${g.dimension}-${g.value}`,
      href: searchHref(g.area, { local: true, dimension: g.dimension, value: g.value }),
      sentence:
        g.kind === "none"
          ? t("gapNone", { area: labels.area(g.area), dimension: labels.dimension(g.dimension), value: labels.value(g.dimension, g.value) })
          : t("gapFew", { area: labels.area(g.area), dimension: labels.dimension(g.dimension), value: labels.value(g.dimension, g.value), count: g.count, expected: formatDecimal(g.expected, locale) }),
      meta: [
        t("residents", { count: g.area.population }),
        ...(g.kind === "none" ? [t("expectedAbout", { expected: formatDecimal(g.expected, locale) })] : []),
        ...(g.online > 0 ? [t("gapOnline", { count: g.online })] : []),
      ],
    })),
    // Ranked by the residents affected: a place with nothing at all among the others (stable sort).
  ].sort((a, b) => b.population - a.population);
  if (items.length === 0) return <p>{t("noGaps")}</p>;
  const render = (list: typeof items, start: number) => (
    <ol className="flex list-decimal flex-col gap-2 ps-6" start={start}>
      {list.map((item) => (
        <li key={item.key}>
          <a href={`/${locale}${item.href}`} className="font-medium text-brand-800 underline">
            {item.sentence}
          </a>
          <span className="block text-sm text-muted">{item.meta.join(" · ")}</span>
        </li>
      ))}
    </ol>
  );
  return (
    <div className="flex flex-col gap-3" data-testid="gap-list">
      {render(items.slice(0, limit), 1)}
      {items.length > limit && (
        <details className="coverage-details">
          <summary className="cursor-pointer text-brand-800 underline">{t("moreGaps", { count: items.length - limit })}</summary>
          {render(items.slice(limit), limit + 1)}
        </details>
      )}
      <p className="text-sm text-muted">{t("gapsMethod")}</p>
    </div>
  );
}

/** The gaps section of the country and region pages: the sentences, the table behind a disclosure, the CSV. */
export async function GapsSection({ lead, gaps, empty, labels, locale, csvHref }: { lead: string; gaps: Gap[]; empty: EmptyArea[]; labels: CoverageLabels; locale: string; csvHref: string }) {
  const t = await getTranslations("Coverage");
  return (
    <section aria-labelledby="gaps-title" className="flex flex-col gap-4">
      <h2 id="gaps-title" className="text-2xl font-semibold">
        {t("gapsTitle")}
      </h2>
      <p className="max-w-3xl">{lead}</p>
      <GapList gaps={gaps} empty={empty} labels={labels} locale={locale} limit={12} />
      <details className="coverage-details">
        <summary className="cursor-pointer text-brand-800 underline">{t("showTable")}</summary>
        <DataTableView table={await gapTable({ gaps, empty, labels, locale })} locale={locale} decimals={[5]} />
      </details>
      <p className="print:hidden">
        <a href={csvHref} className="text-brand-800 underline" download>
          {t("downloadCsv", { table: t("gapsTitle") })}
        </a>
      </p>
    </section>
  );
}
