import type { Metadata } from "next";
import { headers } from "next/headers";
import { after } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActivityList } from "@/components/activities/activity-list";
import { AlertInvite } from "@/components/alerts/alert-invite";
import { normaliseAlertQuery } from "@/lib/alerts/query";
import { ActiveFilters } from "@/components/search/active-filters";
import { AutoSubmitForm } from "@/components/search/auto-submit-form";
import { NoResults } from "@/components/search/no-results";
import { ExportLinks } from "@/components/open-data/export-links";
import { SearchFilters } from "@/components/search/search-filters";
import { TextNotes } from "@/components/search/text-notes";
import { activeFilterValues, searchLabels } from "@/components/search/search-labels";
import { Pagination } from "@/components/ui/pagination";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/i18n/page-params";
import { recordSearchDemand } from "@/lib/demand/record";
import { REQUEST_ID_HEADER } from "@/lib/http/request-log";
import { allowReuse } from "@/lib/http/reusable-render";
import { searchActivities } from "@/lib/search";
import { searchTokens, SORTS, toSearchParams } from "@/lib/search/query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Search" });
  return { title: t("title") };
}

export default async function ActivitiesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const response = await searchActivities(await searchParams, locale);
  // Searches that found little are counted in aggregate for coordinators (docs/decisions/015):
  // after the response is sent, and it never throws.
  const requestHeaders = await headers();
  after(() => recordSearchDemand(response, locale, requestHeaders));
  // The page may be reused for identical anonymous requests, each counted as this one is
  // (docs/decisions/019); only what counting needs is kept with it, not the cards.
  const outcome = { query: response.query, total: response.total, places: response.places };
  allowReuse(requestHeaders.get(REQUEST_ID_HEADER), (reusedBy) => void recordSearchDemand(outcome, locale, reusedBy));
  const { query } = response;
  const t = await getTranslations("Search");
  const labels = await searchLabels(locale);
  const activeCount = activeFilterValues(query).length + (query.age !== undefined ? 1 : 0);
  const canonical = Object.fromEntries(
    [...toSearchParams(query, { page: 1 }).keys()].map((key) => [key, toSearchParams(query, { page: 1 }).getAll(key)]),
  );
  const beyondEnd = response.items.length === 0 && response.total > 0;
  const tAlerts = await getTranslations("Alerts");

  return (
    // The alert invitation (a link to its own page) sits after the search form, outside it.
    <div className="flex flex-col gap-8">
      <AutoSubmitForm action={getPathname({ href: "/activities", locale })} className="flex flex-col gap-6">
        <a href="#results" className="skip-link-inline">
          {t("skipToResults")}
        </a>
        <div className="flex flex-col gap-2">
          <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
          <p className="text-muted">{t("lead")}</p>
        </div>
        <div className="flex max-w-3xl flex-wrap items-end gap-2">
          <div className="flex min-w-0 flex-[1_1_12rem] flex-col gap-1">
            <label htmlFor="q" className="font-medium">
              {t("searchLabel")}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              maxLength={200}
              defaultValue={query.q}
              placeholder={t("searchPlaceholder")}
              className="w-full min-w-0 rounded border border-muted px-3 py-2 text-base"
            />
          </div>
          <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("searchButton")}
          </button>
        </div>
        <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
          {/* On wide screens the filter column scrolls on its own, so the results stay in view; it takes
              focus so it can be scrolled with the keyboard too (axe: scrollable-region-focusable). */}
          <aside aria-label={t("filters")} tabIndex={0} className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
            <SearchFilters locale={locale} query={query} facets={response.facets} labels={labels} activeCount={activeCount} total={response.total} />
          </aside>
          <section id="results" tabIndex={-1} aria-labelledby="results-title" className="flex min-w-0 flex-col gap-4 focus:outline-none">
            <h2 id="results-title" className="sr-only">
              {t("results")}
            </h2>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p role="status" aria-live="polite" className="text-lg font-semibold">
                {query.q ? t("countFor", { count: response.total, q: query.q }) : t("count", { count: response.total })}
              </p>
              <div className="flex min-w-0 max-w-full flex-wrap items-center gap-2">
                <label htmlFor="sort" className="text-sm font-medium">
                  {t("sort")}
                </label>
                <select id="sort" name="sort" defaultValue={query.sort} className="min-w-0 max-w-full rounded border border-muted bg-white px-2 py-1.5 text-sm">
                  {SORTS.filter((s) => s !== "relevance" || query.q).map((s) => (
                    <option key={s} value={s}>
                      {t(`sortValue.${s}`)}
                    </option>
                  ))}
                </select>
                <noscript>
                  <button type="submit" className="rounded border border-brand-600 px-2 py-1 text-sm text-brand-800">
                    {t("sortButton")}
                  </button>
                </noscript>
              </div>
            </div>
            {response.ignored.municipality.length > 0 && (
              <p role="note" className="rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
                {t("ignoredMunicipality", { values: response.ignored.municipality.join(", ") })}
              </p>
            )}
            <ActiveFilters query={query} labels={labels} />
            {/* The alert invitation is after the results; this takes the reader there. */}
            <p className="text-sm">
              <a href="#alert" className="text-brand-800 underline">
                {tAlerts("jump")}
              </a>
            </p>
            <TextNotes response={response} locale={locale} />
            {response.total === 0 ? (
              <NoResults response={response} labels={labels} />
            ) : beyondEnd ? (
              <p>
                {t("pageBeyondEnd")}{" "}
                <Link href={{ pathname: "/activities", query: canonical }} className="text-brand-800 underline">
                  {t("firstPage")}
                </Link>
              </p>
            ) : (
              <ActivityList items={response.items} headingLevel={3} highlight={searchTokens(query.q)} />
            )}
            <Pagination page={query.page} pageSize={response.pageSize} total={response.total} pathname="/activities" query={canonical} />
            <ExportLinks query={canonical} locale={locale} total={response.total} />
          </section>
        </div>
      </AutoSubmitForm>
      <AlertInvite search={normaliseAlertQuery(toSearchParams(query))} />
    </div>
  );
}
