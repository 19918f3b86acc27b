import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityGone } from "@/components/activities/activity-gone";
import { ActivityNotice } from "@/components/activities/activity-notice";
import { getPublicActivity } from "@/lib/activities/queries";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { CAPACITY_STATUSES } from "@/lib/reference/vocabulary";
import { canManageNotice } from "@/lib/reports/queries";
import { ChoiceButtons } from "@/components/reports/choice-buttons";
import { ReportInvite } from "@/components/reports/report-invite";
import { setCapacityAction } from "../../reports/actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const activity = await getPublicActivity(id, locale);
  if (!activity) return {};
  return {
    title: activity.text.title,
    description: activity.text.summary,
    // A page's openGraph replaces the layout's, so the shared link's card is set whole here.
    openGraph: { type: "article", title: activity.text.title, description: activity.text.summary, locale: activity.text.locale, images: [{ url: "/icon-512.png", width: 512, height: 512 }] },
    robots: activity.availability === "current" ? undefined : { index: false },
  };
}

export default async function ActivityPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const activity = await getPublicActivity(id, locale);
  if (!activity) notFound();
  if (activity.availability !== "current") return <ActivityGone activity={activity} />;

  // Members of the organisation set "is there room?" here in one click (docs/decisions/011).
  const manager = await canManageNotice(await getSessionUser(), activity.organisation.id);
  const t = await getTranslations("Capacity");
  const tEnum = await getTranslations("Enums");
  return (
    <div className="flex flex-col gap-6">
      <ActivityNotice activity={activity} />
      {manager && (
        <section aria-label={t("setTitle")} className="rounded-lg border-2 border-brand-600 p-4 print:hidden">
          <ChoiceButtons
            action={setCapacityAction}
            fields={{ activityId: activity.id }}
            name="status"
            legend={t("setTitle")}
            current={activity.capacity?.status}
            choices={CAPACITY_STATUSES.map((value) => ({ value, label: tEnum(`capacity.${value}`) }))}
          />
        </section>
      )}
      <ReportInvite activityId={activity.id} />
    </div>
  );
}
