import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityList } from "@/components/activities/activity-list";
import { ActivityNotice } from "@/components/activities/activity-notice";
import { DecisionForm } from "@/components/moderation/decision-form";
import { ChangesTable } from "@/components/moderation/changes-table";
import { HistoryList } from "@/components/moderation/history-list";
import { Badge } from "@/components/ui/badge";
import { TitledSection } from "@/components/ui/titled-section";
import { previewOf } from "@/lib/activities/preview";
import { requireModerator } from "@/lib/auth/session";
import { getReview } from "@/lib/moderation/queries";
import { labelKey } from "@/lib/reference/vocabulary";
import { decideAction } from "../../actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("review"), robots: { index: false } };
}

export default async function ReviewPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, `/moderation/notices/${id}`);
  const review = await getReview({ actor: user, activityId: id });
  if (!review) notFound();
  const t = await getTranslations("Moderation");
  const tAll = await getTranslations();
  const org = review.organisation;
  const preview = await previewOf(review.proposed, { id: review.id, organisation: org, lastConfirmedAt: new Date(), now: new Date() }, locale);
  const title = preview.summary.title;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("reviewTitle", { title })}</h1>
      <p className="flex flex-wrap items-center gap-2">
        <span>{t("organisation")}:</span> <bdi>{org.name}</bdi>
        <Badge tone={org.trusted ? "positive" : "neutral"}>{org.trusted ? t("trusted") : t("notTrusted")}</Badge>
        <Badge tone="neutral">{review.isEdit ? t("kindEdit") : t("kindNew")}</Badge>
      </p>
      {!org.profileReviewedAt && (
        <section aria-labelledby="profile-title" className="rounded border-2 border-amber-700 bg-amber-50 p-4">
          <h2 id="profile-title" className="text-xl font-semibold">
            {t("profileUnreviewed")}
          </h2>
          <p>{t("profileUnreviewedLead")}</p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("name")}</dt>
            <dd>
              <bdi>{org.name}</bdi>
            </dd>
            <dt className="font-semibold">{t("kind")}</dt>
            <dd>{tAll(labelKey("organisationKind", org.kind) as Parameters<typeof tAll>[0])}</dd>
            <dt className="font-semibold">{t("businessId")}</dt>
            <dd>{org.businessId ?? t("none")}</dd>
            <dt className="font-semibold">{t("website")}</dt>
            <dd>{org.website ? <bdi>{org.website}</bdi> : t("none")}</dd>
            <dt className="font-semibold">{t("email")}</dt>
            <dd>{org.email ? <bdi>{org.email}</bdi> : t("none")}</dd>
            <dt className="font-semibold">{t("phone")}</dt>
            <dd>{org.phone ? <bdi>{org.phone}</bdi> : t("none")}</dd>
          </dl>
        </section>
      )}
      {review.inQueue && review.moderationFeedback && (
        <TitledSection id="last-feedback" title={t("lastFeedback")} className="rounded border-2 border-brand-600 bg-brand-50 p-4" titleClassName="text-xl font-semibold">
          <p className="whitespace-pre-line">{review.moderationFeedback}</p>
        </TitledSection>
      )}
      <TitledSection id="changes" title={review.isEdit ? t("changes") : t("allFields")} className="flex flex-col gap-2">
        {review.changes.length === 0 ? <p>{t("noChanges")}</p> : <ChangesTable changes={review.changes} showBefore={review.isEdit} />}
      </TitledSection>
      <TitledSection id="preview-card" title={t("previewCard")} className="flex flex-col gap-2">
        <div className="max-w-2xl">
          <ActivityList items={[preview.summary]} headingLevel={3} />
        </div>
      </TitledSection>
      <TitledSection id="preview-notice" title={t("previewNotice")} className="flex flex-col gap-2">
        <div className="rounded-lg border-2 border-dashed border-slate-500 p-4">
          <ActivityNotice activity={preview.detail} headingLevel={3} />
        </div>
      </TitledSection>
      <TitledSection id="decision" title={t("decision")} className="flex flex-col gap-2">
        {review.inQueue ? <DecisionForm kind="activity" recordId={review.id} version={review.contentVersion} action={decideAction} /> : <p>{t("notInQueue")}</p>}
      </TitledSection>
      <TitledSection id="history" title={t("history")}>
        <HistoryList groups={review.history} />
      </TitledSection>
    </div>
  );
}
