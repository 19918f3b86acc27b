import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActivityContact } from "@/components/activities/activity-contact";
import { ActivityFacts } from "@/components/activities/activity-facts";
import { ActivityHeader } from "@/components/activities/activity-header";
import { ActivityGone } from "@/components/activities/activity-gone";
import { EasyFinnish } from "@/components/activities/easy-finnish";
import { getPublicActivity } from "@/lib/activities/queries";
import { languageDirection } from "@/lib/reference/languages";
import { LinkedText } from "@/components/ui/linked-text";

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

  const t = await getTranslations("ActivityPage");
  const contentLang = activity.text.locale;
  const contentDir = languageDirection(contentLang);
  return (
    <article className="flex flex-col gap-6">
      <ActivityHeader activity={activity} />
      {/* Layout follows the UI's direction; only the notice's own text takes its language and
          direction, so an Arabic notice read in English is lang="ar" dir="rtl" in an LTR page. */}
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="join-title" className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
          <h2 id="join-title" className="text-xl font-semibold text-brand-800">
            {t("howToJoin")}
          </h2>
          <p lang={contentLang} dir={contentDir} className="mt-2 whitespace-pre-line">
            <LinkedText text={activity.text.howToJoin} />
          </p>
        </section>
        <section aria-labelledby="integration-title" className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
          <h2 id="integration-title" className="text-xl font-semibold text-brand-800">
            {t("integrationSupport")}
          </h2>
          <p lang={contentLang} dir={contentDir} className="mt-2 whitespace-pre-line">
            <LinkedText text={activity.text.integrationSupport} />
          </p>
        </section>
      </div>
      {activity.easyFinnish && <EasyFinnish text={activity.easyFinnish} locale={locale} />}
      <section aria-labelledby="description-title">
        <h2 id="description-title" className="text-xl font-semibold">
          {t("description")}
        </h2>
        <p lang={contentLang} dir={contentDir} className="mt-2 whitespace-pre-line">
          <LinkedText text={activity.text.description} />
        </p>
      </section>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title" className="text-xl font-semibold">
          {t("factsTitle")}
        </h2>
        <ActivityFacts activity={activity} />
      </section>
      <ActivityContact activity={activity} />
    </article>
  );
}
