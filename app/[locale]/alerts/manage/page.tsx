import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ManageRequestForm } from "@/components/alerts/alert-form";
import { AlertsIntlProvider } from "@/components/alerts/intl-provider";
import { requestManageLinkAction } from "../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return { title: t("manageTitle") };
}

export default async function AlertManageRequestPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Alerts");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("manageTitle")}</h1>
      <p>{t("manageLead")}</p>
      <AlertsIntlProvider>
        <ManageRequestForm action={requestManageLinkAction} />
      </AlertsIntlProvider>
    </div>
  );
}
