import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

// "Report a problem" under a notice: a link to the report form's own page, so the notice page,
// the one newcomers open from a shared link, carries no form code or form texts.
export async function ReportInvite({ activityId }: { activityId: string }) {
  const t = await getTranslations("ReportForm");
  return (
    <p className="rounded-lg border border-brand-100 p-4 print:hidden" data-testid="report-problem">
      <Link href={`/activities/${activityId}/report`} className="font-semibold text-brand-800 underline underline-offset-4">
        {t("open")}
      </Link>
    </p>
  );
}
