import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProsePage } from "@/components/layout/prose-page";
import { formatDate } from "@/lib/i18n/format";
import { ACCESSIBILITY_STATEMENT_DATE, FEEDBACK_EMAIL } from "@/lib/site";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AccessibilityPage" });
  return { title: t("title") };
}

export default async function AccessibilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("AccessibilityPage");
  const section = (key: "status" | "features" | "limits" | "enforcement") => ({
    title: t(`${key}Title`),
    body: <p>{t(key)}</p>,
  });
  return (
    <ProsePage
      title={t("title")}
      intro={t("intro")}
      sections={[
        section("status"),
        section("features"),
        section("limits"),
        {
          title: t("feedbackTitle"),
          body: (
            <>
              <p>{t("feedback")}</p>
              <p>
                <a href={`mailto:${FEEDBACK_EMAIL}`} className="text-brand-800 underline">
                  {t("feedbackLink")}
                </a>{" "}
                (<bdi>{FEEDBACK_EMAIL}</bdi>)
              </p>
            </>
          ),
        },
        section("enforcement"),
      ]}
      footer={<p className="text-sm text-muted">{t("updated", { date: formatDate(ACCESSIBILITY_STATEMENT_DATE, locale) })}</p>}
    />
  );
}
