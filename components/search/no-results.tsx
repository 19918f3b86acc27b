import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { FacetDimension } from "@/lib/search/engine";
import { toSearchParams, withoutFilter, type SearchQuery } from "@/lib/search/query";
import type { SearchResponse } from "@/lib/search";
import type { searchLabels } from "./search-labels";

// Nothing found: say so plainly and offer the changes that would find something, with counts.
export async function NoResults({ response, labels }: { response: SearchResponse; labels: Awaited<ReturnType<typeof searchLabels>> }) {
  const t = await getTranslations("Search");
  const suggestions: { href: string; text: string; count: number }[] = [];
  const hrefFor = (query: SearchQuery) => `/activities?${toSearchParams(query)}`;
  if (response.withoutFilter.q) {
    suggestions.push({ href: hrefFor(withoutFilter(response.query, "q")), text: t("withoutText", { count: response.withoutFilter.q }), count: response.withoutFilter.q });
  }
  for (const [dimension, count] of Object.entries(response.withoutFilter) as [FacetDimension | "q", number][]) {
    if (dimension === "q" || !count) continue;
    suggestions.push({
      href: hrefFor(withoutFilter(response.query, dimension)),
      text: t("withoutFilter", { label: labels.dimension[dimension], count }),
      count,
    });
  }
  suggestions.sort((a, b) => b.count - a.count);
  return (
    <div className="rounded-lg border border-amber-700 bg-amber-50 p-4 text-amber-950">
      <h3 className="text-lg font-semibold">{t("noResultsTitle")}</h3>
      {suggestions.length > 0 ? (
        <>
          <p className="mt-1">{t("noResultsText")}</p>
          <ul className="mt-2 flex list-disc flex-col gap-1 ps-6">
            {suggestions.map((s) => (
              <li key={s.href}>
                <Link href={s.href} className="font-medium text-brand-800 underline">
                  {s.text}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1">{t("noResultsAtAll")}</p>
      )}
    </div>
  );
}
