import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProsePage } from "@/components/layout/prose-page";
import { PRIVACY_EMAIL } from "@/lib/site";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "PrivacyPage" });
  return { title: t("title") };
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("PrivacyPage");
  const keys = ["visitors", "organisers", "clients", "alerts", "logs", "rights"] as const;
  return (
    <ProsePage
      title={t("title")}
      intro={t("intro")}
      sections={[
        ...keys.map((key) => ({ title: t(`${key}Title`), body: <p>{t(key)}</p> })),
        { title: t("contactTitle"), body: <p>{t("contact", { email: PRIVACY_EMAIL })}</p> },
      ]}
    />
  );
}
