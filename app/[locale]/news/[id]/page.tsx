import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { formatCalendarDate, formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { renderNewsMarkdown } from "@/lib/news/markdown";
import { getPublicNews } from "@/lib/news/queries";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { getReferenceData, regionName } from "@/lib/reference/municipalities";
import { isRecordId } from "@/lib/validation/record-id";

type Props = { params: Promise<{ locale: string; id: string }> };

async function load(id: string, locale: string) {
  return isRecordId(id) ? getPublicNews(id, locale) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const item = await load(id, locale);
  return item ? { title: item.title, description: item.lead } : {};
}

export default async function NewsItemPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const item = await load(id, locale);
  if (!item) notFound();
  const t = await getTranslations("News");
  const { regions } = await getReferenceData();
  const textLang = item.translated ? undefined : item.language;
  const dir = item.translated ? undefined : languageDirection(item.language);
  return (
    <article className="flex max-w-3xl flex-col gap-4">
      <p>
        <Link href="/news" className="text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t(`categories.${item.category}`)}</p>
      <h1 className="text-3xl font-bold text-brand-800" lang={textLang} dir={dir}>
        {item.title}
      </h1>
      {!item.translated && <p className="text-sm text-muted">{t("inLanguage", { language: languageName(item.language, locale) })}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t("publishedOn")}</dt>
        <dd>{formatDate(item.publishedAt, locale)}</dd>
        <dt className="font-semibold">{t("regions")}</dt>
        <dd>{item.regions.length ? item.regions.map((code) => (regions.get(code) ? regionName(regions.get(code)!, locale) : code)).join(", ") : t("nationwide")}</dd>
        {item.organisationName && (
          <>
            <dt className="font-semibold">{t("organisation")}</dt>
            <dd>{item.organisationName}</dd>
          </>
        )}
      </dl>
      {item.validUntil && (
        <p role="note" className={item.closed ? "rounded border border-amber-700 bg-amber-50 p-2 text-amber-950" : "rounded border border-brand-100 bg-brand-50 p-2"}>
          {item.closed ? t("closed", { date: formatCalendarDate(item.validUntil, locale) }) : t("validUntil", { date: formatCalendarDate(item.validUntil, locale) })}
        </p>
      )}
      <p className="text-lg" lang={textLang} dir={dir}>
        {item.lead}
      </p>
      {/* Rendered on the server without raw HTML and with only http(s)/mailto links: lib/news/markdown.ts */}
      <div className="news-body flex flex-col gap-3" lang={textLang} dir={dir} dangerouslySetInnerHTML={{ __html: renderNewsMarkdown(item.body) }} />
    </article>
  );
}
