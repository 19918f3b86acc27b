import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LinkPage } from "@/components/reports/link-page";
import { REPORT_ANSWERS } from "@/lib/reference/vocabulary";
import { getLinkTarget } from "@/lib/reports/queries";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ReportAnswer" });
  return { title: t("pageTitle"), robots: { index: false } };
}

// The link in a report email lands here; each answer posts to /api/report-answer.
export default async function ReportAnswerPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("ReportAnswer");
  const tEnum = await getTranslations("Enums");
  const decoded = decodeURIComponent(token);
  const target = await getLinkTarget({ token: decoded, purpose: "answer-report", locale });
  return (
    <LinkPage
      locale={locale}
      token={decoded}
      ok={target.ok}
      title={t("pageTitle")}
      text={target.ok ? t("pageText", { title: target.title, count: target.openReports }) : ""}
      action="/api/report-answer"
      name="answer"
      choices={REPORT_ANSWERS.map((value) => ({ value, label: tEnum(`reportAnswer.${value}`) }))}
    />
  );
}
