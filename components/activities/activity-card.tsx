import { getLocale, getTranslations } from "next-intl/server";
import type { ActivitySummary } from "@/lib/activities/queries";
import { formatList, formatShortDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { describeSlots } from "@/lib/schedule/summary";
import { Badge } from "@/components/ui/badge";
import { Highlight } from "@/components/search/highlight";
import { AddToListControl } from "@/components/referral/add-to-list-server";
import { CapacityBadge, ReportedNote } from "@/components/reports/capacity-note";
import { ImportedNote } from "@/components/open-data/provenance";

// One search result: what a case worker scans for, in one glance.
export async function ActivityCard({ activity, headingLevel, highlight = [] }: { activity: ActivitySummary; headingLevel: 2 | 3; highlight?: string[] }) {
  const locale = await getLocale();
  const t = await getTranslations("ActivityCard");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const foreign = activity.contentLocale !== locale;
  const where = activity.nationwide
    ? t("nationwide")
    : formatList(activity.municipalityNames, locale) || (activity.mode === "ONLINE" ? t("online") : "");
  const languages = [...new Set([...activity.languages, ...activity.supportLanguages])].map((code) => languageName(code, locale));
  const slots = describeSlots(activity.slots, locale, "short");
  return (
    // The rows' look is set once here: each card is in the page's HTML and again in its component
    // payload, so repeated classes cost twice per card (docs/decisions/019).
    <article className="rounded-lg border border-brand-100 p-4 shadow-sm [&_dl>div]:flex [&_dl>div]:gap-1 [&_dt]:shrink-0 [&_dt]:font-medium">
      <div {...(foreign && { lang: activity.contentLocale, dir: languageDirection(activity.contentLocale) })}>
        <Heading className="text-lg font-semibold">
          <Link href={`/activities/${activity.id}`} className="text-brand-800 underline-offset-4 hover:underline">
            <Highlight text={activity.title} words={highlight} />
          </Link>
        </Heading>
        <p className="mt-1 text-muted">
          <Highlight text={activity.summary} words={highlight} />
        </p>
      </div>
      {foreign && <p className="mt-1 text-sm text-muted">{t("originalLanguage", { language: languageName(activity.contentLocale, locale) })}</p>}
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt>{`${t("organiser")}:`}</dt>
          <dd>
            <bdi>{activity.organisation.name}</bdi>
          </dd>
        </div>
        {where && (
          <div>
            <dt>{`${t("where")}:`}</dt>
            <dd>{where}</dd>
          </div>
        )}
        {slots.length > 0 && (
          <div>
            <dt>{`${t("when")}:`}</dt>
            <dd>{formatList(slots.map((s) => `${s.day} ${s.time}`), locale)}</dd>
          </div>
        )}
        <div>
          <dt>{`${t("languages")}:`}</dt>
          <dd>{formatList(languages, locale)}</dd>
        </div>
      </dl>
      <ul className="mt-3 flex flex-wrap gap-2">
        <li>
          <Badge tone={activity.isFree ? "positive" : "neutral"}>{activity.isFree ? t("free") : t("fee")}</Badge>
        </li>
        {activity.acceptsReferrals && (
          <li>
            <Badge tone="positive">{t("referrals")}</Badge>
          </li>
        )}
        {activity.childcare && (
          <li>
            <Badge tone="neutral">{t("childcare")}</Badge>
          </li>
        )}
        {activity.capacity && (
          <li>
            <CapacityBadge capacity={activity.capacity} locale={locale} />
          </li>
        )}
      </ul>
      {activity.reportedOn && <ReportedNote date={activity.reportedOn} locale={locale} />}
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        {activity.awaitingOrganiser ? <ImportedNote source={activity.importSource} compact /> : <p className="text-xs text-muted">{t("confirmed", { date: formatShortDate(activity.lastConfirmedAt, locale) })}</p>}
        <AddToListControl id={activity.id} title={activity.title} />
      </div>
    </article>
  );
}
