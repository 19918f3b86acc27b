import { LinkedText } from "@/components/ui/linked-text";
import { getLocale, getTranslations } from "next-intl/server";
import type { ActivityDetail } from "@/lib/activities/queries";
import { languageDirection } from "@/lib/reference/languages";
import { ActivityContact } from "./activity-contact";
import { ActivityFacts } from "./activity-facts";
import { ActivityHeader } from "./activity-header";
import { EasyFinnish } from "./easy-finnish";
import { CapacityBadge, ReportedNote } from "@/components/reports/capacity-note";

// A notice as the public page shows it; also the moderators' preview of a notice under review.
export async function ActivityNotice({ activity, headingLevel = 1 }: { activity: ActivityDetail; headingLevel?: 1 | 3 }) {
  // The page's own title is h1; inside the review page's preview everything moves two levels down.
  const H = headingLevel === 1 ? "h2" : "h4";
  const locale = await getLocale();
  const t = await getTranslations("ActivityPage");
  const contentLang = activity.text.locale;
  const contentDir = languageDirection(contentLang);
  return (
    <article className="flex flex-col gap-6">
      <ActivityHeader activity={activity} headingLevel={headingLevel} />
      {(activity.capacity || activity.reportedOn) && (
        <div className="flex flex-col items-start gap-1">
          {activity.capacity && <CapacityBadge capacity={activity.capacity} locale={locale} />}
          {activity.reportedOn && <ReportedNote date={activity.reportedOn} locale={locale} />}
        </div>
      )}
      {/* Layout follows the UI's direction; only the notice's own text takes its language and
          direction, so an Arabic notice read in English is lang="ar" dir="rtl" in an LTR page. */}
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="join-title" className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
          <H id="join-title" className="text-xl font-semibold text-brand-800">
            {t("howToJoin")}
          </H>
          <p lang={contentLang} dir={contentDir} className="mt-2 whitespace-pre-line">
            <LinkedText text={activity.text.howToJoin} />
          </p>
        </section>
        <section aria-labelledby="integration-title" className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
          <H id="integration-title" className="text-xl font-semibold text-brand-800">
            {t("integrationSupport")}
          </H>
          <p lang={contentLang} dir={contentDir} className="mt-2 whitespace-pre-line">
            <LinkedText text={activity.text.integrationSupport} />
          </p>
        </section>
      </div>
      {activity.easyFinnish && <EasyFinnish text={activity.easyFinnish} locale={locale} />}
      <section aria-labelledby="description-title">
        <H id="description-title" className="text-xl font-semibold">
          {t("description")}
        </H>
        <p lang={contentLang} dir={contentDir} className="mt-2 whitespace-pre-line">
          <LinkedText text={activity.text.description} />
        </p>
      </section>
      <section aria-labelledby="facts-title">
        <H id="facts-title" className="text-xl font-semibold">
          {t("factsTitle")}
        </H>
        <ActivityFacts activity={activity} />
      </section>
      <ActivityContact activity={activity} headingLevel={headingLevel} />
    </article>
  );
}
