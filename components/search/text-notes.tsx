import { getTranslations } from "next-intl/server";
import { formatList } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { getReferenceData, municipalityName, regionName } from "@/lib/reference/municipalities";
import type { SearchResponse } from "@/lib/search";
import { toSearchParams } from "@/lib/search/query";
import { MAX_SEARCH_WORDS } from "@/lib/search/text/query-words";

/**
 * What search made of the words typed: a place named in the text ("kielikahvila turku")
 * narrows the results to it, shown as a chip that removes it with the count for all of
 * Finland; words that no notice contains are named; a search cut to its first words says so.
 */
export async function TextNotes({ response, locale }: { response: SearchResponse; locale: string }) {
  const t = await getTranslations("Search");
  const { places, unmatched, truncated, query } = response;
  if (!places && unmatched.length === 0 && !truncated) return null;
  let placeNames = "";
  if (places) {
    const { municipalities, regions } = await getReferenceData();
    placeNames = formatList(
      places.list.map((p) => {
        if (p.kind === "municipality") {
          const m = municipalities.get(p.code);
          return m ? municipalityName(m, locale) : p.code;
        }
        const r = regions.get(p.code);
        return r ? regionName(r, locale) : p.code;
      }),
      locale,
    );
  }
  const allFinland = places ? `/activities?${toSearchParams({ ...query, q: places.textWithout, page: 1 })}` : "";
  return (
    <div className="flex flex-col gap-2">
      {places && !places.fallback && (
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Link
            href={allFinland}
            aria-label={t("placeRemove", { places: placeNames, count: places.allFinland })}
            className="inline-flex min-h-8 items-center gap-1 rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
          >
            {t("placeFromText", { places: placeNames, count: response.total })} <span aria-hidden="true">×</span>
          </Link>
          <Link href={allFinland} className="text-sm font-medium text-brand-800 underline">
            {t("placeAllFinland", { count: places.allFinland })}
          </Link>
        </p>
      )}
      {places?.fallback && (
        <p role="note" className="rounded border border-amber-700 bg-amber-50 p-2 text-sm text-amber-950">
          {t("placeFallback", { places: placeNames })}
        </p>
      )}
      {unmatched.length > 0 && response.total > 0 && (
        <p role="note" className="text-sm text-muted">
          {t("unmatched", { count: unmatched.length, words: formatList(unmatched.map((w) => `”${w}”`), locale) })}
        </p>
      )}
      {truncated && (
        <p role="note" className="text-sm text-muted">
          {t("tooManyWords", { max: MAX_SEARCH_WORDS })}
        </p>
      )}
    </div>
  );
}
