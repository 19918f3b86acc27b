import "server-only";
import { getTranslations } from "next-intl/server";
import { isLocale } from "../i18n/locales";
import { siteOrigin } from "../site/origin";
import { buildNewsFeed, FEED_CONTENT_TYPES, type FeedFormat } from "./feeds";
import { newsFiltersToParams, parseNewsFilters } from "./filters";
import { listPublicNews } from "./queries";

/** The route handlers of /{locale}/news/feed.xml, atom.xml and feed.json: the list's filters, the latest 50. */
export async function newsFeedResponse(request: Request, params: Promise<{ locale: string }>, format: FeedFormat): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const filters = { ...parseNewsFilters(new URL(request.url).searchParams), page: 1 };
  const t = await getTranslations({ locale, namespace: "News" });
  const { items } = await listPublicNews(filters, locale, { pageSize: 50 });
  const body = buildNewsFeed({
    format,
    origin: await siteOrigin(),
    locale,
    query: newsFiltersToParams(filters).toString(),
    title: t("feedTitle"),
    description: t("feedDescription"),
    categoryLabel: (category) => t(`categories.${category}`),
    items,
  });
  return new Response(body, { headers: { "Content-Type": FEED_CONTENT_TYPES[format], "Cache-Control": "public, max-age=300" } });
}
