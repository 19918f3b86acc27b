import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { pickTranslation } from "@/lib/activities/translation";
import { formatCalendarDate, formatDate, formatList } from "@/lib/i18n/format";
import { localeDirection } from "@/lib/i18n/locales";
import { languageDirection, languageName } from "@/lib/reference/languages";
import type { ReferralActivity, ReferralText } from "@/lib/referral/queries";
import { addressLine, routePlanner } from "@/lib/referral/route-planner";
import { describeSlots } from "@/lib/schedule/summary";
import { LinkedText } from "@/components/ui/linked-text";
import { capacityShown } from "@/lib/reports/status";
import { ImportedNote } from "@/components/open-data/provenance";

/** Which text a column shows: its own language, the original marked as such, or none (see the other column). */
export type ColumnText = { text: ReferralText; marked: boolean } | { text: undefined; elsewhere: ReferralText };

/**
 * The texts of the two columns, so that no text is printed twice: the client's column falls back
 * to the original language unless that is Finnish (already beside it); the Finnish column shows
 * Finnish, else the original if the client's column does not already show it.
 */
export function columnTexts(activity: ReferralActivity, forLocale: string): { client: ColumnText; finnish: ColumnText } {
  const own = (locale: string) => activity.translations.find((t) => t.locale === locale);
  const fallback = pickTranslation(activity.translations, forLocale, activity.originalLanguage)!;
  const fi = own("fi");
  const clientText = own(forLocale) ?? (fallback.locale !== "fi" ? fallback : undefined);
  const finnishText = fi ?? (clientText && clientText.locale !== fallback.locale ? fallback : undefined);
  return {
    client: clientText ? { text: clientText, marked: clientText.locale !== forLocale } : { text: undefined, elsewhere: finnishText ?? fallback },
    finnish: finnishText ? { text: finnishText, marked: finnishText.locale !== "fi" } : { text: undefined, elsewhere: clientText ?? fallback },
  };
}

// Proper names of the journey planners, the same in every language.
const PLANNER_NAMES = { hsl: "HSL Reittiopas", matka: "Matka.fi", google: "Google Maps" } as const;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sheet-field border-t border-slate-300 py-1.5">
      <dt className="text-sm font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Content text in its own language and direction inside a column of another. */
function Text({ text, children, className }: { text: ReferralText; children: ReactNode; className?: string }) {
  return (
    <p lang={text.locale} dir={languageDirection(text.locale)} className={`whitespace-pre-line ${className ?? ""}`}>
      {children}
    </p>
  );
}

type Props = { activity: ReferralActivity; locale: string; column: ColumnText; headingId: string };

