import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActivityList } from "@/components/activities/activity-list";
import { HomeQuickLinks } from "@/components/layout/home-quick-links";
import { HomeUpcomingEvents } from "@/components/events/home-upcoming-events";
import { HomeLatestNews } from "@/components/news/home-latest-news";
import { SearchBox } from "@/components/activities/search-box";
import { listPublicActivities } from "@/lib/activities/queries";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("HomePage");
  const latest = await listPublicActivities({ locale, page: 1, pageSize: 6 });
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="home-title" className="flex flex-col gap-4">
        <h1 id="home-title" className="text-3xl font-bold text-brand-800 sm:text-4xl">
          {t("title")}
        </h1>
        <p className="max-w-3xl text-lg text-muted">{t("lead")}</p>
        <SearchBox label={t("searchLabel")} placeholder={t("searchPlaceholder")} button={t("searchButton")} />
      </section>
      <HomeQuickLinks />
      <section aria-labelledby="latest-title" className="flex flex-col gap-4">
        <h2 id="latest-title" className="text-2xl font-semibold">
          {t("latest")}
        </h2>
        <ActivityList items={latest.items} headingLevel={3} />
        <p>
          <Link href="/activities" className="font-semibold text-brand-800 underline">
            {t("allActivities", { count: latest.total })}
          </Link>
        </p>
      </section>
      <HomeUpcomingEvents locale={locale} />
      <HomeLatestNews locale={locale} />
      <section aria-labelledby="for-whom-title" className="flex flex-col gap-4">
        <h2 id="for-whom-title" className="text-2xl font-semibold">
          {t("forWhomTitle")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {(["newcomers", "caseWorkers", "organisers"] as const).map((who) => (
            <li key={who} className="rounded-lg border border-brand-100 p-4">
              <h3 className="font-semibold">{t(`${who}Title`)}</h3>
              <p className="mt-1 text-muted">{t(`${who}Text`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
