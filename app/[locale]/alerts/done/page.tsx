import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const OUTCOMES = { confirmed: ["confirmedTitle", "confirmedText"], unsubscribed: ["unsubscribedTitle", "unsubscribedText"] } as const;

function outcomeOf(value: string | undefined) {
  return value === "unsubscribed" ? OUTCOMES.unsubscribed : OUTCOMES.confirmed;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return { title: t(outcomeOf(firstParam(await searchParams, "outcome"))[0]), robots: { index: false } };
}

export default async function AlertDonePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Alerts");
  const [title, text] = outcomeOf(firstParam(await searchParams, "outcome"));
  return (
    <div role="status" className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t(title)}</h1>
      <p>{t(text)}</p>
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
