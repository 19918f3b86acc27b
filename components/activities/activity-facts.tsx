import { getLocale, getTranslations } from "next-intl/server";
import type { ActivityDetail } from "@/lib/activities/queries";
import { formatCalendarDate, formatList } from "@/lib/i18n/format";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { describeSlots } from "@/lib/schedule/summary";
import { Fact } from "@/components/ui/fact";
import { LinkedText } from "@/components/ui/linked-text";

// The structured facts of a notice, in the order a case worker checks them.
export async function ActivityFacts({ activity }: { activity: ActivityDetail }) {
  const locale = await getLocale();
  const t = await getTranslations("ActivityPage");
  const tEnum = await getTranslations("Enums");
  const tTax = await getTranslations("Taxonomy");
  const date = (d: Date) => formatCalendarDate(d, locale);
  const slots = describeSlots(activity.slots, locale);
  const contentLang = activity.text.locale;
  const contentDir = languageDirection(contentLang);
  const names = (codes: string[]) => formatList(codes.map((code) => languageName(code, locale)), locale);

  return (
    <dl>
      <Fact label={t("when")}>
        <ul>
          {slots.map((slot, i) => (
            <li key={i}>
              {slot.day} {slot.time}
              {slot.everyNWeeks > 1 && <> ({t("everyNWeeks", { count: slot.everyNWeeks })})</>}
            </li>
          ))}
        </ul>
        {activity.text.scheduleNote && (
          <p lang={contentLang} dir={contentDir} className="mt-1">
            <LinkedText text={activity.text.scheduleNote} />
          </p>
        )}
        {activity.startDate && activity.endDate ? (
          <p className="mt-1">{t("period", { start: date(activity.startDate), end: date(activity.endDate) })}</p>
        ) : activity.startDate ? (
          <p className="mt-1">{t("startsOn", { date: date(activity.startDate) })}</p>
        ) : activity.endDate ? (
          <p className="mt-1">{t("endsOn", { date: date(activity.endDate) })}</p>
        ) : null}
        {activity.pauses.map((pause, i) => (
          <p key={i} className="mt-1">
            {t("pause", { start: date(pause.startDate), end: date(pause.endDate) })}
          </p>
        ))}
      </Fact>
      <Fact label={t("where")}>
        <p>{tEnum(`mode.${activity.mode}`)}</p>
        {activity.places.map((place) => (
          <address key={place.id} className="mt-1 not-italic">
            {place.name && (
              <>
                <bdi>{place.name}</bdi>
                <br />
              </>
            )}
            <bdi>{place.streetAddress}</bdi>
            <br />
            <bdi>
              {place.postalCode} {place.postOffice ?? place.municipalityName}
            </bdi>
          </address>
        ))}
        {activity.onlineUrl && (
          <p className="mt-1">
            <a href={activity.onlineUrl} className="text-brand-800 underline" rel="noopener noreferrer">
              {t("onlineLink")}
            </a>
          </p>
        )}
        {activity.nationwide ? (
          <p className="mt-1">{t("nationwide")}</p>
        ) : (
          activity.municipalityNames.length > 0 && (
            <p className="mt-1">
              {t("servedMunicipalities")}: <bdi>{activity.municipalityNames.join(", ")}</bdi>
            </p>
          )
        )}
      </Fact>
      <Fact label={t("languages")}>{names(activity.languages)}</Fact>
      {activity.supportLanguages.length > 0 && <Fact label={t("supportLanguages")}>{names(activity.supportLanguages)}</Fact>}
      <Fact label={t("finnishLevel")}>{tEnum(`finnishLevel.${activity.finnishLevel}`)}</Fact>
      <Fact label={t("forWhom")}>
        <p>{formatList(activity.targetGroups.map((slug) => tTax(`targetGroups.${slug}`)), locale)}</p>
        {activity.genderSpace !== "ALL" && <p>{tEnum(`genderSpace.${activity.genderSpace}`)}</p>}
        {activity.ageMin !== null && activity.ageMax !== null ? (
          <p>{t("ageRange", { min: activity.ageMin, max: activity.ageMax })}</p>
        ) : activity.ageMin !== null ? (
          <p>{t("ageFrom", { min: activity.ageMin })}</p>
        ) : activity.ageMax !== null ? (
          <p>{t("ageTo", { max: activity.ageMax })}</p>
        ) : null}
      </Fact>
      <Fact label={t("themes")}>{formatList(activity.themes.map((slug) => tTax(`themes.${slug}`)), locale)}</Fact>
      <Fact label={t("forms")}>{formatList(activity.forms.map((slug) => tTax(`forms.${slug}`)), locale)}</Fact>
      <Fact label={t("cost")}>
        {activity.isFree ? t("free") : t("fee")}
        {activity.text.costNote && (
          <p lang={contentLang} dir={contentDir}>
            <LinkedText text={activity.text.costNote} />
          </p>
        )}
      </Fact>
      <Fact label={t("registration")}>
        <p>{tEnum(`registration.${activity.registration}`)}</p>
        {activity.registrationUrl && (
          <p>
            <a href={activity.registrationUrl} className="text-brand-800 underline" rel="noopener noreferrer">
              {t("registrationLink")}
            </a>
          </p>
        )}
        {activity.registrationEmail && (
          <p>
            {t("email")}: <a href={`mailto:${activity.registrationEmail}`} dir="ltr" className="text-brand-800 underline">{activity.registrationEmail}</a>
          </p>
        )}
        {activity.registrationPhone && (
          <p>
            {t("phone")}: <a href={`tel:${activity.registrationPhone.replace(/\s/g, "")}`} className="text-brand-800 underline"><bdi>{activity.registrationPhone}</bdi></a>
          </p>
        )}
      </Fact>
      {activity.childcare && <Fact label={t("childcare")}>{t("childcareYes")}</Fact>}
      {activity.accessibility.length > 0 && (
        <Fact label={t("accessibility")}>{formatList(activity.accessibility.map((slug) => tTax(`accessibility.${slug}`)), locale)}</Fact>
      )}
    </dl>
  );
}
