import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import { STEPS } from "./scale";

// Region × value as a table whose cells are shaded by the rate per resident against the
// national rate (the same steps as the map). The table is its own data table: every cell is
// a number and a link to the search that gives it; the colour only repeats what the text says.

export type HeatCell = { value: number; step: number | undefined; href: string; note: string };
export type HeatRow = { label: string; href: string; cells: HeatCell[] };

export async function HeatTable({ id, title, columns, rows, locale }: { id: string; title: string; columns: string[]; rows: HeatRow[]; locale: string }) {
  const t = await getTranslations("Coverage");
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h3>
      {/* Wide tables scroll inside their own box (focusable, so the keyboard can scroll it too). */}
      <div className="coverage-scroll max-w-full overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <table className="coverage-heat border-collapse text-sm" data-testid={`heat-${id}`}>
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky start-0 bg-white p-1 text-start align-bottom">
                {t("region")}
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" className="max-w-[7rem] p-1 text-start align-bottom text-xs font-semibold">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row" className="sticky start-0 whitespace-nowrap bg-white p-1 pe-3 text-start font-normal">
                  <a href={row.href} className="text-brand-800 underline">
                    {row.label}
                  </a>
                </th>
                {row.cells.map((cell, k) => {
                  const step = cell.step === undefined ? undefined : STEPS[cell.step];
                  return (
                    <td
                      key={k}
                      className={`border border-slate-300 p-0 text-center tabular-nums ${step ? "" : "coverage-zero"}`}
                      style={step ? { backgroundColor: step.fill } : undefined}
                    >
                      <a href={cell.href} className="block min-w-[2.75rem] px-2 py-1.5 font-semibold" style={{ color: step?.text ?? "#000000" }} title={cell.note}>
                        {formatNumber(cell.value, locale)}
                      </a>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