/** One activity in one language: every label, name and date in `locale`, the notice's text where it has it. */
export async function SheetColumn({ activity, locale, column, headingId }: Props) {
  const t = await getTranslations({ locale, namespace: "ActivityPage" });
  const tCard = await getTranslations({ locale, namespace: "ActivityCard" });
  const tEnum = await getTranslations({ locale, namespace: "Enums" });
  const tImport = await getTranslations({ locale, namespace: "Import" });
  const tSheet = await getTranslations({ locale, namespace: "ReferralSheet" });
  const tCapacity = await getTranslations({ locale, namespace: "Capacity" });
  const capacity = capacityShown(activity.capacityStatus, activity.capacitySetAt);
  const dir = localeDirection(locale);
  const title = column.text ?? column.elsewhere;
  const text = column.text;
  const names = (codes: string[]) => formatList(codes.map((code) => languageName(code, locale)), locale);
  const slots = describeSlots(activity.slots, locale);
  const email = activity.contactEmail ?? activity.organisation.email;
  const phone = activity.contactPhone ?? activity.organisation.phone;
  const municipality = (place: ReferralActivity["places"][number]) => (locale === "sv" ? place.municipalityNameSv : place.municipalityNameFi);

  return (
    <div lang={locale} dir={dir} className="sheet-column min-w-0" data-column={locale}>
      <h2 id={headingId} className="text-xl font-bold text-brand-800">
        <span lang={title.locale} dir={languageDirection(title.locale)}>
          {title.title}
        </span>
      </h2>
      <p className="text-sm">
        {t("organiser")}: <bdi>{activity.organisation.name}</bdi>
      </p>
      {column.text && column.marked && (
        <p className="mt-1 text-sm italic">{tCard("originalLanguage", { language: languageName(column.text.locale, locale) })}</p>
      )}
      {!column.text && <p className="mt-1 text-sm italic">{tSheet("notTranslated", { language: languageName(column.elsewhere.locale, locale) })}</p>}

      {activity.availability !== "current" ? (
        <div className="mt-2 rounded border-2 border-amber-700 bg-amber-50 p-2 text-amber-950" data-testid="no-longer-available">
          <p className="font-bold">{tSheet("noLongerAvailable")}</p>
          <p>{activity.availability === "archived" ? t("noLongerValidArchived") : t("noLongerValidExpired")}</p>
        </div>
      ) : (
        <dl className="mt-2">
          {text && (
            <>
              <Field label={t("description")}>
                <Text text={text}><LinkedText text={text.description} /></Text>
              </Field>
              <Field label={t("howToJoin")}>
                <Text text={text}><LinkedText text={text.howToJoin} /></Text>
              </Field>
            </>
          )}
          <Field label={t("when")}>
            {slots.length > 0 && (
              <ul>
                {slots.map((slot, i) => (
                  <li key={i}>
                    {slot.day} <bdi dir="ltr">{slot.time}</bdi>
                    {slot.everyNWeeks > 1 && <> ({t("everyNWeeks", { count: slot.everyNWeeks })})</>}
                  </li>
                ))}
              </ul>
            )}
            {text?.scheduleNote && <Text text={text}><LinkedText text={text.scheduleNote} /></Text>}
            {activity.startDate && <p>{t("startsOn", { date: formatCalendarDate(activity.startDate, locale) })}</p>}
            {activity.endDate && <p>{t("endsOn", { date: formatCalendarDate(activity.endDate, locale) })}</p>}
          </Field>
          <Field label={t("where")}>
            <p>{tEnum(`mode.${activity.mode}`)}</p>
            {activity.places.map((place) => {
              const planner = routePlanner({ ...place, municipalityName: municipality(place) });
              return (
                <div key={place.id} className="mt-1">
                  <address className="not-italic">
                    {place.name && (
                      <>
                        <bdi>{place.name}</bdi>
                        <br />
                      </>
                    )}
                    <bdi>{addressLine({ ...place, municipalityName: municipality(place) })}</bdi>
                  </address>
                  <a href={planner.url} rel="noopener noreferrer" className="text-brand-800 underline print:hidden">
                    {tSheet("route", { service: PLANNER_NAMES[planner.service] })}
                  </a>
                </div>
              );
            })}
            {activity.nationwide && <p>{t("nationwide")}</p>}
          </Field>
          <Field label={t("cost")}>
            <p>{activity.isFree ? t("free") : t("fee")}</p>
            {text?.costNote && <Text text={text}><LinkedText text={text.costNote} /></Text>}
          </Field>
          <Field label={t("registration")}>
            <p>{tEnum(`registration.${activity.registration}`)}</p>
            {activity.registrationUrl && (
              <p>
                <a href={activity.registrationUrl} dir="ltr" rel="noopener noreferrer" className="break-all text-brand-800 underline">
                  {activity.registrationUrl}
                </a>
              </p>
            )}
            {activity.registrationPhone && (
              <p>
                {t("phone")}: <bdi dir="ltr">{activity.registrationPhone}</bdi>
              </p>
            )}
            {activity.registrationEmail && (
              <p>
                {t("email")}: <bdi dir="ltr">{activity.registrationEmail}</bdi>
              </p>
            )}
          </Field>
          <Field label={t("contact")}>
            <Contact name={activity.contactName} email={email} phone={phone} website={activity.organisation.website} labels={{ email: t("email"), phone: t("phone"), website: t("website") }} />
          </Field>
          <Field label={t("languages")}>
            <p>{names(activity.languages)}</p>
            {activity.supportLanguages.length > 0 && (
              <p>
                {t("supportLanguages")}: {names(activity.supportLanguages)}
              </p>
            )}
          </Field>
          <Field label={tSheet("referrals")}>
            <p>{activity.acceptsReferrals ? t("referralsYes") : t("referralsNo")}</p>
            {activity.acceptsReferrals && activity.contactBeforeReferral && (
              <p className="font-semibold" data-testid="contact-before-referral">
                {t("contactBeforeReferral")}{" "}
                <bdi>{[activity.contactName, phone, email].filter(Boolean).join(", ")}</bdi>
              </p>
            )}
          </Field>
          {activity.awaitingOrganiser ? (
            <Field label={tImport("detailsStatus")}>
              <div data-testid="sheet-not-confirmed">
                <ImportedNote source={activity.importSource} locale={locale} />
              </div>
            </Field>
          ) : (
            <Field label={tSheet("lastConfirmedLabel")}>
              <p>{formatDate(activity.lastConfirmedAt, locale)}</p>
            </Field>
          )}
          {capacity && (
            <Field label={tCapacity("sheetLabel")}>
              <p data-testid="sheet-capacity" data-capacity={capacity.status}>
                {tCapacity(`shown.${capacity.status}`, { date: formatDate(capacity.setAt, locale) })}
              </p>
            </Field>
          )}
        </dl>
      )}
    </div>
  );
}

function Contact(props: { name: string | null; email: string | null; phone: string | null; website: string | null; labels: { email: string; phone: string; website: string } }) {
  return (
    <ul>
      {props.name && (
        <li>
          <bdi>{props.name}</bdi>
        </li>
      )}
      {props.phone && (
        <li>
          {props.labels.phone}: <a href={`tel:${props.phone.replace(/\s/g, "")}`} className="text-brand-800 underline"><bdi dir="ltr">{props.phone}</bdi></a>
        </li>
      )}
      {props.email && (
        <li>
          {props.labels.email}: <a href={`mailto:${props.email}`} dir="ltr" className="break-all text-brand-800 underline">{props.email}</a>
        </li>
      )}
      {props.website && (
        <li>
          {props.labels.website}: <a href={props.website} dir="ltr" rel="noopener noreferrer" className="break-all text-brand-800 underline">{props.website}</a>
        </li>
      )}
    </ul>
  );
}
