import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import { formatDecimal } from "./scale";
import type { DataTable } from "./tables";

/** A DataTable as an HTML table: numbers aligned to the end with their links; a CSV link under it. */
export async function DataTableView({ table, locale, csvHref, decimals = [], hideTitle = false }: { table: DataTable; locale: string; csvHref?: string; decimals?: number[]; hideTitle?: boolean }) {
  const t = await getTranslations("Coverage");
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="coverage-scroll max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={table.title}>
        <table className="border-collapse text-sm" data-testid={`table-${table.id}`}>
          <caption className={hideTitle ? "sr-only" : "pb-2 text-start text-lg font-semibold"}>{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((c, k) => (
                <th key={k} scope="col" className={`border-b border-slate-400 px-2 py-1 align-bottom ${k === 0 ? "text-start" : "text-end"}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, k) => {
                  const text = cell.number === undefined ? cell.text : decimals.includes(k) ? formatDecimal(cell.number, locale) : formatNumber(cell.number, locale);
                  const content = cell.href ? (
                    <a href={`/${locale}${cell.href}`} className="text-brand-800 underline">
                      {text}
                    </a>
                  ) : (
                    text
                  );
                  return k === 0 ? (
                    <th key={k} scope="row" className="border-b border-slate-200 px-2 py-1 text-start font-normal">
                      {content}
                    </th>
                  ) : (
                    <td key={k} className={`border-b border-slate-200 px-2 py-1 tabular-nums ${cell.number === undefined ? "text-start" : "text-end"}`}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {csvHref && (
        <p className="print:hidden">
          <a href={csvHref} className="text-brand-800 underline" download>
            {t("downloadCsv", { table: table.title })}
          </a>
        </p>
      )}
    </div>
  );
}
