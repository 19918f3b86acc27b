import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { EventForm } from "@/components/events/event-form";
import { eventFormOptions } from "@/components/events/event-form-options";
import { EventStateForm, EventTranslationForm } from "@/components/events/event-side-forms";
import { EventsIntlProvider } from "@/components/events/events-intl-provider";
import { Badge } from "@/components/ui/badge";
import { requireUser } from "@/lib/auth/session";
import { eventFormDefaults } from "@/lib/events/content";
import { getEditableEvent } from "@/lib/events/queries";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { EVENT_STATES } from "@/lib/reference/vocabulary";
import { deleteEventAction, saveEventAction, saveEventTranslationAction, setEventFullAction, setEventStateAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "EventForm" });
  return { title: t("editTitle"), robots: { index: false } };
}

const DONE = ["saved", "submitted", "published", "withdrawn", "revision-saved", "revision-submitted", "full"] as const;

export default async function EditEventPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/manage/events/${id}`);
  const event = await getEditableEvent({ actor: user, eventId: id });
  if (!event) notFound();
  const done = firstParam(await searchParams, "done");
  const t = await getTranslations("EventForm");
  const tEvents = await getTranslations("Events");
  const options = await eventFormOptions(locale);
  const mode = event.status === "PUBLISHED" ? "published" : event.status === "SUBMITTED" ? "submitted" : "draft";
  const doneKey = DONE.find((d) => d === done);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/manage/events" className="text-brand-800 underline">
          {t("backToEvents")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-800">{t("editTitle")}</h1>
      {doneKey && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {t(`done.${doneKey}`)}
        </p>
      )}
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone={event.status === "PUBLISHED" ? "positive" : event.status === "REJECTED" ? "warning" : "neutral"}>{t(`status.${event.status}`)}</Badge>
        {event.revisionStatus && <Badge tone="neutral">{t(`revision.${event.revisionStatus}`)}</Badge>}
        {event.state !== "SCHEDULED" && <Badge tone="warning">{tEvents(`state.${event.state}`)}</Badge>}
        {event.full && <Badge tone="warning">{tEvents("full")}</Badge>}
        {event.status === "PUBLISHED" && (
          <Link href={`/events/${event.id}`} className="text-brand-800 underline">
            {t("viewPublic")}
          </Link>
        )}
      </p>
      {event.moderationFeedback && (event.status === "REJECTED" || event.revisionStatus === "REJECTED") && (
        <div className="rounded border-2 border-amber-700 bg-amber-50 p-3">
          <p className="font-semibold">{t("feedback")}</p>
          <p className="whitespace-pre-line">{event.moderationFeedback}</p>
        </div>
      )}
      <EventsIntlProvider>
        <EventForm defaultValue={eventFormDefaults(event.content)} options={options} action={saveEventAction} mode={mode} trusted={event.organisation.trusted} organisationName={event.organisation.name} />
        {event.status === "PUBLISHED" && (
          <section aria-labelledby="state-title" className="flex flex-col gap-3 rounded-lg border border-brand-100 p-4">
            <h2 id="state-title" className="text-2xl font-semibold">
              {t("stateTitle")}
            </h2>
            <p className="max-w-3xl text-muted">{t("stateLead")}</p>
            <EventStateForm
              action={setEventStateAction}
              eventId={event.id}
              defaultValue={{ state: event.state, note: event.stateNote ?? undefined, onlineUrl: event.onlineUrl ?? undefined }}
              states={EVENT_STATES.map((s) => ({ value: s, label: tEvents(`state.${s}`) }))}
            />
            <ActionButton action={setEventFullAction} fields={{ eventId: event.id, full: event.full ? "false" : "true" }} label={event.full ? t("markOpen") : t("markFull")} hint={t("fullHint")} />
          </section>
        )}
        <section aria-labelledby="translation-title" className="flex flex-col gap-3 rounded-lg border border-brand-100 p-4">
          <h2 id="translation-title" className="text-2xl font-semibold">
            {t("translationTitle")}
          </h2>
          <p className="max-w-3xl text-muted">{t("translationLead", { languages: event.translations.map((tr) => options.languages.find((l) => l.value === tr.locale)?.label ?? tr.locale).join(", ") })}</p>
          <EventTranslationForm action={saveEventTranslationAction} eventId={event.id} languages={options.languages.filter((l) => l.value !== event.content.originalLanguage)} />
        </section>
        <section aria-labelledby="delete-title" className="flex flex-col gap-3 rounded-lg border border-red-200 p-4">
          <h2 id="delete-title" className="text-2xl font-semibold">
            {t("deleteTitle")}
          </h2>
          <ActionButton action={deleteEventAction} fields={{ eventId: event.id }} label={t("delete")} tone="danger" hint={t("deleteHint")} />
        </section>
      </EventsIntlProvider>
    </div>
  );
}
