import { getTranslations } from "next-intl/server";
import { listUpcomingEvents } from "@/lib/events/queries";
import { EventList } from "./event-card";

/** An organisation's upcoming events on its public page (nothing when it has none). */
export async function OrganisationEvents({ organisationId, locale }: { organisationId: string; locale: string }) {
  const upcoming = await listUpcomingEvents({ locale, organisationId, limit: 20 });
  if (upcoming.total === 0) return null;
  const t = await getTranslations("Events");
  return (
    <section aria-labelledby="org-events" className="flex flex-col gap-4">
      <h2 id="org-events" className="text-2xl font-semibold">
        {t("organisationTitle")}
      </h2>
      <EventList items={upcoming.items} locale={locale} headingLevel={3} />
    </section>
  );
}
