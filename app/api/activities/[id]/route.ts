import { getPublicActivity } from "@/lib/activities/queries";
import { overLimit } from "@/lib/http/rate-limited";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

// GET /api/activities/{id}: one public notice; 404 for anything the public may not see,
// 410 for a notice that has expired or been archived.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const limited = await overLimit(request, "publicApiPerIp");
  if (limited) return limited;
  const { id } = await params;
  const locale = new URL(request.url).searchParams.get("locale");
  const activity = await getPublicActivity(id, isLocale(locale) ? locale : DEFAULT_LOCALE);
  if (!activity) return Response.json({ error: "not_found" }, { status: 404 });
  if (activity.availability !== "current") {
    return Response.json({ error: "no_longer_available", availability: activity.availability }, { status: 410 });
  }
  const { deletedAt: _deleted, status: _status, ...rest } = activity;
  void _deleted;
  void _status;
  return Response.json(rest, { headers: { "Cache-Control": "no-store" } });
}
