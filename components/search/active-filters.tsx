import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { toSearchParams, withoutFilter, type SearchQuery } from "@/lib/search/query";
import { activeFilterValues, type searchLabels } from "./search-labels";

/** The chosen filters as links that remove them: works without JavaScript. */
export async function ActiveFilters({ query, labels }: { query: SearchQuery; labels: Awaited<ReturnType<typeof searchLabels>> }) {
  const t = await getTranslations("Search");
  const tSearch = t;
  const chips = activeFilterValues(query).map(({ dimension, value }) => ({
    key: `${dimension}:${value}`,
    label: labels.value(dimension, value),
    href: `/activities?${toSearchParams(withoutFilter(query, dimension === "region" ? "region" : dimension, value))}`,
  }));
  if (query.age !== undefined) {
    chips.push({ key: "age", label: `${tSearch("age")}: ${query.age}`, href: `/activities?${toSearchParams(withoutFilter(query, "age"))}` });
  }
  if (chips.length === 0) return null;
  const clearAll = toSearchParams({ ...query, municipality: [], region: [], lang: [], group: [], theme: [], form: [], mode: [], day: [], time: [], gender: [], finnish: undefined, age: undefined, free: false, referrals: false, childcare: false, room: false, nationwide: true, page: 1 });
  return (
    <nav aria-label={t("activeFilters")}>
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              aria-label={t("removeFilter", { label: chip.label })}
              className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
            >
              {chip.label} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={`/activities?${clearAll}`} className="text-sm text-brand-800 underline">
            {t("clearAll")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
