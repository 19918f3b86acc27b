import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/forms/signin-form";
import { FormsIntlProvider } from "@/components/manage/intl-provider";
import { getSessionUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { firstParam, type SearchParams } from "@/lib/i18n/page-params";
import { requestSignInAction } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignInPage" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const callbackUrl = firstParam(query, "callbackUrl");
  const safeCallback = callbackUrl && /^\/[a-z]{2}\/(manage|moderation)(\/[\w\-/]*)?$/.test(callbackUrl) ? callbackUrl : undefined;
  if (await getSessionUser()) redirect({ href: safeCallback?.replace(/^\/[a-z]{2}/, "") ?? "/manage", locale });
  const t = await getTranslations("SignInPage");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      {firstParam(query, "done") === "signedOutEverywhere" && (
        <p role="status" className="max-w-2xl rounded border border-brand-200 bg-brand-50 p-3">
          {t("signedOutEverywhere")}
        </p>
      )}
      <p className="max-w-2xl">{t("lead")}</p>
      <FormsIntlProvider>
        <SignInForm action={requestSignInAction} callbackUrl={safeCallback} />
      </FormsIntlProvider>
    </div>
  );
}
