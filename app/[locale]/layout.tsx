import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ClientTextsProvider, type ClientTexts } from "@/components/layout/client-texts";
import { countTexts } from "@/lib/i18n/count-texts";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { localeDirection } from "@/lib/i18n/locales";
import { getPathname } from "@/lib/i18n/navigation";
import { ADD_FORM_ID, MAX_LIST } from "@/lib/referral/list";
import { routing } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/site/origin";
import "../globals.css";

/** Open Graph wants language_TERRITORY; the territory is where readers of this site live. */
function ogLocale(locale: string): string {
  return locale === "fi" || locale === "sv" ? `${locale}_FI` : locale;
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(await siteOrigin()),
    title: { default: `${t("siteName")}: ${t("tagline")}`, template: `%s | ${t("siteName")}` },
    description: t("description"),
    // Files in public/ (icons) and app/manifest.ts; favicon.ico is found at the root by browsers.
    icons: { icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }], apple: "/apple-touch-icon.png" },
    manifest: "/manifest.webmanifest",
    // What a shared link shows in messaging apps; pages with their own description override it.
    openGraph: {
      type: "website",
      siteName: t("siteName"),
      title: `${t("siteName")}: ${t("tagline")}`,
      description: t("description"),
      locale: ogLocale(locale),
      images: [{ url: "/icon-512.png", width: 512, height: 512, alt: t("siteName") }],
    },
  };
}

async function clientTexts(locale: string): Promise<ClientTexts> {
  const tError = await getTranslations({ locale, namespace: "ErrorPage" });
  const tList = await getTranslations({ locale, namespace: "Shortlist" });
  return {
    locale,
    error: { title: tError("title"), text: tError("text"), retry: tError("retry"), home: tError("home") },
    shortlist: {
      linkCount: countTexts(locale, MAX_LIST, (count) => tList("linkCount", { count })),
      added: countTexts(locale, MAX_LIST, (count) => tList("added", { count })),
    },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Reading the request makes every page render per request, so the CSP nonce applies.
  await headers();
  const texts = await clientTexts(locale);
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-ink antialiased">
        {/* No message catalogue goes to the browser from here: the layout's client components get
            their few texts formatted (docs/decisions/018). Pages with client forms add their own
            NextIntlClientProvider with only the namespaces those forms use. */}
        <ClientTextsProvider texts={texts}>
          <SiteHeader locale={locale} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
          {/* What every "Add to list" button submits without JavaScript: /{locale}/list?add=id
              (components/referral/add-to-list.tsx). */}
          <form id={ADD_FORM_ID} action={getPathname({ href: "/list", locale })} hidden />
        </ClientTextsProvider>
      </body>
    </html>
  );
}
