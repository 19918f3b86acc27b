import { getTranslations } from "next-intl/server";
import { calendarResponse } from "@/lib/events/calendar-data";
import { parseEventFilters } from "@/lib/events/filters";
import { listFeedEvents } from "@/lib/events/queries";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { overLimit } from "@/lib/http/rate-limited";
import { siteOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

// GET /api/events/calendar?…: a subscribable calendar (webcal:) of the events list with the
// same filters as /{locale}/events, plus `locale` for the texts. Cancelled events stay in it.
export async function GET(request: Request) {
  // Calendar apps poll these; the public API limit per address keeps a runaway client in check.
  const limited = await overLimit(request, "publicApiPerIp");
  if (limited) return limited;
  const params = new URL(request.url).searchParams;
  const requested = params.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const filters = parseEventFilters(params);
  const t = await getTranslations({ locale, namespace: "Events" });
  const events = await listFeedEvents({ filters });
  return calendarResponse({ events, locale, origin: await siteOrigin(), name: t("calendarName"), filename: "tukiverkko-events.ics" });
}
