import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { AlertsIntlProvider } from "@/components/alerts/intl-provider";
import { TranslationForm } from "@/components/manage/translation-form";
import { NewsForm } from "@/components/news/news-form";
import { regionOptions } from "@/lib/activities/manage-queries";
import { isModerator } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { getEditableNews } from "@/lib/news/queries";
import { ACTIVITY_LANGUAGES, languageDirection, languageName } from "@/lib/reference/languages";
import { saveNewsTranslationAction, updateNewsAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "News" });
  return { title: t("edit.title"), robots: { index: false } };
}

// Editing news and its translations (docs/decisions/014): its organisation's members and
// moderators; anyone else gets 404. A member's change sends the news to review again.
export default async function EditNewsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/manage/news/${id}`);
  const item = await getEditableNews({ actor: user, newsId: id });
  if (!item) notFound();
  const t = await getTranslations("News");
  const query = await searchParams;
  const moderator = isModerator(user);
  const original = item.originalLanguage;
  const originalText = item.translations.find((tr) => tr.locale === original);
  const chosen = firstParam(query, "language");
  const editing = chosen && chosen !== original && (ACTIVITY_LANGUAGES as readonly string[]).includes(chosen) ? chosen : undefined;
  const existing = item.translations.filter((tr) => tr.locale !== original);
  const translation = editing ? existing.find((tr) => tr.locale === editing) : undefined;
  const outdated = (updatedAt: Date) => Boolean(originalText && updatedAt < originalText.updatedAt);
  const regions = await regionOptions(locale);
  const languageOptions = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: languageName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  const dir = languageDirection(original);
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("edit.title")}</h1>
        <p className="text-sm font-semibold">
          {t(`statuses.${item.status}`)}
          {item.organisation ? ` · ${item.organisation.name}` : ""}
        </p>
        {!moderator && <p className="max-w-3xl">{item.status === "PUBLISHED" ? t("edit.publishedNote") : t("edit.reviewNote")}</p>}
        {item.moderationFeedback && (
          <p className="max-w-3xl rounded border border-amber-700 bg-amber-50 p-2 whitespace-pre-line">
            <span className="font-semibold">{t("feedback")}:</span> {item.moderationFeedback}
          </p>
        )}
        {firstParam(query, "done") === "translation" && editing && (
          <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
            {t(moderator ? "edit.translationSaved" : "edit.translationSavedForReview", { language: languageName(editing, locale) })}
          </p>
        )}
      </div>
      <section aria-labelledby="edit-text" className="flex flex-col gap-3">
        <h2 id="edit-text" className="text-2xl font-semibold">
          {t("edit.textTitle")}
        </h2>
        <AlertsIntlProvider namespace="News">
          <NewsForm
            action={updateNewsAction}
            moderator={moderator}
            locale={locale}
            organisations={[]}
            languages={languageOptions(ACTIVITY_LANGUAGES)}
            regions={regions.map((r) => ({ value: r.code, label: r.name }))}
            edit={{
              newsId: item.id,
              defaultValue: {
                language: original,
                category: item.category,
                title: originalText?.title,
                lead: originalText?.lead,
                body: originalText?.body,
                regions: item.regions,
                validUntil: item.validUntil?.toISOString().slice(0, 10),
              },
            }}
          />
        </AlertsIntlProvider>
      </section>
      <section aria-labelledby="translations" className="flex flex-col gap-3">
        <h2 id="translations" className="text-2xl font-semibold">
          {t("edit.translationsTitle")}
        </h2>
        <p className="max-w-3xl">{t("edit.translationsLead", { language: languageName(original, locale) })}</p>
        {existing.length > 0 && (
          <ul className="flex flex-wrap gap-4" aria-label={t("edit.existing")}>
            {existing.map((tr) => (
              <li key={tr.locale}>
                <Link href={{ pathname: `/manage/news/${item.id}`, query: { language: tr.locale } }} className="text-brand-800 underline" aria-current={tr.locale === editing ? "true" : undefined}>
                  {languageName(tr.locale, locale)}
                </Link>
                {outdated(tr.updatedAt) && <span className="ms-2 rounded border border-amber-700 bg-amber-50 px-2 text-sm">{t("edit.outdated")}</span>}
              </li>
            ))}
          </ul>
        )}
        {/* Side by side: the original to translate from, the translation being written. */}
        <div className="grid items-start gap-6 lg:grid-cols-2">
          {originalText && (
            <section aria-labelledby="original-title" className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
              <h3 id="original-title" className="text-xl font-semibold">
                {t("edit.original", { language: languageName(original, locale) })}
              </h3>
              <dl className="flex flex-col gap-3">
                {(["title", "lead", "body"] as const).map((field) => (
                  <div key={field}>
                    <dt className="font-semibold">{t(field === "title" ? "formHeading" : field === "lead" ? "formLead" : "formBody")}</dt>
                    <dd lang={original} dir={dir} className="whitespace-pre-line">
                      {originalText[field]}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          <TranslationForm
            key={editing ?? "new"}
            kind="news"
            action={saveNewsTranslationAction}
            recordId={item.id}
            defaultValue={{ language: editing, title: translation?.title, lead: translation?.lead, body: translation?.body }}
            languages={languageOptions(ACTIVITY_LANGUAGES.filter((code) => code !== original))}
            labels={{ language: t("edit.translationLanguage"), chooseLanguage: t("edit.chooseLanguage"), save: t("edit.saveTranslation") }}
            fields={[
              { name: "title", label: t("formHeading"), required: true },
              { name: "lead", label: t("formLead"), rows: 2, required: true },
              { name: "body", label: t("formBody"), hint: t("formBodyHint"), rows: 8, required: true },
            ]}
          />
        </div>
      </section>
      <p>
        <Link href="/manage/news" className="text-brand-800 underline">
          {t("edit.back")}
        </Link>
      </p>
    </div>
  );
}
