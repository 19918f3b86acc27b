import { overLimit } from "@/lib/http/rate-limited";
import { searchActivities } from "@/lib/search";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

function isReadable(search: string): boolean {
  try {
    decodeURIComponent(search.replace(/\+/g, " "));
    return true;
  } catch {
    return false;
  }
}

// GET /api/activities: the search page's contract as JSON. Same parameters as the page,
// plus `locale` for the language of titles (default fi).
export async function GET(request: Request) {
  const limited = await overLimit(request, "publicApiPerIp");
  if (limited) return limited;
  const url = new URL(request.url);
  const params = url.searchParams;
  // The only request we cannot interpret at all: a query string that is not valid
  // percent-encoded UTF-8 (decoding it leaves replacement characters).
  if (!isReadable(url.search) || [...params].some(([key, value]) => `${key}${value}`.includes("\uFFFD"))) {
    return Response.json({ error: "malformed_query_string" }, { status: 400 });
  }
  const locale = params.get("locale");
  const response = await searchActivities(params, isLocale(locale) ? locale : DEFAULT_LOCALE);
  return Response.json(
    {
      total: response.total,
      page: response.page,
      pageSize: response.pageSize,
      items: response.items.map((item) => ({
        id: item.id,
        title: item.title,
        summary: item.summary,
        language: item.contentLocale,
        organisation: item.organisation,
        municipalities: item.municipalityNames,
        nationwide: item.nationwide,
        mode: item.mode.toLowerCase(),
        languages: item.languages,
        supportLanguages: item.supportLanguages,
        free: item.isFree,
        acceptsReferrals: item.acceptsReferrals,
        childcare: item.childcare,
        lastConfirmedAt: item.lastConfirmedAt.toISOString(),
        // "room" | "waiting_list" | "full" | "unknown" (older than 30 days), with its date (docs/decisions/011).
        capacity: item.capacity ? { status: item.capacity.status.toLowerCase(), setAt: item.capacity.setAt.toISOString() } : null,
        reportedOn: item.reportedOn?.toISOString() ?? null,
        schedule: item.slots,
      })),
      facets: response.facets,
      ignored: response.ignored,
      // What search made of the words: those no notice contains, whether the search was cut to
      // its first words, and a place named in the text that narrowed the results.
      unmatched: response.unmatched,
      truncated: response.truncated,
      ...(response.places ? { places: response.places } : {}),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
