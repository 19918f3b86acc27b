import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventsPage } from "@/components/events/events-page";
import { parseEventFilters } from "@/lib/events/filters";
import type { SearchParams } from "@/lib/i18n/page-params";
import { siteOrigin } from "@/lib/site/origin";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Events" });
  const origin = await siteOrigin();
  return {
    title: t("title"),
    description: t("lead"),
    alternates: { types: { "application/rss+xml": `${origin}/api/events/feed?format=rss&locale=${locale}`, "application/atom+xml": `${origin}/api/events/feed?format=atom&locale=${locale}` } },
  };
}

export default async function EventsListPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <EventsPage filters={parseEventFilters(await searchParams)} locale={locale} archive={false} />;
}
