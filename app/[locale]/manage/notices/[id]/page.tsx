import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { NoticeForm } from "@/components/manage/notice-form";
import { noticeFormOptions } from "@/components/manage/notice-options";
import { StatusBadge } from "@/components/manage/status-badge";
import { formDefaults } from "@/lib/activities/content";
import { getEditableNotice } from "@/lib/activities/manage-queries";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { formatDate, formatList } from "@/lib/i18n/format";
import { languageName } from "@/lib/reference/languages";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { archiveNoticeAction, autosaveNoticeAction, confirmNoticeAction, deleteNoticeAction, duplicateNoticeAction, saveNoticeAction } from "../../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "NoticeForm" });
  return { title: t("editTitle"), robots: { index: false } };
}

const DONE_NOTICE: Record<string, string> = {
  saved: "savedDraft",
  submitted: "submitted",
  withdrawn: "withdrawn",
  "revision-saved": "revisionSaved",
  "revision-submitted": "revisionSubmitted",
  published: "published",
  duplicated: "savedDraft",
};

export default async function EditNoticePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/manage/notices/${id}`);
  const notice = await getEditableNotice({ actor: user, activityId: id });
  if (!notice) notFound();
  const done = firstParam(await searchParams, "done");
  const t = await getTranslations("NoticeForm");
  const ta = await getTranslations("NoticeActions");
  const showFeedback = notice.moderationFeedback && (notice.status === "REJECTED" || notice.revisionStatus === "REJECTED");
  const original = notice.content.facts.originalLanguage;
  const outdated = Object.keys(notice.textUpdatedAt).filter((code) => code !== original && notice.textUpdatedAt[original] && notice.textUpdatedAt[code]! < notice.textUpdatedAt[original]!);
  const mode = notice.status === "PUBLISHED" ? "revision" : notice.status === "SUBMITTED" ? "submitted" : "draft";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("editTitle")}</h1>
        <StatusBadge status={notice.status} revisionStatus={notice.revisionStatus} validUntil={notice.validUntil} />
      </div>
      {done === "confirmed" && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3 font-semibold">
          {ta("confirmed", { date: formatDate(notice.validUntil, locale) })}
        </p>
      )}
      <p className="flex flex-wrap gap-4">
        <Link href={`/manage/notices/${notice.id}/translations`} className="text-brand-800 underline">
          {ta("translations")}
        </Link>
        {outdated.length > 0 && <span className="rounded border border-amber-700 bg-amber-50 px-2">{ta("translationsOutdated", { languages: formatList(outdated.map((code) => languageName(code, locale)), locale) })}</span>}
      </p>
      {showFeedback && (
        <section aria-labelledby="feedback-title" className="rounded border-2 border-amber-700 bg-amber-50 p-4">
          <h2 id="feedback-title" className="text-lg font-semibold">
            {t("feedbackTitle")}
          </h2>
          <p className="whitespace-pre-line">{notice.moderationFeedback}</p>
        </section>
      )}
      {notice.status === "ARCHIVED" ? null : (
        <NoticeForm
          defaultValue={formDefaults(notice.content, notice.organisationId, notice.id)}
          options={await noticeFormOptions(locale)}
          action={saveNoticeAction}
          autosave={autosaveNoticeAction}
          mode={mode}
          trusted={notice.trusted}
          organisationName={notice.organisationName}
          initialNotice={done && DONE_NOTICE[done] ? t(DONE_NOTICE[done] as "savedDraft") : undefined}
        />
      )}
      <section aria-labelledby="actions-title" className="flex flex-col gap-4 border-t border-brand-100 pt-6">
        <h2 id="actions-title" className="text-2xl font-semibold">
          {ta("title")}
        </h2>
        <p className="flex flex-wrap gap-4">
          <Link href={`/manage/notices/${notice.id}/translations`} className="text-brand-800 underline">
            {ta("translations")}
          </Link>
          {notice.publishedAt && (
            <Link href={`/activities/${notice.id}`} className="text-brand-800 underline">
              {ta("viewPublic")}
            </Link>
          )}
        </p>
        <div className="grid gap-6 sm:grid-cols-2">
          {notice.status === "PUBLISHED" && <ActionButton action={confirmNoticeAction} fields={{ activityId: notice.id }} label={ta("confirm")} hint={ta("confirmHint")} tone="primary" />}
          <ActionButton action={duplicateNoticeAction} fields={{ activityId: notice.id }} label={ta("duplicate")} hint={ta("duplicateHint")} />
          {notice.status !== "ARCHIVED" && <ActionButton action={archiveNoticeAction} fields={{ activityId: notice.id }} label={ta("archive")} hint={ta("archiveHint")} doneText={ta("archived")} />}
          <ActionButton action={deleteNoticeAction} fields={{ activityId: notice.id }} label={ta("delete")} hint={ta("deleteHint")} tone="danger" />
        </div>
      </section>
    </div>
  );
}
