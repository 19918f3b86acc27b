import { newsFeed } from "@/lib/events/calendar-data";
import { parseEventFilters } from "@/lib/events/filters";
import { listNewEvents } from "@/lib/events/queries";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { overLimit } from "@/lib/http/rate-limited";
import { siteOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

// GET /api/events/feed?format=rss|atom&…: newly published upcoming events, newest first, with
// the list's filters.
export async function GET(request: Request) {
  // Calendar apps poll these; the public API limit per address keeps a runaway client in check.
  const limited = await overLimit(request, "publicApiPerIp");
  if (limited) return limited;
  const params = new URL(request.url).searchParams;
  const requested = params.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const filters = parseEventFilters(params);
  const events = await listNewEvents({ filters });
  return newsFeed({ events, locale, origin: await siteOrigin(), filters, format: params.get("format") === "atom" ? "atom" : "rss" });
}
