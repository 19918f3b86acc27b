import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/reports/report-form";
import { ReportIntlProvider } from "@/components/reports/intl-provider";
import { getPublicActivity } from "@/lib/activities/queries";
import { Link } from "@/lib/i18n/navigation";
import { languageDirection } from "@/lib/reference/languages";
import { REPORT_MESSAGE_MAX } from "@/lib/validation/report";
import { submitReportAction } from "../../../reports/actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ReportForm" });
  return { title: t("open"), robots: { index: false } };
}

// "Report a problem" for a notice that is public now: the notice's title (in the language it is
// shown in) and the form. Anything else (unknown, expired, hidden) is a 404, as its page is.
export default async function ReportProblemPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const activity = await getPublicActivity(id, locale);
  if (!activity || activity.availability !== "current") notFound();
  const t = await getTranslations("ReportForm");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("open")}</h1>
      <p lang={activity.text.locale} dir={languageDirection(activity.text.locale)} className="text-xl font-semibold">
        <Link href={`/activities/${activity.id}`} className="text-brand-800 underline underline-offset-4">
          {activity.text.title}
        </Link>
      </p>
      <ReportIntlProvider>
        <ReportForm action={submitReportAction} activityId={activity.id} messageMax={REPORT_MESSAGE_MAX} />
      </ReportIntlProvider>
    </div>
  );
}
