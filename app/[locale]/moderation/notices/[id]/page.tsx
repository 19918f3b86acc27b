import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/moderation/decision-form";
import { ChangesTable } from "@/components/moderation/changes-table";
import { requireModerator } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { getReview } from "@/lib/moderation/queries";
import { pickTranslation } from "@/lib/activities/translation";
import { Badge } from "@/components/ui/badge";
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
  const texts = Object.entries(review.proposed.texts).map(([code, value]) => ({ locale: code, ...value }));
  const title = pickTranslation(texts, locale, review.proposed.facts.originalLanguage)?.title ?? "";
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("reviewTitle", { title })}</h1>
      <p className="flex flex-wrap items-center gap-2">
        <span>{t("organisation")}:</span> <bdi>{review.organisation.name}</bdi>
        <Badge tone={review.organisation.trusted ? "positive" : "neutral"}>{review.organisation.trusted ? t("trusted") : t("notTrusted")}</Badge>
        <Badge tone="neutral">{review.isEdit ? t("kindEdit") : t("kindNew")}</Badge>
      </p>
      <section aria-labelledby="changes-title" className="flex flex-col gap-2">
        <h2 id="changes-title" className="text-2xl font-semibold">
          {review.isEdit ? t("changes") : t("allFields")}
        </h2>
        {review.changes.length === 0 ? <p>{t("noChanges")}</p> : <ChangesTable changes={review.changes} showBefore={review.isEdit} />}
      </section>
      <section aria-labelledby="decision-title" className="flex flex-col gap-2">
        <h2 id="decision-title" className="text-2xl font-semibold">
          {t("decision")}
        </h2>
        {review.inQueue ? <DecisionForm activityId={review.id} action={decideAction} /> : <p>{t("notInQueue")}</p>}
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title" className="text-2xl font-semibold">
          {t("history")}
        </h2>
        <ul>
          {review.history.map((entry) => (
            <li key={entry.id.toString()}>
              {formatDate(entry.createdAt, locale)}: <code>{entry.action}</code> <bdi>{entry.actor?.email ?? t("system")}</bdi>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
