import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrganisationForm } from "@/components/manage/organisation-form";
import { municipalityOptions } from "@/lib/activities/manage-queries";
import { requireUser } from "@/lib/auth/session";
import { nativeLanguageName } from "@/lib/i18n/locales";
import { ORGANISATION_KINDS } from "@/lib/validation/organisation";
import { saveOrganisationAction } from "../../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OrganisationForm" });
  return { title: t("registerTitle"), robots: { index: false } };
}

export default async function NewOrganisationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireUser(locale, "/manage/organisations/new");
  const t = await getTranslations("OrganisationForm");
  const tEnum = await getTranslations("Enums");
  const municipalities = (await municipalityOptions(locale)).map((m) => ({ value: m.code, label: m.name }));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("registerTitle")}</h1>
      <p className="max-w-2xl">{t("registerLead")}</p>
      <OrganisationForm
        action={saveOrganisationAction}
        defaultValue={{ descriptionLocale: locale, newId: randomUUID() }}
        kinds={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: tEnum(`organisationKind.${kind}`) }))}
        municipalities={municipalities}
        descriptionLocales={["fi", "sv", "en"].map((code) => ({ value: code, label: nativeLanguageName(code) }))}
        submitLabel={t("submitRegister")}
      />
    </div>
  );
}
