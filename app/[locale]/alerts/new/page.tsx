import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertForm } from "@/components/alerts/alert-form";
import { AlertsIntlProvider } from "@/components/alerts/intl-provider";
import { describeSearch } from "@/components/alerts/describe-search";
import { normaliseAlertQuery } from "@/lib/alerts/query";
import { Link } from "@/lib/i18n/navigation";
import type { SearchParams } from "@/lib/i18n/page-params";
import { subscribeAlertAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Alerts" });
  // The page's address holds a search, not content of its own.
  return { title: t("formTitle"), robots: { index: false } };
}

// Subscribing to a search, reached from "Email me when new activities match" under the results:
// the search arrives as its own URL parameters, read by the search's parser (anything malformed
// is left out, never an error) and shown in words before the address is asked for.
export default async function NewAlertPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Alerts");
  const query = normaliseAlertQuery(await searchParams);
  const search = await describeSearch(query, locale, t("allActivities"));
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("formTitle")}</h1>
      <p>
        <span className="font-semibold">{t("searchIs")}</span> <bdi>{search}</bdi>
      </p>
      <p>{t("formLead")}</p>
      <AlertsIntlProvider>
        <AlertForm action={subscribeAlertAction} query={query} />
      </AlertsIntlProvider>
      <p>
        <Link href={`/activities${query ? `?${query}` : ""}`} className="text-brand-800 underline">
          {t("backToSearch")}
        </Link>
      </p>
    </div>
  );
}
