import "server-only";
import { getTranslations } from "next-intl/server";
import { municipalityOptions } from "@/lib/activities/manage-queries";
import { formatWeekday } from "@/lib/i18n/format";
import { ACTIVITY_LANGUAGES, languageName } from "@/lib/reference/languages";
import { labelKey, VOCABULARIES, WEEKDAYS, type VocabularyName } from "@/lib/reference/vocabulary";
import type { NoticeFormOptions } from "./notice-form";

/** Every option list of the notice form, labelled in the reader's language. */
export async function noticeFormOptions(locale: string): Promise<NoticeFormOptions> {
  const t = await getTranslations();
  // Every option list comes from the vocabulary, labelled by its message keys.
  const options = (vocabulary: VocabularyName) => VOCABULARIES[vocabulary].values.map((value) => ({ value, label: t(labelKey(vocabulary, value) as Parameters<typeof t>[0]) }));
  const languages = ACTIVITY_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  return {
    themes: options("themes"),
    forms: options("forms"),
    targetGroups: options("targetGroups"),
    accessibility: options("accessibility"),
    languages,
    municipalities: (await municipalityOptions(locale)).map((m) => ({ value: m.code, label: m.name })),
    weekdays: WEEKDAYS.map((slug, i) => ({ value: slug, label: formatWeekday(i + 1, locale) })),
    genderSpace: options("genderSpace"),
    finnishLevel: options("finnishLevel"),
    mode: options("mode"),
    registration: options("registration"),
  };
}
