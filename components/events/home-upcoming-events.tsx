import { getTranslations } from "next-intl/server";
import { listUpcomingEvents } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { EventList } from "./event-card";

/** The home page's "Upcoming events" section: the next three, and a link to all. */
export async function HomeUpcomingEvents({ locale }: { locale: string }) {
  const t = await getTranslations("Events");
  const upcoming = await listUpcomingEvents({ locale, limit: 3 });
  return (
    <section aria-labelledby="home-events-title" className="flex flex-col gap-4">
      <h2 id="home-events-title" className="text-2xl font-semibold">
        {t("homeTitle")}
      </h2>
      <p className="max-w-3xl text-muted">{t("homeLead")}</p>
      {upcoming.items.length === 0 ? <p>{t("none")}</p> : <EventList items={upcoming.items} locale={locale} headingLevel={3} />}
      <p>
        <Link href="/events" className="font-semibold text-brand-800 underline">
          {t("homeAll", { count: upcoming.total })}
        </Link>
      </p>
    </section>
  );
}
