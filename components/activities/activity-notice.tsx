import { LinkedText } from "@/components/ui/linked-text";
import { TitledSection } from "@/components/ui/titled-section";
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
  // The notice's own text in its language and direction; the two facts a case worker needs most stand out.
  const text = (id: string, title: string, body: string, highlight = false) => (
    <TitledSection
      id={id}
      title={title}
      as={H}
      className={highlight ? "rounded-lg border-2 border-brand-600 bg-brand-50 p-4" : undefined}
      titleClassName={highlight ? "text-xl font-semibold text-brand-800" : "text-xl font-semibold"}
    >
      <p lang={contentLang} dir={contentDir} className="mt-2 whitespace-pre-line">
        <LinkedText text={body} />
      </p>
    </TitledSection>
  );
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
        {text("join", t("howToJoin"), activity.text.howToJoin, true)}
        {text("integration", t("integrationSupport"), activity.text.integrationSupport, true)}
      </div>
      {activity.easyFinnish && <EasyFinnish text={activity.easyFinnish} locale={locale} />}
      {text("description", t("description"), activity.text.description)}
      <TitledSection id="facts" title={t("factsTitle")} as={H} titleClassName="text-xl font-semibold">
        <ActivityFacts activity={activity} />
      </TitledSection>
      <ActivityContact activity={activity} headingLevel={headingLevel} />
    </article>
  );
}
