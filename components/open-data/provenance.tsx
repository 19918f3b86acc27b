import { getTranslations } from "next-intl/server";

// An imported notice that its organiser has not yet confirmed says so, and where it came from,
// instead of a "last confirmed" date (docs/decisions/016): a moderator's approval is not the
// organiser's confirmation.
export async function ImportedNote({ source, compact = false }: { source: string | null; compact?: boolean }) {
  const t = await getTranslations("Import");
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
