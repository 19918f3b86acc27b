import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertsIntlProvider } from "@/components/alerts/intl-provider";
import { NewsDecisionForm } from "@/components/news/news-decision-form";
import { requireModerator } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { renderNewsMarkdown } from "@/lib/news/markdown";
import { listSubmittedNews } from "@/lib/news/queries";
import { languageDirection } from "@/lib/reference/languages";
import { decideNewsAction } from "../../manage/news/actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "News" });
  return { title: t("queueTitle"), robots: { index: false } };
}

// Submitted news, oldest first, shown exactly as it would be published, with the decision.
export default async function NewsQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireModerator(locale, "/moderation/news");
  const t = await getTranslations("News");
  const items = await listSubmittedNews(locale);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("queueTitle")}</h1>
      {firstParam(await searchParams, "decided") && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 text-green-900">
          {t("decided")}
        </p>
      )}
      {items.length === 0 && <p>{t("queueEmpty")}</p>}
      <ul className="flex flex-col gap-6">
        {items.map((item) => (
          <li key={item.id} className="flex flex-col gap-3 rounded-lg border border-brand-100 p-4">
            <p className="text-sm">
              {t(`categories.${item.category}`)} · {item.organisationName ?? ""} · {item.author ? t("author", { email: item.author }) : ""}
              {item.submittedAt ? ` · ${formatDate(item.submittedAt, locale)}` : ""}
            </p>
            <article lang={item.language} dir={languageDirection(item.language)} className="flex flex-col gap-2">
              <h2 className="text-xl font-semibold">{item.title}</h2>
              <p className="font-medium">{item.lead}</p>
              <div className="news-body flex flex-col gap-3" dangerouslySetInnerHTML={{ __html: renderNewsMarkdown(item.body) }} />
            </article>
            <AlertsIntlProvider namespace="News">
              <NewsDecisionForm action={decideNewsAction} newsId={item.id} />
            </AlertsIntlProvider>
          </li>
        ))}
      </ul>
    </div>
  );
}
