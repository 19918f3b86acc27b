import { getTranslations } from "next-intl/server";
import { Fact } from "@/components/ui/fact";
import { formatSession } from "@/lib/events/format";
import { formatList } from "@/lib/i18n/format";
import { getReferenceData, municipalityName, regionName } from "@/lib/reference/municipalities";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { labelKey } from "@/lib/reference/vocabulary";
import { sessionTimes, type EventFormValue } from "@/lib/validation/event";

/** What a moderator reviews: the event as submitted, every field labelled in the reader's language. */
export async function EventFormPreview({ value, locale }: { value: EventFormValue; locale: string }) {
  const t = await getTranslations("EventForm");
  const tAll = await getTranslations();
  const label = (name: Parameters<typeof labelKey>[0], v: string) => tAll(labelKey(name, v) as Parameters<typeof tAll>[0]);
  const { municipalities, regions } = await getReferenceData();
  const municipality = value.municipalityCode ? municipalities.get(value.municipalityCode) : undefined;
  const region = value.regionCode ? regions.get(value.regionCode) : undefined;
  const dir = languageDirection(value.originalLanguage);
  return (
    <dl className="max-w-4xl">
      <Fact label={t("originalLanguage")}>{languageName(value.originalLanguage, locale)}</Fact>
      <Fact label={t("title")}>
        <span lang={value.originalLanguage} dir={dir}>{value.title ?? "–"}</span>
      </Fact>
      <Fact label={t("summary")}>
        <span lang={value.originalLanguage} dir={dir}>{value.summary ?? "–"}</span>
      </Fact>
      <Fact label={t("description")}>
        <span lang={value.originalLanguage} dir={dir} className="whitespace-pre-line">
          {value.description ?? "–"}
        </span>
      </Fact>
      <Fact label={t("kind")}>{value.kind ? label("eventKind", value.kind) : "–"}</Fact>
      <Fact label={t("audiences")}>{formatList(value.audiences.map((a) => label("eventAudience", a)), locale) || "–"}</Fact>
      <Fact label={t("themes")}>{formatList(value.themes.map((a) => label("themes", a)), locale) || "–"}</Fact>
      <Fact label={t("languages")}>{formatList(value.languages.map((l) => languageName(l, locale)), locale) || "–"}</Fact>
      <Fact label={t("section_when")}>
        <ul>
          {sessionTimes(value).map((s) => (
            <li key={s.startsAt.toISOString()}>{formatSession(s, locale)}</li>
          ))}
        </ul>
      </Fact>
      <Fact label={t("mode")}>{label("mode", value.mode)}</Fact>
      <Fact label={t("section_where")}>
        {[value.placeName, value.streetAddress, value.postalCode, value.postOffice, municipality && municipalityName(municipality, locale), region && regionName(region, locale), value.onlineUrl].filter(Boolean).join(", ") || "–"}
      </Fact>
      <Fact label={t("isFree")}>{value.isFree === "yes" ? t("free") : (value.priceText ?? t("paid"))}</Fact>
      <Fact label={t("registrationUrl")}>{[value.registrationUrl, value.registrationEmail, value.registrationDeadline].filter(Boolean).join(", ") || "–"}</Fact>
      <Fact label={t("contactName")}>{[value.contactName, value.contactEmail, value.contactPhone].filter(Boolean).join(", ") || "–"}</Fact>
    </dl>
  );
}
