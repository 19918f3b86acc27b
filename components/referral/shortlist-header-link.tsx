import { getTranslations } from "next-intl/server";
import { ShortlistLink } from "./shortlist-link";

/** The header's link to the list, with its count once the browser's list is known. */
export async function ShortlistHeaderLink() {
  const t = await getTranslations("Shortlist");
  return <ShortlistLink label={t("link")} />;
}
