import { getTranslations } from "next-intl/server";
import { AddToList, type AddToListLabels } from "./add-to-list";

/** The texts of "Add to list": the cards get them once with their shared labels (card-data.ts). */
export async function shortlistLabels(): Promise<AddToListLabels> {
  const t = await getTranslations("Shortlist");
  return { add: t("add"), remove: t("remove"), onList: t("onList"), removed: t("removed"), full: t("full") };
}

/** The "Add to list" control with its texts, for a notice's page (the cards render AddToList themselves). */
export async function AddToListControl({ id, title }: { id: string; title: string }) {
  return <AddToList id={id} title={title} labels={await shortlistLabels()} />;
}
