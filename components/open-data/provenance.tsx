import { getTranslations } from "next-intl/server";

// An imported notice that its organiser has not yet confirmed says so, and where it came from,
// instead of a "last confirmed" date (docs/decisions/016): a moderator's approval is not the
// organiser's confirmation.
export async function ImportedNote({ source, compact = false, locale }: { source: string | null; compact?: boolean; locale?: string }) {
  // The referral sheet names its column's language; elsewhere the request's.
  const t = locale ? await getTranslations({ locale, namespace: "Import" }) : await getTranslations("Import");
  return (
    <p className={compact ? "text-xs text-muted" : ""}>
      {t("notConfirmed")}
      {source && (
        <>
          {" · "}
          {t("importedFrom", { source })}
        </>
      )}
    </p>
  );
}
