import { getTranslations } from "next-intl/server";

// An imported notice that its organiser has not yet confirmed says so, and where it came from,
// instead of a "last confirmed" date (docs/decisions/016): a moderator's approval is not the
// organiser's confirmation.
export async function ImportedNote({ source, locale }: { source: string | null; locale?: string }) {
  return <p>{await importedNoteText(source, locale)}</p>;
}

/** "Not yet confirmed by the organiser · Imported from …", in `locale` (the referral sheet's column) or the request's. */
export async function importedNoteText(source: string | null, locale?: string): Promise<string> {
  const t = locale ? await getTranslations({ locale, namespace: "Import" }) : await getTranslations("Import");
  return [t("notConfirmed"), ...(source ? [t("importedFrom", { source })] : [])].join(" · ");
}
