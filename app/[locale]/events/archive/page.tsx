import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventsPage } from "@/components/events/events-page";
import { parseEventFilters } from "@/lib/events/filters";
import type { SearchParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Events" });
  return { title: t("archiveTitle"), description: t("archiveLead") };
}

export default async function EventsArchivePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <EventsPage filters={parseEventFilters(await searchParams)} locale={locale} archive />;
}
