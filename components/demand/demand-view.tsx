import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/i18n/format";
import { demandRows } from "./demand-table";

/** The month's searches that found little, as a table with what the same search finds now. */
export async function DemandView({ actor, regionCode, month, locale }: { actor: Actor; regionCode: string; month: string; locale: string }) {
  const t = await getTranslations("Demand");
  const { rows, searches } = await demandRows({ actor, regionCode, month, locale });
  return (
    <div className="flex flex-col gap-3">
      <p>{t("total", { count: searches })}</p>
      {rows.length === 0 ? (
        <p data-testid="demand-empty">{t("empty")}</p>
      ) : (
        <div className="coverage-scroll max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={t("tableTitle")}>
          <table className="border-collapse text-sm" data-testid="demand-table">
            <caption className="sr-only">{t("tableTitle")}</caption>
            <thead>
              <tr>
                {[t("search"), t("searches"), t("foundNothing"), t("foundFew"), t("nowInRegion"), t("nowInFinland")].map((c, k) => (
                  <th key={c} scope="col" className={`border-b border-slate-400 px-2 py-1 align-bottom ${k === 0 ? "text-start" : "text-end"}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, k) => (
                <tr key={k}>
                  <th scope="row" className="border-b border-slate-200 px-2 py-1 text-start font-normal">
                    {row.text}
                  </th>
                  <td className="border-b border-slate-200 px-2 py-1 text-end tabular-nums">{formatNumber(row.searches, locale)}</td>
                  <td className="border-b border-slate-200 px-2 py-1 text-end tabular-nums">{formatNumber(row.none, locale)}</td>
                  <td className="border-b border-slate-200 px-2 py-1 text-end tabular-nums">{formatNumber(row.few, locale)}</td>
                  <td className="border-b border-slate-200 px-2 py-1 text-end tabular-nums">
                    <a href={`/${locale}${row.inRegion.href}`} className="text-brand-800 underline">
                      {formatNumber(row.inRegion.total, locale)}
                    </a>
                  </td>
                  <td className="border-b border-slate-200 px-2 py-1 text-end tabular-nums">
                    <a href={`/${locale}${row.inFinland.href}`} className="text-brand-800 underline">
                      {formatNumber(row.inFinland.total, locale)}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm text-muted">{t("privacyNote", { threshold: 5 })}</p>
    </div>
  );
}
