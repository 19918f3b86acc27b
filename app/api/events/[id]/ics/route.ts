import { calendarResponse } from "@/lib/events/calendar-data";
import { getPublicEvent } from "@/lib/events/queries";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { overLimit } from "@/lib/http/rate-limited";
import { siteOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

// GET /api/events/{id}/ics?locale=fi: "Add to calendar" for one event (every session).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // Calendar apps poll these; the public API limit per address keeps a runaway client in check.
  const limited = await overLimit(request, "publicApiPerIp");
  if (limited) return limited;
  const { id } = await params;
  const requested = new URL(request.url).searchParams.get("locale");
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const event = await getPublicEvent(id, locale);
  if (!event) return new Response("Not found", { status: 404 });
  return calendarResponse({ events: [event], locale, origin: await siteOrigin(), name: event.title, filename: `event-${event.id}.ics` });
}
