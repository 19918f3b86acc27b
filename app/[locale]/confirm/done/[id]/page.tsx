import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { getValidity } from "@/lib/activities/confirm-queries";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ConfirmPage" });
  return { title: t("doneTitle"), robots: { index: false } };
}

export default async function ConfirmDonePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const validUntil = await getValidity(id);
  if (!validUntil) notFound();
  const t = await getTranslations("ConfirmPage");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("doneTitle")}</h1>
      <p>{t("doneText", { date: formatDate(validUntil, locale) })}</p>
      <p>
        <Link href={`/activities/${id}`} className="text-brand-800 underline">
          {t("view")}
        </Link>
      </p>
    </div>
  );
}
