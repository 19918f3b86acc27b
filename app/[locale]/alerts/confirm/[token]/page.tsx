import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertLinkPage } from "@/components/alerts/alert-link-page";
import { inspectAlertToken } from "@/lib/alerts/mutations";
import { getPathname } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return { title: t("confirmTitle"), robots: { index: false } };
}

export default async function AlertConfirmPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Alerts");
  const decoded = decodeURIComponent(token);
  const alert = await inspectAlertToken("alert-confirm", decoded);
  const search = alert ? `${getPathname({ href: "/activities", locale })}${alert.query ? `?${alert.query}` : ""}` : undefined;
  return <AlertLinkPage locale={locale} token={decoded} ok={!!alert} title={t("confirmTitle")} text={t("confirmLead")} button={t("confirmButton")} action="/api/alerts/confirm" searchHref={search} />;
}
