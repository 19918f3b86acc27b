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
// The header's look is in app/globals.css (.skip-link, .header-button, .site-menu-panel,
// .nav-link): every page carries the header twice, as HTML and in the component payload.
export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations("Layout");
  const tLang = await getTranslations("LanguageSwitcher");
  const link = "nav-link"; // app/globals.css: on every page, twice
  return (
    <header className="relative border-b border-brand-100 bg-brand-50">
      <a
        href="#main"
        className="skip-link"
      >
        {t("skipLink")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-1.5 px-3 py-2 sm:gap-2 sm:px-4 lg:gap-4 lg:py-3">
        <Link href="/" className="me-auto text-lg font-bold sm:text-xl text-brand-800 no-underline lg:me-0" aria-label={t("home")}>
          Tukiverkko
        </Link>
        <details data-site-menu className="lg:flex-1">
          <summary className="header-button min-w-11 justify-center font-medium">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="M4 7h16M4 12h16M4 17h16" />
            </svg>
            {/* On the narrowest phones the three bars alone, so that the row still fits the
                language button with its name in every language; screen readers get the word. */}
            <span className="sr-only min-[360px]:not-sr-only">{t("menu")}</span>
          </summary>
          <div className="site-menu-panel">
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
