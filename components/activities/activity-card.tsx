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
    // The card's look is in app/globals.css (.card…): each card is in the page's HTML and again in
    // its component payload, so utility classes would cost twice per element (docs/decisions/019).
    <article className="card">
      <div {...(foreign && { lang: activity.contentLocale, dir: languageDirection(activity.contentLocale) })}>
        <Heading className="card-title">
          <Link href={`/activities/${activity.id}`}>
            <Highlight text={activity.title} words={highlight} />
          </Link>
        </Heading>
        <p className="card-summary">
          <Highlight text={activity.summary} words={highlight} />
        </p>
      </div>
      {foreign && <p className="mt-1 text-sm text-muted">{t("originalLanguage", { language: languageName(activity.contentLocale, locale) })}</p>}
      <dl className="card-facts">
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
      <ul className="card-badges">
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
      <div className="card-foot">
        {activity.awaitingOrganiser ? <ImportedNote source={activity.importSource} compact /> : <p className="text-xs text-muted">{t("confirmed", { date: formatShortDate(activity.lastConfirmedAt, locale) })}</p>}
        <AddToListControl id={activity.id} title={activity.title} />
      </div>
    </article>
  );
}
