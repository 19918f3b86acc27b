import "server-only";
import { getTranslations } from "next-intl/server";
import { formatCalendarDate, formatList, formatMinutes, formatWeekday } from "../i18n/format";
import { languageName } from "../reference/languages";
import { getReferenceData, municipalityName } from "../reference/municipalities";
import { labelKey, type VocabularyName } from "../reference/vocabulary";
import type { NoticeFacts } from "./content";

// Every fact of a notice as words in the reader's language: language, municipality and weekday
// names, the vocabulary's labels, dates, yes/no. The moderators' review page (changes table)
// uses it, so no code (fi, ONSITE, 853, tue, true) ever reaches the reader.

const VOCABULARY_OF: Partial<Record<keyof NoticeFacts, VocabularyName>> = {
  themes: "themes",
  targetGroups: "targetGroups",
  forms: "forms",
  accessibility: "accessibility",
  mode: "mode",
  finnishLevel: "finnishLevel",
  genderSpace: "genderSpace",
  registration: "registration",
};

const LANGUAGE_FIELDS = new Set<keyof NoticeFacts>(["originalLanguage", "languages", "supportLanguages"]);
const DATE_FIELDS = new Set<keyof NoticeFacts>(["startDate", "endDate", "validUntil"]);

export async function factDescriber(locale: string) {
  const t = await getTranslations();
  const tv = await getTranslations("FactValues");
  const { municipalities } = await getReferenceData();
  const municipality = (code: string) => {
    const m = municipalities.get(code);
    return m ? municipalityName(m, locale) : tv("unknownMunicipality");
  };
  const date = (value: string) => formatCalendarDate(new Date(`${value}T00:00:00Z`), locale);
  const list = (items: string[]) => formatList(items, locale);
  const label = (vocabulary: VocabularyName, value: string) => t(labelKey(vocabulary, value) as Parameters<typeof t>[0]);

  return function describe<F extends keyof NoticeFacts>(field: F, value: NoticeFacts[F] | undefined): string {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
      return field === "acceptsReferrals" ? tv("unanswered") : tv("empty");
    }
    const vocabulary = VOCABULARY_OF[field];
    if (vocabulary) return Array.isArray(value) ? list((value as string[]).map((v) => label(vocabulary, v))) : label(vocabulary, String(value));
    if (LANGUAGE_FIELDS.has(field)) return Array.isArray(value) ? list((value as string[]).map((code) => languageName(code, locale))) : languageName(String(value), locale);
    if (DATE_FIELDS.has(field)) return date(String(value));
    switch (field) {
      case "municipalities":
        return list((value as string[]).map(municipality));
      case "isFree":
        return value ? tv("free") : tv("fee");
      case "slots":
        return (value as NoticeFacts["slots"])
          .map((s) => `${formatWeekday(s.weekday, locale)} ${formatMinutes(s.startMinute, locale)}–${formatMinutes(s.endMinute, locale)}${s.everyNWeeks > 1 ? ` (${tv("everyNWeeks", { count: s.everyNWeeks })})` : ""}`)
          .join("\n");
      case "pauses":
        return (value as NoticeFacts["pauses"]).map((p) => `${date(p.startDate)} – ${date(p.endDate)}`).join("\n");
      case "places":
        return (value as NoticeFacts["places"])
          .map((p) => [p.name, p.streetAddress, [p.postalCode, p.postOffice].filter(Boolean).join(" "), municipality(p.municipalityCode)].filter(Boolean).join(", "))
          .join("\n");
    }
    if (typeof value === "boolean") return value ? tv("yes") : tv("no");
    return String(value);
  };
}

export type FactDescriber = Awaited<ReturnType<typeof factDescriber>>;
