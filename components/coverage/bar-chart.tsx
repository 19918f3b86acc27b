import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";

// A horizontal bar chart as server-rendered SVG, with the same figures (and their links to the
// search) in a table in <details> beside it. The bars carry their figure as text, so nothing
// depends on colour; right to left, the bars grow from the right.

export type Bar = { label: string; value: number; href: string };

const ROW = 30;
const LABEL = 210;
const WIDTH = 640;

export async function BarChart({ id, title, bars, locale, rtl, valueHeader }: { id: string; title: string; bars: Bar[]; locale: string; rtl: boolean; valueHeader: string }) {
  const t = await getTranslations("Coverage");
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL - 60;
  const height = bars.length * ROW + 4;
  const x = (v: number) => (rtl ? WIDTH - v : v);
  return (
    <figure className="coverage-figure flex min-w-0 flex-col gap-2" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-2xl" role="img" aria-labelledby={`${id}-title`} data-testid={`bars-${id}`}>
        {bars.map((bar, k) => {
          const y = k * ROW + 2;
          const w = Math.round((bar.value / max) * plot);
          const start = LABEL;
          return (
            <g key={bar.label}>
              <text x={x(LABEL - 8)} y={y + 19} textAnchor="end" fontSize={15} fill="#1f2937" direction={rtl ? "rtl" : "ltr"}>
                {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
              </text>
              {w > 0 && <rect x={rtl ? x(start + w) : start} y={y + 4} width={w} height={ROW - 8} fill="#3b528b" />}
              <text x={x(start + w + 6)} y={y + 19} textAnchor="start" fontSize={15} fontWeight={700} fill="#1f2937" direction={rtl ? "rtl" : "ltr"}>
                {formatNumber(bar.value, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="coverage-details">
        <summary className="cursor-pointer text-brand-800 underline">
          {t("showTable")}
        </summary>
        <table className="mt-2 min-w-[16rem] border-collapse text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-400 py-1 pe-4 text-start">
                {t("value")}
              </th>
              <th scope="col" className="border-b border-slate-400 py-1 text-end">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row" className="border-b border-slate-200 py-1 pe-4 text-start font-normal">
                  {bar.label}
                </th>
                <td className="border-b border-slate-200 py-1 text-end tabular-nums">
                  <a href={bar.href} className="text-brand-800 underline">
                    {formatNumber(bar.value, locale)}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
