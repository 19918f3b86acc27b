import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Props = { page: number; pageSize: number; total: number; pathname: string; query: Record<string, string | string[]> };

/** Previous/next plus a few numbered pages; plain links, so it works without JavaScript. */
export async function Pagination({ page, pageSize, total, pathname, query }: Props) {
  const t = await getTranslations("Pagination");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => ({ pathname, query: { ...query, page: String(p) } });
  const numbers = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const linkClass = "page-link"; // app/globals.css: in the HTML and again in the payload
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-col items-center gap-2">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={href(page - 1)} rel="prev" className={linkClass}>
              <span aria-hidden="true" className="inline-block rtl:rotate-180">←</span> {t("previous")}
            </Link>
          </li>
        )}
        {numbers.map((p) => (
          <li key={p}>
            {p === page ? (
              <span aria-current="page" aria-label={t("current", { page: p })} className={linkClass}>
                {p}
              </span>
            ) : (
              <Link href={href(p)} aria-label={t("page", { page: p })} className={linkClass}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <Link href={href(page + 1)} rel="next" className={linkClass}>
              {t("next")} <span aria-hidden="true" className="inline-block rtl:rotate-180">→</span>
            </Link>
          </li>
        )}
      </ul>
      <p className="text-sm text-muted">{t("status", { page, pages })}</p>
    </nav>
  );
}
