import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { requireModerator } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { listDeletedNotices } from "@/lib/moderation/queries";
import { restoreAction } from "../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation" });
  return { title: t("deletedTitle"), robots: { index: false } };
}

export default async function DeletedPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireModerator(locale, "/moderation/deleted");
  const t = await getTranslations("Moderation");
  const deleted = await listDeletedNotices({ actor: user, locale });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("deletedTitle")}</h1>
      <p>{t("deletedLead")}</p>
      {deleted.length === 0 ? (
        <p>{t("deletedEmpty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-brand-100">
          {deleted.map((item) => (
            <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <span className="flex flex-col">
                <bdi className="font-semibold">{item.title || "–"}</bdi>
                <bdi className="text-sm">{item.organisation.name}</bdi>
                <span className="text-sm text-muted">{t("restorableUntil", { date: formatDate(item.restorableUntil, locale) })}</span>
              </span>
              <ActionButton action={restoreAction} fields={{ activityId: item.id }} label={t("restore")} doneText={t("restored")} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
