import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LinkPage } from "@/components/reports/link-page";
import { CAPACITY_STATUSES } from "@/lib/reference/vocabulary";
import { getLinkTarget } from "@/lib/reports/queries";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Capacity" });
  return { title: t("pageTitle"), robots: { index: false } };
}

// The capacity link in a reminder email lands here; each status posts to /api/capacity.
export default async function CapacityLinkPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Capacity");
  const tEnum = await getTranslations("Enums");
  const decoded = decodeURIComponent(token);
  const target = await getLinkTarget({ token: decoded, purpose: "set-capacity", locale });
  return (
    <LinkPage
      locale={locale}
      token={decoded}
      ok={target.ok}
      title={t("pageTitle")}
      text={target.ok ? t("pageText", { title: target.title }) : ""}
      action="/api/capacity"
      name="status"
      choices={CAPACITY_STATUSES.map((value) => ({ value, label: tEnum(`capacity.${value}`) }))}
    />
  );
}
