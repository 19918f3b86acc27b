import { getLocale, getTranslations } from "next-intl/server";
import type { ActivityDetail } from "@/lib/activities/queries";
import { daysBetween, formatDate, listSeparator } from "@/lib/i18n/format";
import { isLocale, nativeLanguageName } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { Badge } from "@/components/ui/badge";
import { AddToListControl } from "@/components/referral/add-to-list-server";
import { ImportedNote } from "@/components/open-data/provenance";

// Title, organiser, the badges a case worker looks for first, which languages the notice is
// written in, and how current it is.
export async function ActivityHeader({ activity, headingLevel = 1 }: { activity: ActivityDetail; headingLevel?: 1 | 3 }) {
  const Title = headingLevel === 1 ? "h1" : "h3";
  const locale = await getLocale();
  const t = await getTranslations("ActivityPage");
  const tCard = await getTranslations("ActivityCard");
  const contentLang = activity.text.locale;
  const contentDir = languageDirection(contentLang);
  const fallback = contentLang !== locale;
  const days = daysBetween(activity.lastConfirmedAt, new Date());
  return (
    <header className="flex flex-col gap-3">
      <Title lang={contentLang} dir={contentDir} className="text-3xl font-bold text-brand-800">
        {activity.text.title}
      </Title>
      <p lang={contentLang} dir={contentDir} className="text-lg">
        {activity.text.summary}
      </p>
      {fallback && (
        <div role="note" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
          <p>{t("fallbackNotice", { language: languageName(contentLang, locale) })}</p>
        </div>
      )}
      {(fallback || activity.availableLocales.length > 1) && (
        <AvailableIn activityId={activity.id} shown={contentLang} codes={activity.availableLocales} locale={locale} label={t("availableIn")} />
      )}
      <p>
        {t("organiser")}:{" "}
        <Link href={`/organisations/${activity.organisation.id}`} className="font-semibold text-brand-800 underline">
          <bdi>{activity.organisation.name}</bdi>
        </Link>
      </p>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Badge tone={activity.isFree ? "positive" : "neutral"}>{activity.isFree ? tCard("free") : tCard("fee")}</Badge>
        </li>
        {activity.acceptsReferrals && (
          <li>
            <Badge tone="positive">{tCard("referrals")}</Badge>
          </li>
        )}
        {activity.childcare && (
          <li>
            <Badge tone="neutral">{tCard("childcare")}</Badge>
          </li>
        )}
      </ul>
      <AddToListControl id={activity.id} title={activity.text.title} />
      <div className="text-sm text-muted">
        <p>
          {activity.acceptsReferrals ? t("referralsYes") : t("referralsNo")}
          {activity.acceptsReferrals && activity.contactBeforeReferral && (
            <>
              {" "}
              <strong className="font-semibold" data-testid="contact-before-referral">
                {t("contactBeforeReferral")}{" "}
                <bdi>
                  {[activity.contactName, activity.contactPhone ?? activity.organisation.phone, activity.contactEmail ?? activity.organisation.email]
                    .filter(Boolean)
                    .join(", ")}
                </bdi>
              </strong>
            </>
          )}
        </p>
        {activity.awaitingOrganiser ? <ImportedNote source={activity.importSource} /> : <p>{t("lastConfirmed", { days, date: formatDate(activity.lastConfirmedAt, locale) })}</p>}
        <p>{t("validUntil", { date: formatDate(activity.validUntil, locale) })}</p>
      </div>
    </header>
  );
}

/**
 * "This notice is available in: Suomi, English". Each language is named in itself and marked
 * with its lang and dir; a UI language links to the notice in that language, the one shown
 * comes first, in bold, not a link. Arabic-script UIs separate with "،", Chinese with "、".
 */
function AvailableIn({ activityId, shown, codes, locale, label }: { activityId: string; shown: string; codes: string[]; locale: string; label: string }) {
  const ordered = [shown, ...codes.filter((code) => code !== shown)];
  return (
    <p className="text-sm" data-testid="available-in">
      {label}{" "}
      {ordered.map((code, i) => {
        const name = safeNativeName(code);
        return (
          <span key={code}>
            {i > 0 && listSeparator(locale)}
            {isLocale(code) && code !== shown ? (
              <Link href={`/activities/${activityId}`} locale={code} lang={code} dir={languageDirection(code)} hrefLang={code} className="text-brand-800 underline">
                {name}
              </Link>
            ) : (
              <bdi lang={code} dir={languageDirection(code)} className="font-semibold">
                {name}
              </bdi>
            )}
          </span>
        );
      })}
    </p>
  );
}

function safeNativeName(code: string): string {
  try {
    return nativeLanguageName(code);
  } catch {
    return code;
  }
}
