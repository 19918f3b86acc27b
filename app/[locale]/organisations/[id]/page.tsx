import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityList } from "@/components/activities/activity-list";
import { Fact } from "@/components/ui/fact";
import { Pagination } from "@/components/ui/pagination";
import { listPublicActivities } from "@/lib/activities/queries";
import { firstParam, parsePage, type SearchParams } from "@/lib/i18n/page-params";
import { getOrganisation } from "@/lib/organisations/queries";
import { languageDirection } from "@/lib/reference/languages";
import { LinkedText } from "@/components/ui/linked-text";
import { OrganisationEvents } from "@/components/events/organisation-events";
import { ClaimInvite } from "@/components/open-data/claim-invite";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const organisation = await getOrganisation(id, locale);
  if (!organisation) return {};
  const description = organisation.description?.slice(0, 300) ?? undefined;
  return {
    title: organisation.name,
    description,
    openGraph: { type: "profile", title: organisation.name, description, images: [{ url: "/icon-512.png", width: 512, height: 512 }] },
  };
}

export default async function OrganisationPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const organisation = await getOrganisation(id, locale);
  if (!organisation) notFound();
  const page = parsePage(firstParam(await searchParams, "page"));
  const activities = await listPublicActivities({ locale, page, organisationId: organisation.id });
  const t = await getTranslations("OrganisationPage");
  const tEnum = await getTranslations("Enums");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">
        <bdi>{organisation.name}</bdi>
      </h1>
      {organisation.description && organisation.descriptionLocale && (
        <p lang={organisation.descriptionLocale} dir={languageDirection(organisation.descriptionLocale)} className="max-w-3xl text-lg">
          <LinkedText text={organisation.description} />
        </p>
      )}
      <dl>
        <Fact label={t("kind")}>{tEnum(`organisationKind.${organisation.kind}`)}</Fact>
        {organisation.businessId && <Fact label={t("businessId")}>{organisation.businessId}</Fact>}
        {organisation.municipalityNames.length > 0 && <Fact label={t("municipalities")}>{organisation.municipalityNames.join(", ")}</Fact>}
        {organisation.website && (
          <Fact label={t("website")}>
            <a href={organisation.website} className="text-brand-800 underline" rel="noopener noreferrer">
              {organisation.website}
            </a>
          </Fact>
        )}
        {organisation.email && (
          <Fact label={t("email")}>
            <a href={`mailto:${organisation.email}`} className="text-brand-800 underline">
              {organisation.email}
            </a>
          </Fact>
        )}
        {organisation.phone && (
          <Fact label={t("phone")}>
            <bdi>{organisation.phone}</bdi>
          </Fact>
        )}
      </dl>
      <ClaimInvite organisationId={organisation.id} />
      <section aria-labelledby="org-activities" className="flex flex-col gap-4">
        <h2 id="org-activities" className="text-2xl font-semibold">
          {t("activities")}
        </h2>
        {activities.items.length === 0 ? <p>{t("noActivities")}</p> : <ActivityList items={activities.items} headingLevel={3} />}
        <Pagination
          page={page}
          pageSize={activities.pageSize}
          total={activities.total}
          pathname={`/organisations/${organisation.id}`}
          query={{}}
        />
      </section>
      <OrganisationEvents organisationId={organisation.id} locale={locale} />
    </div>
  );
}
