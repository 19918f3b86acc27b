import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LOCALES, localeDirection, nativeLanguageName } from "@/lib/i18n/locales";
import { LanguageSwitcher } from "./language-switcher";
import { AccountNav } from "./account-nav";
import { ShortlistHeaderLink } from "@/components/referral/shortlist-header-link";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations("Layout");
  const tLang = await getTranslations("LanguageSwitcher");
  const languages = LOCALES.map((code) => ({ code, name: nativeLanguageName(code), dir: localeDirection(code) }));
  return (
    <header className="border-b border-brand-100 bg-brand-50">
      <a
        href="#main"
        className="absolute start-2 top-2 z-50 -translate-y-24 rounded bg-white px-4 py-2 font-semibold text-brand-800 shadow focus:translate-y-0"
      >
        {t("skipLink")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-800 no-underline" aria-label={t("home")}>
          Tukiverkko
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="flex flex-wrap items-center gap-4">
            <li>
              <Link href="/activities" className="inline-block py-1 font-medium text-brand-800 underline-offset-4 hover:underline">
                {t("navActivities")}
              </Link>
            </li>
            <li>
              <Link href="/events" className="inline-block py-1 font-medium text-brand-800 underline-offset-4 hover:underline">
                {t("navEvents")}
              </Link>
            </li>
            <li>
              <Link href="/news" className="inline-block py-1 font-medium text-brand-800 underline-offset-4 hover:underline">
                {t("navNews")}
              </Link>
            </li>
            <li>
              <ShortlistHeaderLink />
            </li>
          </ul>
        </nav>
        <AccountNav />
        {/* ms-auto keeps the switcher at the end edge when the header wraps on a narrow screen,
            so its list (anchored at end-0) opens inside the viewport in both directions. */}
        <div className="ms-auto">
          <LanguageSwitcher
            current={locale}
            languages={languages}
            label={tLang("label", { language: nativeLanguageName(locale) })}
            chooseLabel={tLang("choose")}
          />
        </div>
      </div>
    </header>
  );
}
