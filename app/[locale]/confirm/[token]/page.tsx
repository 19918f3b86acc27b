import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getConfirmation } from "@/lib/activities/confirm-queries";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ConfirmPage" });
  return { title: t("title"), robots: { index: false } };
}

// The link in a reminder email lands here; the button posts to /api/confirm. Opening the link
// changes nothing, so mail scanners that follow links cannot confirm a notice by themselves.
export default async function ConfirmPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("ConfirmPage");
  const decoded = decodeURIComponent(token);
  const confirmation = await getConfirmation(decoded, locale);
  if (!confirmation.ok) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("invalidTitle")}</h1>
        <p>{t("invalid")}</p>
        <p>
          <Link href="/manage" className="text-brand-800 underline">
            {t("manage")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p>{t("text", { title: confirmation.title })}</p>
      <form method="post" action="/api/confirm">
        <input type="hidden" name="token" value={decoded} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("confirm")}
        </button>
      </form>
    </div>
  );
}
