import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertsIntlProvider } from "@/components/alerts/intl-provider";
import { ActionButton } from "@/components/forms/action-button";
import { NewsForm } from "@/components/news/news-form";
import { listMyOrganisations, regionOptions } from "@/lib/activities/manage-queries";
import { isModerator } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { listNewsOfUser } from "@/lib/news/queries";
import { languageName } from "@/lib/reference/languages";
import { archiveNewsAction, createNewsAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "News" });
  return { title: t("manageTitle"), robots: { index: false } };
}

// The organiser's news: what they wrote (with its status and a moderator's feedback) and the form.
export default async function ManageNewsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/manage/news");
  const t = await getTranslations("News");
  const [organisations, regions, mine] = await Promise.all([listMyOrganisations(user), regionOptions(locale), listNewsOfUser(user.id, locale)]);
  const moderator = isModerator(user);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("manageTitle")}</h1>
        <p className="max-w-3xl">{t("manageLead")}</p>
      </div>
      <section aria-labelledby="my-news" className="flex flex-col gap-3">
        <h2 id="my-news" className="text-2xl font-semibold">
          {t("mine")}
        </h2>
        {mine.length === 0 ? (
          <p>{t("manageEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {mine.map((item) => (
              <li key={item.id} className="flex flex-col gap-2 rounded border border-brand-100 p-3">
                <p className="text-sm font-semibold">
                  {t(`statuses.${item.status}`)} · {t(`categories.${item.category}`)}
                  {item.publishedAt ? ` · ${formatDate(item.publishedAt, locale)}` : ""}
                </p>
                <h3 className="text-lg font-semibold">
                  {item.status === "PUBLISHED" ? (
                    <Link href={`/news/${item.id}`} className="text-brand-800 underline">
                      {item.title}
                    </Link>
                  ) : (
                    item.title
                  )}
                </h3>
                {item.feedback && (
                  <p className="rounded border border-amber-700 bg-amber-50 p-2 whitespace-pre-line">
                    <span className="font-semibold">{t("feedback")}:</span> {item.feedback}
                  </p>
                )}
                {item.status !== "ARCHIVED" && (
                  <div className="flex flex-wrap items-center gap-4">
                    <Link href={`/manage/news/${item.id}`} className="text-brand-800 underline">
                      {t("edit.link")}
                      <span className="sr-only">: {item.title}</span>
                    </Link>
                    <ActionButton action={archiveNewsAction} fields={{ newsId: item.id }} label={t("archive")} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="write-news" className="flex flex-col gap-3">
        <h2 id="write-news" className="text-2xl font-semibold">
          {t("formTitle")}
        </h2>
        {organisations.length === 0 && !moderator ? (
          <p>{t("needOrganisation")}</p>
        ) : (
          <AlertsIntlProvider namespace="News">
            <NewsForm
              action={createNewsAction}
              moderator={moderator}
              locale={locale}
              organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
              languages={LOCALES.map((code) => ({ value: code, label: languageName(code, locale) }))}
              regions={regions.map((r) => ({ value: r.code, label: r.name }))}
            />
          </AlertsIntlProvider>
        )}
      </section>
    </div>
  );
}
