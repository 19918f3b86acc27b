import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { listMyOrganisations } from "@/lib/activities/manage-queries";
import { requireUser } from "@/lib/auth/session";
import { listManagedEvents } from "@/lib/events/queries";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "EventForm" });
  return { title: t("manageTitle"), robots: { index: false } };
}

export default async function ManageEventsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, "/manage/events");
  const done = firstParam(await searchParams, "done");
  const t = await getTranslations("EventForm");
  const tEvents = await getTranslations("Events");
  const organisations = await listMyOrganisations(user);
  const lists = await Promise.all(organisations.map(async (org) => ({ org, events: await listManagedEvents({ actor: user, organisationId: org.id, locale }) })));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("manageTitle")}</h1>
      <p className="max-w-3xl">{t("manageLead")}</p>
      {done === "deleted" && (
        <p role="status" className="rounded border-2 border-green-700 bg-green-50 p-3">
          {t("deleted")}
        </p>
      )}
      {organisations.length === 0 && (
        <p>
          {t("noOrganisation")}{" "}
          <Link href="/manage/organisations/new" className="font-semibold text-brand-800 underline">
            {t("registerOrganisation")}
          </Link>
        </p>
      )}
      {lists.map(({ org, events }) => (
        <section key={org.id} aria-labelledby={`org-${org.id}`} className="flex flex-col gap-3 rounded-lg border border-brand-100 p-4">
          <h2 id={`org-${org.id}`} className="text-2xl font-semibold">
            <bdi>{org.name}</bdi>
          </h2>
          <p>
            <Link href={{ pathname: "/manage/events/new", query: { organisation: org.id } }} className="inline-block rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white no-underline">
              {t("newEvent")}
            </Link>
          </p>
          {events.length === 0 ? (
            <p>{t("noEvents")}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-brand-100">
              {events.map((e) => (
                <li key={e.id} className="flex flex-col gap-1 py-2">
                  <Link href={`/manage/events/${e.id}`} className="font-semibold text-brand-800 underline">
                    <bdi>{e.title || t("untitled")}</bdi>
                  </Link>
                  <span className="flex flex-wrap items-center gap-2 text-sm">
                    <Badge tone={e.status === "PUBLISHED" ? "positive" : e.status === "REJECTED" ? "warning" : "neutral"}>{t(`status.${e.status}`)}</Badge>
                    {e.revisionStatus && <Badge tone="neutral">{t(`revision.${e.revisionStatus}`)}</Badge>}
                    {e.state !== "SCHEDULED" && <Badge tone="warning">{tEvents(`state.${e.state}`)}</Badge>}
                    {e.full && <Badge tone="warning">{tEvents("full")}</Badge>}
                    <span>{formatDate(e.startsAt, locale)}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
