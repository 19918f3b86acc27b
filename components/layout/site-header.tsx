import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { nativeLanguageName } from "@/lib/i18n/locales";
import { LanguageSwitcher } from "./language-switcher";
import { AccountNav } from "./account-nav";
import { HeaderScript } from "./header-script";
import { ShortlistHeaderLink } from "@/components/referral/shortlist-header-link";

// One row on a phone: the logo, the menu button and the language button. The menu is a
// <details> (works without JavaScript, by keyboard, and tells screen readers whether it is
// open); on wide screens app/globals.css shows its content inline and hides its button, where
// the browser can style ::details-content (elsewhere the button stays, and still works).
export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations("Layout");
  const tLang = await getTranslations("LanguageSwitcher");
  const link = "block py-2 font-medium text-brand-800 underline-offset-4 hover:underline lg:inline-block lg:py-1";
  return (
    <header className="relative border-b border-brand-100 bg-brand-50">
      <a
        href="#main"
        className="absolute start-2 top-2 z-50 -translate-y-24 rounded bg-white px-4 py-2 font-semibold text-brand-800 shadow focus:translate-y-0"
      >
        {t("skipLink")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-1.5 px-3 py-2 sm:gap-2 sm:px-4 lg:gap-4 lg:py-3">
        <Link href="/" className="me-auto text-lg font-bold sm:text-xl text-brand-800 no-underline lg:me-0" aria-label={t("home")}>
          Tukiverkko
        </Link>
        <details data-site-menu className="lg:flex-1">
          <summary className="flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center gap-1.5 rounded border border-brand-600 bg-white px-2 py-1.5 sm:gap-2 sm:px-3 font-medium text-brand-800 [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="M4 7h16M4 12h16M4 17h16" />
            </svg>
            {/* On the narrowest phones the three bars alone, so that the row still fits the
                language button with its name in every language; screen readers get the word. */}
            <span className="sr-only min-[360px]:not-sr-only">{t("menu")}</span>
          </summary>
          <div className="absolute inset-x-0 top-full z-30 flex flex-col gap-2 border-b border-brand-100 bg-brand-50 px-4 pb-4 shadow-md lg:static lg:flex-row lg:flex-wrap lg:items-center lg:justify-between lg:gap-4 lg:border-0 lg:p-0 lg:shadow-none">
            <nav aria-label={t("mainNav")}>
              <ul className="flex flex-col lg:flex-row lg:flex-wrap lg:items-center lg:gap-4">
                <li>
                  <Link href="/activities" className={link}>
                    {t("navActivities")}
                  </Link>
                </li>
                <li>
                  <Link href="/events" className={link}>
                    {t("navEvents")}
                  </Link>
                </li>
                <li>
                  <Link href="/news" className={link}>
                    {t("navNews")}
                  </Link>
                </li>
                <li>
                  <ShortlistHeaderLink />
                </li>
              </ul>
            </nav>
            <AccountNav />
          </div>
        </details>
        <LanguageSwitcher current={locale} label={tLang("label", { language: nativeLanguageName(locale) })} chooseLabel={tLang("choose")} />
      </div>
      <HeaderScript />
    </header>
  );
}
