import "server-only";
import { getTranslations } from "next-intl/server";
import { municipalityOptions, regionOptions } from "@/lib/activities/manage-queries";
import { formatWeekday } from "@/lib/i18n/format";
import { ACTIVITY_LANGUAGES, languageName } from "@/lib/reference/languages";
import { orderLanguageOptions } from "@/lib/reference/pickers";
import { labelKey, VOCABULARIES, WEEKDAYS, type VocabularyName } from "@/lib/reference/vocabulary";
import type { NoticeFormOptions } from "./notice-form";

/** Every option list of the notice form, labelled in the reader's language. */
export async function noticeFormOptions(locale: string): Promise<NoticeFormOptions> {
  const t = await getTranslations();
  // Every option list comes from the vocabulary, labelled by its message keys.
  const options = (vocabulary: VocabularyName) => VOCABULARIES[vocabulary].values.map((value) => ({ value, label: t(labelKey(vocabulary, value) as Parameters<typeof t>[0]) }));
  // A language is also found by its own name and its English name ("العربية", "Arabic").
  const languages = ACTIVITY_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale), aliases: [languageName(code, code), languageName(code, "en")] })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
  const municipalities = await municipalityOptions(locale);
  return {
    themes: options("themes"),
    forms: options("forms"),
    targetGroups: options("targetGroups"),
    accessibility: options("accessibility"),
    languages: languages.map(({ value, label }) => ({ value, label })),
    languageGroups: orderLanguageOptions(languages, locale),
    municipalities: municipalities.map((m) => ({ value: m.code, label: m.name, aliases: [m.otherName] })),
    regions: (await regionOptions(locale)).map((r) => ({ value: `region-${r.code}`, label: r.name, codes: municipalities.filter((m) => m.regionCode === r.code).map((m) => m.code) })),
    weekdays: WEEKDAYS.map((slug, i) => ({ value: slug, label: formatWeekday(i + 1, locale) })),
    genderSpace: options("genderSpace"),
    finnishLevel: options("finnishLevel"),
    mode: options("mode"),
    registration: options("registration"),
  };
}
