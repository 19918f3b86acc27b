import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignInPage" });
  return { title: t("errorTitle"), robots: { index: false } };
}

export default async function SignInErrorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const error = firstParam(await searchParams, "error");
  const t = await getTranslations("SignInPage");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("errorTitle")}</h1>
      <p>{error === "Verification" ? t("errorVerification") : t("errorOther")}</p>
      <p>
        <Link href="/signin" className="text-brand-800 underline">
          {t("again")}
        </Link>
      </p>
    </div>
  );
}
