import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { ShortlistLink } from "./shortlist-link";

/** The header's link to the list, with its count once the browser's list is known. */
export async function ShortlistHeaderLink() {
  const t = await getTranslations("Shortlist");
  const locale = await getLocale();
  return <ShortlistLink label={t("link")} href={getPathname({ href: "/list", locale })} />;
}
