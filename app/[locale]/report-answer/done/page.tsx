import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { Link } from "@/lib/i18n/navigation";
import { isValue } from "@/lib/reference/vocabulary";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ReportAnswer" });
  return { title: t("doneTitle"), robots: { index: false } };
}

export default async function ReportAnswerDone({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("ReportAnswer");
  const answer = firstParam(await searchParams, "answer") ?? "";
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("doneTitle")}</h1>
      {isValue("reportAnswer", answer) && <p role="status">{t(`done${answer}`)}</p>}
      <p>
        <Link href="/manage" className="text-brand-800 underline">
          {t("manage")}
        </Link>
      </p>
    </div>
  );
}
