import { getLocale, getTranslations } from "next-intl/server";
import type { ActivityDetail } from "@/lib/activities/queries";
import { daysBetween, formatDate } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { Badge } from "@/components/ui/badge";

// Title, organiser, the badges a case worker looks for first, and how current the notice is.
export async function ActivityHeader({ activity }: { activity: ActivityDetail }) {
  const locale = await getLocale();
  const t = await getTranslations("ActivityPage");
  const tCard = await getTranslations("ActivityCard");
  const contentLang = activity.text.locale;
  const fallback = contentLang !== locale;
  const days = daysBetween(activity.lastConfirmedAt, new Date());
  return (
    <header className="flex flex-col gap-3">
      <h1 lang={contentLang} dir={languageDirection(contentLang)} className="text-3xl font-bold text-brand-800">
        {activity.text.title}
      </h1>
      <p lang={contentLang} dir={languageDirection(contentLang)} className="text-lg">
        {activity.text.summary}
      </p>
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
      {fallback && (
        <div role="note" className="rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
          <p>{t("fallbackNotice", { language: languageName(contentLang, locale) })}</p>
        </div>
      )}
      {activity.availableLocales.length > 1 && (
        <p className="text-sm">
          {t("availableIn")}{" "}
          {activity.availableLocales.map((code, i) => (
            <span key={code}>
              {i > 0 && ", "}
              {isLocale(code) && code !== locale ? (
                <Link href={`/activities/${activity.id}`} locale={code} lang={code} hrefLang={code} className="text-brand-800 underline">
                  {languageName(code, code)}
                </Link>
              ) : (
                <span lang={code}>{languageName(code, code)}</span>
              )}
            </span>
          ))}
        </p>
      )}
      <div className="text-sm text-muted">
        <p>
          {activity.acceptsReferrals ? t("referralsYes") : t("referralsNo")}
          {activity.acceptsReferrals && activity.contactBeforeReferral && <> {t("contactBeforeReferral")}</>}
        </p>
        <p>{t("lastConfirmed", { days, date: formatDate(activity.lastConfirmedAt, locale) })}</p>
        <p>{t("validUntil", { date: formatDate(activity.validUntil, locale) })}</p>
      </div>
    </header>
  );
}
