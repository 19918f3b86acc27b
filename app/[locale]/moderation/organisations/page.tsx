import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { Badge } from "@/components/ui/badge";
import { requireModerator } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { listOrganisationsForModeration } from "@/lib/moderation/queries";
import { trustAction } from "../actions";

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
  const organisations = await listOrganisationsForModeration({ actor: user });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("orgsTitle")}</h1>
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
