import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AlertLinkPage } from "@/components/alerts/alert-link-page";
import { readAlertToken } from "@/lib/alerts/tokens";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Alerts" });
  return { title: t("unsubscribeTitle"), robots: { index: false } };
}

// A genuine link always shows the button, even when the alert is gone already: unsubscribing
// twice is harmless and says nothing about what the address had.
export default async function AlertUnsubscribePage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Alerts");
  const decoded = decodeURIComponent(token);
  const ok = !!readAlertToken("alert-unsubscribe", decoded);
  return <AlertLinkPage locale={locale} token={decoded} ok={ok} title={t("unsubscribeTitle")} text={t("unsubscribeLead")} button={t("unsubscribeButton")} action={`/api/alerts/unsubscribe?token=${encodeURIComponent(decoded)}`} />;
}
