import type { Metadata } from "next";
import "@/components/coverage/coverage-print.css";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { coverageLabels } from "@/components/coverage/labels";
import { DemandView } from "@/components/demand/demand-view";
import { requireUser } from "@/lib/auth/session";
import { demandMonths } from "@/lib/demand/queries";
import type { SearchParams } from "@/lib/i18n/page-params";
import { coordinationParams, monthLabel, NO_PLACE } from "./params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Demand" });
  return { title: t("title"), robots: { index: false } };
}

export default async function CoordinationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/manage/coordination");
  const { choices, region, regionCode, month } = await coordinationParams(user, await searchParams);
  const t = await getTranslations("Demand");
  const labels = await coverageLabels(locale);
  const months = await demandMonths({ actor: user, regionCode });
  const regionLabel = (code: string) => (code === NO_PLACE ? t("noPlace") : labels.area({ kind: "region", code }));
  const query = `region=${region}&month=${month}`;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p className="max-w-3xl">{t("lead")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("region")}</span>
          <select name="region" defaultValue={region} className="rounded border border-slate-500 bg-white px-2 py-1.5">
            {choices.map((code) => (
              <option key={code} value={code}>
                {regionLabel(code)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium">{t("month")}</span>
          <select name="month" defaultValue={month} className="rounded border border-slate-500 bg-white px-2 py-1.5">
            {[...new Set([month, ...months])].sort().reverse().map((m) => (
              <option key={m} value={m}>
                {monthLabel(m, locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("show")}
        </button>
      </form>
      <section aria-labelledby="demand-title" className="flex flex-col gap-3">
        <h2 id="demand-title" className="text-2xl font-semibold">
          {t("heading", { region: regionLabel(region), month: monthLabel(month, locale) })}
        </h2>
        <DemandView actor={user} regionCode={regionCode} month={month} locale={locale} />
      </section>
      <ul className="flex flex-wrap gap-4">
        <li>
          <a href={`/${locale}/coverage/csv?table=demand&area=${region}&month=${month}`} className="text-brand-800 underline" download>
            {t("downloadCsv")}
          </a>
        </li>
        <li>
          <a href={`/${locale}/manage/coordination/report?${query}`} className="text-brand-800 underline">
            {t("printableReport")}
          </a>
        </li>
        {region !== NO_PLACE && (
          <li>
            <a href={`/${locale}/coverage/${region}`} className="text-brand-800 underline">
              {t("coverageOfRegion", { region: regionLabel(region) })}
            </a>
          </li>
        )}
      </ul>
    </div>
  );
}
