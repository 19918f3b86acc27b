import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";

// One manifest for the site (a manifest has one language): the default locale's name.
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "Metadata" });
  return {
    name: `${t("siteName")}: ${t("tagline")}`,
    short_name: t("siteName"),
    description: t("description"),
    lang: DEFAULT_LOCALE,
    start_url: `/${DEFAULT_LOCALE}`,
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0b5952",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
