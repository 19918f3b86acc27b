import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignInPage" });
  return { title: t("checkTitle"), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("SignInPage");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("checkTitle")}</h1>
      <p>{t("checkText")}</p>
      <p>{t("checkSpam")}</p>
      <p>
        <Link href="/signin" className="text-brand-800 underline">
          {t("again")}
        </Link>
      </p>
    </div>
  );
}
