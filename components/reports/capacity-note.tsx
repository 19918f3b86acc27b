import { getTranslations } from "next-intl/server";
import { formatShortDate } from "@/lib/i18n/format";
import type { CapacityShown } from "@/lib/reports/status";
import { Badge } from "@/components/ui/badge";
import { capacityTone } from "./capacity-tone";

// The organiser's "is there room?" with its date; older than 30 days it reads as unknown
// (docs/decisions/011). `locale` lets the referral sheet render each column in its language.
export async function CapacityBadge({ capacity, locale }: { capacity: CapacityShown; locale: string }) {
  const t = await getTranslations({ locale, namespace: "Capacity" });
  return (
    <Badge tone={capacityTone(capacity.status)}>
      <span data-testid="capacity" data-capacity={capacity.status}>
        {t(`shown.${capacity.status}`, { date: formatShortDate(capacity.setAt, locale) })}
      </span>
    </Badge>
  );
}

/** "Reported as possibly out of date on …": a discreet line, once a report has waited 14 days. */
export async function ReportedNote({ date, locale }: { date: Date; locale: string }) {
  const t = await getTranslations({ locale, namespace: "Capacity" });
  return (
    <p className="text-xs text-amber-900" data-testid="reported-note">
      {t("reportedOn", { date: formatShortDate(date, locale) })}
    </p>
  );
}
