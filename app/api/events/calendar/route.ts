import { getTranslations } from "next-intl/server";
import { calendarResponse } from "@/lib/events/calendar-data";
import { parseEventFilters } from "@/lib/events/filters";
import { listFeedEvents } from "@/lib/events/queries";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { siteOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

// GET /api/events/calendar?…: a subscribable calendar (webcal:) of the events list with the
// same filters as /{locale}/events, plus `locale` for the texts. Cancelled events stay in it.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const requested = params.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const filters = parseEventFilters(params);
  const t = await getTranslations({ locale, namespace: "Events" });
  const events = await listFeedEvents({ filters });
  return calendarResponse({ events, locale, origin: await siteOrigin(), name: t("calendarName"), filename: "tukiverkko-events.ics" });
}
