import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { eventFormOptions } from "@/components/events/event-form-options";
import { EventsIntlProvider } from "@/components/events/events-intl-provider";
import { getManagedOrganisation } from "@/lib/activities/manage-queries";
import { requireUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { saveEventAction } from "../actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "EventForm" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewEventPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const organisationId = firstParam(await searchParams, "organisation") ?? "";
  const user = await requireUser(locale, "/manage/events");
  const org = await getManagedOrganisation({ actor: user, organisationId });
  if (!org) notFound();
  const t = await getTranslations("EventForm");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("newTitle")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <EventsIntlProvider>
        <EventForm
          defaultValue={{ organisationId: org.id, newId: randomUUID(), originalLanguage: locale, mode: "ONSITE", isFree: "yes", languages: [locale] }}
          options={await eventFormOptions(locale)}
          action={saveEventAction}
          mode="new"
          trusted={org.trusted}
          organisationName={org.name}
        />
      </EventsIntlProvider>
    </div>
  );
}
