import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

async function texts(locale: string, outcome: string | undefined) {
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return outcome === "unsubscribed" ? { title: t("unsubscribedTitle"), text: t("unsubscribedText") } : { title: t("confirmedTitle"), text: t("confirmedText") };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await texts(locale, firstParam(await searchParams, "outcome"))).title, robots: { index: false } };
}

export default async function AlertDonePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Alerts");
  const { title, text } = await texts(locale, firstParam(await searchParams, "outcome"));
  return (
    <div role="status" className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{title}</h1>
      <p>{text}</p>
      <p className="flex flex-wrap gap-x-4">
        <Link href="/activities" className="text-brand-800 underline">
          {t("openSearch")}
        </Link>
        <Link href="/alerts/manage" className="text-brand-800 underline">
          {t("manageLink")}
        </Link>
      </p>
    </div>
  );
}
