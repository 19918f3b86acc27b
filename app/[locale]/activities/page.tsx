import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActivityList } from "@/components/activities/activity-list";
import { SearchBox } from "@/components/activities/search-box";
import { Pagination } from "@/components/ui/pagination";
import { listPublicActivities } from "@/lib/activities/queries";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, parsePage, type SearchParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ActivitiesPage" });
  return { title: t("title") };
}

export default async function ActivitiesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const page = parsePage(firstParam(query, "page"));
  const t = await getTranslations("ActivitiesPage");
  const tHome = await getTranslations("HomePage");
  const result = await listPublicActivities({ locale, page });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <SearchBox
        label={tHome("searchLabel")}
        placeholder={tHome("searchPlaceholder")}
        button={tHome("searchButton")}
        defaultValue={firstParam(query, "q")?.slice(0, 200)}
      />
      <section aria-labelledby="results-title" className="flex flex-col gap-4">
        <h2 id="results-title" className="sr-only">
          {t("results")}
        </h2>
        <p role="status" className="font-medium">
          {t("count", { count: result.total })}
        </p>
        {result.items.length === 0 && result.total > 0 ? (
          <p>
            <Link href="/activities" className="text-brand-800 underline">
              {t("pageBeyondEnd")}
            </Link>
          </p>
        ) : result.items.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ActivityList items={result.items} headingLevel={3} />
        )}
        <Pagination page={page} pageSize={result.pageSize} total={result.total} pathname="/activities" query={{}} />
      </section>
    </div>
  );
}
