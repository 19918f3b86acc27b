import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { eventFilterQuery, hasEventFilters, type EventFilters } from "@/lib/events/filters";
import { listPublicEvents } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { siteOrigin } from "@/lib/site/origin";
import { EventList } from "./event-card";
import { EventFiltersForm } from "./event-filters";
import { SubscribeLinks } from "./subscribe-links";

/** The upcoming list and the archive: one page with filters, results and (upcoming) subscriptions. */
export async function EventsPage({ filters, locale, archive }: { filters: EventFilters; locale: string; archive: boolean }) {
  const t = await getTranslations("Events");
  const result = await listPublicEvents({ filters, locale, archive });
  const pathname = archive ? "/events/archive" : "/events";
  const query: Record<string, string[]> = {};
  for (const [key, value] of eventFilterQuery(filters)) (query[key] ??= []).push(value);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{archive ? t("archiveTitle") : t("title")}</h1>
        <p className="max-w-3xl text-lg text-muted">{archive ? t("archiveLead") : t("lead")}</p>
        <p>
          <Link href={archive ? "/events" : "/events/archive"} className="text-brand-800 underline">
            {archive ? t("upcomingLink") : t("archiveLink")}
          </Link>
        </p>
      </div>
      <EventFiltersForm filters={filters} locale={locale} action={`/${locale}${pathname}`} />
      <section aria-labelledby="event-results" className="flex flex-col gap-4">
        <h2 id="event-results" className="text-2xl font-semibold" aria-live="polite">
          {t("count", { count: result.total })}
        </h2>
        {result.unmatched.length > 0 && <p className="text-muted">{t("unmatched", { words: result.unmatched.join(", ") })}</p>}
        {result.items.length === 0 ? <p>{hasEventFilters(filters) ? t("noneFiltered") : t("none")}</p> : <EventList items={result.items} locale={locale} />}
        <Pagination page={result.page} pageSize={result.pageSize} total={result.total} pathname={pathname} query={query} />
      </section>
      {!archive && <SubscribeLinks filters={filters} locale={locale} origin={await siteOrigin()} />}
    </div>
  );
}
