import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityGone } from "@/components/activities/activity-gone";
import { ActivityNotice } from "@/components/activities/activity-notice";
import { getPublicActivity } from "@/lib/activities/queries";

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

  return <ActivityNotice activity={activity} />;
}
