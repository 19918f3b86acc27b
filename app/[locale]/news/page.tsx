import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewsCard } from "@/components/news/news-card";
import { Pagination } from "@/components/ui/pagination";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { LOCALES } from "@/lib/i18n/locales";
import type { SearchParams } from "@/lib/i18n/page-params";
import { categorySlug, NEWS_CATEGORIES } from "@/lib/news/categories";
import { FEED_FORMATS, type FeedFormat } from "@/lib/news/feeds";
import { newsFiltersToParams, parseNewsFilters } from "@/lib/news/filters";
import { listPublicNews } from "@/lib/news/queries";
import { languageName } from "@/lib/reference/languages";
import { getReferenceData, regionName } from "@/lib/reference/municipalities";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const FEED_TYPES: Record<FeedFormat, string> = { rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" };

function feedHref(locale: string, format: FeedFormat, query: string) {
  return `${getPathname({ href: "/news", locale })}/${FEED_FORMATS[format]}${query ? `?${query}` : ""}`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "News" });
  const query = newsFiltersToParams(parseNewsFilters(await searchParams), { page: false }).toString();
  // <link rel="alternate"> for the three feeds of exactly this filtered list.
  return {
    title: t("title"),
    description: t("lead"),
    alternates: {
      types: {
        [FEED_TYPES.rss]: [{ url: feedHref(locale, "rss", query), title: `${t("feedTitle")} (RSS)` }],
        [FEED_TYPES.atom]: [{ url: feedHref(locale, "atom", query), title: `${t("feedTitle")} (Atom)` }],
        [FEED_TYPES.json]: [{ url: feedHref(locale, "json", query), title: `${t("feedTitle")} (JSON Feed)` }],
      },
    },
  };
}

export default async function NewsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("News");
  const filters = parseNewsFilters(await searchParams);
  const { total, pageSize, items } = await listPublicNews(filters, locale);
  const { regions } = await getReferenceData();
  const regionOptions = [...regions.values()].map((r) => ({ value: r.code, label: regionName(r, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  const query = newsFiltersToParams(filters, { page: false });
  const queryObject = Object.fromEntries([...query.keys()].map((key) => [key, query.getAll(key)]));
  const filtered = query.toString() !== "";
  const selectClass = "mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-3xl text-muted">{t("lead")}</p>
      </div>
      <form method="get" action={getPathname({ href: "/news", locale })} aria-labelledby="news-filters-title" className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
        <h2 id="news-filters-title" className="text-lg font-semibold">
          {t("filtersTitle")}
        </h2>
        <div className="grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="news-category" className="font-medium">
              {t("category")}
            </label>
            <select id="news-category" name="category" defaultValue={filters.category[0] ? categorySlug(filters.category[0]) : ""} className={selectClass}>
              <option value="">{t("any")}</option>
              {NEWS_CATEGORIES.map((c) => (
                <option key={c} value={categorySlug(c)}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="news-region" className="font-medium">
              {t("region")}
            </label>
            <select id="news-region" name="region" defaultValue={filters.region[0] ?? ""} className={selectClass}>
              <option value="">{t("any")}</option>
              {regionOptions.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="news-lang" className="font-medium">
              {t("language")}
            </label>
            <select id="news-lang" name="lang" defaultValue={filters.lang[0] ?? ""} className={selectClass}>
              <option value="">{t("any")}</option>
              {LOCALES.map((code) => (
                <option key={code} value={code}>
                  {languageName(code, locale)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("apply")}
          </button>
          {filtered && (
            <Link href="/news" className="text-brand-800 underline">
              {t("clear")}
            </Link>
          )}
        </div>
      </form>
      <section aria-labelledby="news-results" className="flex flex-col gap-4">
        <h2 id="news-results" role="status" className="text-lg font-semibold">
          {t("count", { count: total })}
        </h2>
        {items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {items.map((item) => (
              <li key={item.id}>
                <NewsCard item={item} locale={locale} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={filters.page} pageSize={pageSize} total={total} pathname="/news" query={queryObject} />
      </section>
      <section aria-labelledby="news-feeds" className="flex flex-col gap-2">
        <h2 id="news-feeds" className="text-lg font-semibold">
          {t("feeds")}
        </h2>
        <ul className="flex flex-wrap gap-4">
          {(Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => (
            <li key={format}>
              <a href={feedHref(locale, format, query.toString())} type={FEED_TYPES[format]} className="text-brand-800 underline">
                {t(format === "rss" ? "feedRss" : format === "atom" ? "feedAtom" : "feedJson")}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
