import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertLinkPage } from "@/components/alerts/alert-link-page";
import { describeSearch } from "@/components/alerts/describe-search";
import { listAlertsOfToken } from "@/lib/alerts/mutations";
import { getPathname } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return { title: t("manageTitle"), robots: { index: false } };
}

// Every alert of the address the manage link was mailed to; each removal is a POST with the token.
export default async function AlertManagePage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Alerts");
  const decoded = decodeURIComponent(token);
  const found = await listAlertsOfToken(decoded);
  if (!found) return <AlertLinkPage locale={locale} token="" ok={false} title="" text="" button="" action="" />;
  const removed = firstParam(await searchParams, "removed");
  const hidden = (
    <>
      <input type="hidden" name="token" value={decoded} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  const rows = await Promise.all(found.alerts.map(async (alert) => ({ ...alert, description: await describeSearch(alert.query, locale, t("allActivities")) })));
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("manageTitle")}</h1>
      <p>{t("manageFor", { email: found.email })}</p>
      {removed !== undefined && /^\d+$/.test(removed) && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 text-green-900">
          {t("removed", { count: Number(removed) })}
        </p>
      )}
      {rows.length === 0 ? (
        <p>{t("manageNone")}</p>
      ) : (
        <>
          <ul className="flex flex-col gap-3">
            {rows.map((alert) => (
              <li key={alert.id} className="flex flex-wrap items-center justify-between gap-3 rounded border border-brand-100 p-3">
                <div className="min-w-0">
                  <a href={`${getPathname({ href: "/activities", locale })}${alert.query ? `?${alert.query}` : ""}`} className="font-semibold text-brand-800 underline">
                    {alert.description}
                  </a>
                  <p className="text-sm text-muted">
                    {t(`frequencies.${alert.frequency}`)}
                    {alert.includeNews ? ` · ${t("withNews")}` : ""}
                    {alert.includeEvents ? ` · ${t("withEvents")}` : ""}
                    {alert.confirmedAt ? "" : ` · ${t("unconfirmed")}`}
                  </p>
                </div>
                <form method="post" action="/api/alerts/remove">
                  {hidden}
                  <input type="hidden" name="alertId" value={alert.id} />
                  <button type="submit" className="rounded border-2 border-red-700 px-3 py-1 font-semibold text-red-800 hover:bg-red-50" aria-label={`${t("remove")}: ${alert.description}`}>
                    {t("remove")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <form method="post" action="/api/alerts/remove">
            {hidden}
            <button type="submit" className="rounded border-2 border-red-700 bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800">
              {t("removeAll")}
            </button>
          </form>
        </>
      )}
    </div>
  );
}
