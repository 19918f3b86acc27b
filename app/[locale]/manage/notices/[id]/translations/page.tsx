import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { NoticeOriginal } from "@/components/activities/notice-original";
import { TranslationForm } from "@/components/manage/translation-form";
import { getEditableNotice } from "@/lib/activities/manage-queries";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { ACTIVITY_LANGUAGES, languageName } from "@/lib/reference/languages";
import { saveTranslationAction } from "../../../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Translations" });
  return { title: t("title"), robots: { index: false } };
}

export default async function TranslationsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/manage/notices/${id}/translations`);
  const notice = await getEditableNotice({ actor: user, activityId: id });
  if (!notice) notFound();
  const t = await getTranslations("Translations");
  const tf = await getTranslations("NoticeForm");
  const original = notice.content.facts.originalLanguage;
  const chosen = firstParam(await searchParams, "language");
  const existing = Object.keys(notice.content.texts).filter((code) => code !== original);
  const done = firstParam(await searchParams, "done");
  const originalChanged = notice.textUpdatedAt[original];
  const outdated = (code: string) => Boolean(originalChanged && notice.textUpdatedAt[code] && notice.textUpdatedAt[code] < originalChanged);
  const editing = chosen && chosen !== original ? chosen : undefined;
  const texts = editing ? notice.content.texts[editing] : undefined;
  const languages = ACTIVITY_LANGUAGES.filter((code) => code !== original)
    .map((code) => ({ value: code, label: languageName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("lead", { language: languageName(original, locale) })}</p>
      {done === "saved" && editing && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {t("savedIn", { language: languageName(editing, locale) })}
        </p>
      )}
      {existing.length > 0 && (
        <section aria-labelledby="existing-title">
          <h2 id="existing-title" className="text-xl font-semibold">
            {t("existing")}
          </h2>
          <ul className="flex flex-wrap gap-4">
            {existing.map((code) => (
              <li key={code}>
                <Link href={{ pathname: `/manage/notices/${notice.id}/translations`, query: { language: code } }} className="text-brand-800 underline">
                  {languageName(code, locale)}
                </Link>
                {outdated(code) && <span className="ms-2 rounded border border-amber-700 bg-amber-50 px-2 text-sm">{t("outdated")}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Side by side: the original to translate from, the translation being written. */}
      <div className="grid items-start gap-6 lg:grid-cols-2">
        {notice.content.texts[original] && <NoticeOriginal texts={notice.content.texts[original]} language={original} locale={locale} />}
        <TranslationForm
          key={editing ?? "new"}
          kind="notice"
          action={saveTranslationAction}
          recordId={notice.id}
          defaultValue={{ locale: editing, ...Object.fromEntries(Object.entries(texts ?? {}).map(([k, v]) => [k, v ?? undefined])) }}
          languages={languages}
          labels={{ language: t("locale"), chooseLanguage: t("chooseLanguage"), save: t("save") }}
          fields={[
            { name: "title", label: tf("title"), required: true },
            { name: "summary", label: tf("summary"), rows: 2, required: true },
            { name: "description", label: tf("description"), rows: 5, required: true },
            { name: "integrationSupport", label: tf("integrationSupport"), rows: 3, required: true },
            { name: "howToJoin", label: tf("howToJoin"), rows: 3, required: true },
            { name: "scheduleNote", label: tf("scheduleNote"), rows: 2 },
            { name: "costNote", label: tf("costNote") },
            { name: "easySummary", label: tf("easySummary"), rows: 3 },
          ]}
        />
      </div>
      <p>
        <Link href={`/manage/notices/${notice.id}`} className="text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
