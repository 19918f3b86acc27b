import { getTranslations } from "next-intl/server";
import { formatCalendarDate, formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { NewsSummary } from "@/lib/news/queries";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { getReferenceData, regionName } from "@/lib/reference/municipalities";

/** One news item in a list: category, title (link), lead, date, regions and, for a fallback language, which one. */
export async function NewsCard({ item, locale, headingLevel = 2 }: { item: NewsSummary; locale: string; headingLevel?: 2 | 3 }) {
  const t = await getTranslations("News");
  const { regions } = await getReferenceData();
  const Heading = `h${headingLevel}` as const;
  const regionNames = item.regions.length ? item.regions.map((code) => (regions.get(code) ? regionName(regions.get(code)!, locale) : code)).join(", ") : t("nationwide");
  return (
    <article className="flex flex-col gap-1 rounded-lg border border-brand-100 p-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t(`categories.${item.category}`)}</p>
      <Heading className="text-xl font-semibold" lang={item.translated ? undefined : item.language} dir={item.translated ? undefined : languageDirection(item.language)}>
        <Link href={`/news/${item.id}`} className="text-brand-800 underline-offset-4 hover:underline">
          {item.title}
        </Link>
      </Heading>
      <p lang={item.translated ? undefined : item.language} dir={item.translated ? undefined : languageDirection(item.language)}>
        {item.lead}
      </p>
      <p className="text-sm text-muted">
        {t("published", { date: formatDate(item.publishedAt, locale) })} · {regionNames}
        {item.validUntil ? <> · {t("validUntil", { date: formatCalendarDate(item.validUntil, locale) })}</> : null}
      </p>
      {!item.translated && <p className="text-sm text-muted">{t("inLanguage", { language: languageName(item.language, locale) })}</p>}
    </article>
  );
}
