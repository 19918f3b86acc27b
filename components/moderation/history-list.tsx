import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import type { HistoryGroup } from "@/lib/moderation/queries";

// A notice's history in words: "Saved as a draft (7 times), 1.12.2026 – 3.12.2026, anna@…".
export async function HistoryList({ groups }: { groups: HistoryGroup[] }) {
  const locale = await getLocale();
  const t = await getTranslations("Moderation");
  const te = await getTranslations("AuditEvents");
  const eventName = (action: string) => {
    const key = action.replace(/\./g, "_");
    return te.has(key as Parameters<typeof te.has>[0]) ? te(key as Parameters<typeof te>[0]) : te("other");
  };
  return (
    <ul className="flex flex-col gap-1">
      {groups.map((group) => {
        const first = formatDate(group.first, locale);
        const last = formatDate(group.last, locale);
        return (
          <li key={group.key}>
            <span className="font-semibold">{eventName(group.action)}</span>
            {group.count > 1 && <> ({t("times", { count: group.count })})</>}: {first === last ? last : `${first} – ${last}`}, <bdi>{group.actorEmail ?? t("system")}</bdi>
          </li>
        );
      })}
    </ul>
  );
}
