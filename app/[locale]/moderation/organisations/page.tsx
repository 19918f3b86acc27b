import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import { requireModerator } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { listOrganisationRequests, listOrganisationsForModeration } from "@/lib/moderation/queries";
import { labelKey } from "@/lib/reference/vocabulary";
import { decideClaimAction, decideProfileAction, trustAction } from "../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("orgsTitle"), robots: { index: false } };
}

export default async function ModerationOrganisationsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, "/moderation/organisations");
  const t = await getTranslations("Moderation");
  const tAll = await getTranslations();
  const organisations = await listOrganisationsForModeration({ actor: user });
  const requests = await listOrganisationRequests({ actor: user });
  const kind = (value: string) => tAll(labelKey("organisationKind", value) as Parameters<typeof tAll>[0]);
  const none = t("none");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("orgsTitle")}</h1>
      <section aria-labelledby="profiles-title" className="flex flex-col gap-3">
        <h2 id="profiles-title" className="text-2xl font-semibold">
          {t("profileChanges")}
        </h2>
        {requests.profiles.length === 0 && <p>{t("profileChangesEmpty")}</p>}
        {requests.profiles.map((org) => {
          const rows: [string, string, string][] = [
            [t("name"), org.name, org.proposed.name],
            [t("kind"), kind(org.kind), kind(org.proposed.kind)],
            [t("businessId"), org.businessId ?? none, org.proposed.businessId ?? none],
            [t("website"), org.website ?? none, org.proposed.website ?? none],
            [t("email"), org.email ?? none, org.proposed.email],
            [t("phone"), org.phone ?? none, org.proposed.phone ?? none],
          ];
          return (
            <article key={org.id} aria-labelledby={`profile-${org.id}`} className="flex flex-col gap-2 rounded-lg border border-brand-100 p-4">
              <h3 id={`profile-${org.id}`} className="text-xl font-semibold">
                <bdi>{org.name}</bdi>
              </h3>
              <table className="w-full text-start">
                <thead>
                  <tr className="border-b-2 border-brand-600">
                    <th scope="col" className="p-2 text-start">{t("field")}</th>
                    <th scope="col" className="p-2 text-start">{t("before")}</th>
                    <th scope="col" className="p-2 text-start">{t("after")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([label, before, after]) => (
                    <tr key={label} className={`border-b border-brand-100 align-top ${before !== after ? "font-semibold" : ""}`}>
                      <th scope="row" className="p-2 text-start">{label}</th>
                      <td className="p-2"><bdi>{before}</bdi></td>
                      <td className={`p-2 ${before !== after ? "bg-green-50" : ""}`}><bdi>{after}</bdi></td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="flex flex-wrap gap-3">
                <ActionButton action={decideProfileAction} fields={{ organisationId: org.id, decision: "approve" }} label={t("approveProfile")} tone="primary" doneText={t("decided")} />
                <ActionButton action={decideProfileAction} fields={{ organisationId: org.id, decision: "reject" }} label={t("rejectProfile")} tone="danger" doneText={t("decided")} />
              </div>
            </article>
          );
        })}
      </section>
      <section aria-labelledby="claims-title" className="flex flex-col gap-3">
        <h2 id="claims-title" className="text-2xl font-semibold">
          {t("claims")}
        </h2>
        {requests.claims.length === 0 && <p>{t("claimsEmpty")}</p>}
        <ul className="flex flex-col divide-y divide-brand-100">
          {requests.claims.map((claim) => (
            <li key={claim.id} className="flex flex-col gap-2 py-3">
              <p>
                {t("claimText", { email: claim.user.email, name: claim.name, organisation: claim.organisation.name, businessId: claim.organisation.businessId ?? "" })}
              </p>
              <div className="flex flex-wrap gap-3">
                <ActionButton action={decideClaimAction} fields={{ claimId: claim.id, decision: "approve" }} label={t("approveClaim")} tone="primary" doneText={t("decided")} />
                <ActionButton action={decideClaimAction} fields={{ claimId: claim.id, decision: "reject" }} label={t("rejectClaim")} tone="danger" doneText={t("decided")} />
              </div>
            </li>
          ))}
        </ul>
      </section>
      <h2 className="text-2xl font-semibold">{t("allOrganisations")}</h2>
      <p>{t("orgsLead")}</p>
      <ul className="flex flex-col divide-y divide-brand-100">
        {organisations.map((org) => (
          <li key={org.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
            <span className="flex flex-col gap-1">
              <Link href={`/organisations/${org.id}`} className="font-semibold text-brand-800 underline">
                <bdi>{org.name}</bdi>
              </Link>
              <span className="text-sm">
                {t("notices")}: {org._count.activities} {org.trusted && <Badge tone="positive">{t("trusted")}</Badge>}
              </span>
            </span>
            <ActionButton action={trustAction} fields={{ organisationId: org.id, trusted: org.trusted ? "false" : "true" }} label={`${org.trusted ? t("untrust") : t("trust")}: ${org.name}`} doneText={t("trustUpdated")} />
          </li>
        ))}
      </ul>
    </div>
  );
}
