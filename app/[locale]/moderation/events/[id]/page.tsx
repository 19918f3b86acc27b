import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/moderation/decision-form";
import { EventsIntlProvider } from "@/components/events/events-intl-provider";
import { EventFormPreview } from "@/components/events/event-form-preview";
import { requireModerator } from "@/lib/auth/session";
import { getEventReview } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { decideEventAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Events" });
  return { title: t("reviewTitle"), robots: { index: false } };
}

export default async function EventReviewPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, `/moderation/events/${id}`);
  const review = await getEventReview({ actor: user, eventId: id });
  if (!review) notFound();
  const t = await getTranslations("Events");
  const tf = await getTranslations("EventForm");
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/moderation/events" className="text-brand-800 underline">
          {t("queueTitle")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-800">
        {t("reviewTitle")}: <bdi>{review.proposed.title ?? "–"}</bdi>
      </h1>
      <p>
        <bdi>{review.organisation.name}</bdi>
      </p>
      {review.isEdit && (
        <p className="rounded border border-amber-700 bg-amber-50 p-3">
          {t("changedFields", { fields: review.changed.map((f) => (tf.has(f as "title") ? tf(f as "title") : f)).join(", ") || "–" })}
        </p>
      )}
      <EventFormPreview value={review.proposed} locale={locale} />
      {review.inQueue ? (
        <EventsIntlProvider>
          <DecisionForm kind="event" recordId={review.id} version={review.contentVersion} action={decideEventAction} />
        </EventsIntlProvider>
      ) : (
        <p>{t("notInQueue")}</p>
      )}
    </div>
  );
}
