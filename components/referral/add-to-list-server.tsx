import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { AddToList, type AddToListLabels } from "./add-to-list";

// One labels object per request: the component payload then sends it once for all the cards and
// refers to it from the others (docs/decisions/019).
export const shortlistLabels = cache(async (): Promise<AddToListLabels> => {
  const t = await getTranslations("Shortlist");
  return { add: t("add"), remove: t("remove"), onList: t("onList"), removed: t("removed"), full: t("full") };
});

/** The "Add to list" control with its texts, for server components (search results, notice page). */
export async function AddToListControl({ id, title }: { id: string; title: string }) {
  return <AddToList id={id} title={title} labels={await shortlistLabels()} />;
}
