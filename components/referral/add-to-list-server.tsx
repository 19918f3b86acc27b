import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { AddToList } from "./add-to-list";

/** The "Add to list" control with its texts, for server components (search results, notice page). */
export async function AddToListControl({ id, title }: { id: string; title: string }) {
  const locale = await getLocale();
  const t = await getTranslations("Shortlist");
  return (
    <AddToList
      id={id}
      title={title}
      action={getPathname({ href: "/list", locale })}
      labels={{
        add: t("add"),
        remove: t("remove"),
        onList: t("onList"),
        removed: t("removed"),
        full: t("full"),
      }}
    />
  );
}
