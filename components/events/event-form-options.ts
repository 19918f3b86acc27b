import "server-only";
import { getTranslations } from "next-intl/server";
import { municipalityOptions, regionOptions } from "@/lib/activities/manage-queries";
import { ACTIVITY_LANGUAGES, languageName } from "@/lib/reference/languages";
import { orderLanguageOptions } from "@/lib/reference/pickers";
import { labelKey, VOCABULARIES, type VocabularyName } from "@/lib/reference/vocabulary";
import type { EventFormOptions } from "./event-form";

/** Every option list of the event form, labelled in the reader's language. */
export async function eventFormOptions(locale: string): Promise<EventFormOptions> {
  const t = await getTranslations();
  const options = (vocabulary: VocabularyName) => VOCABULARIES[vocabulary].values.map((value) => ({ value, label: t(labelKey(vocabulary, value) as Parameters<typeof t>[0]) }));
  const languages = ACTIVITY_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale), aliases: [languageName(code, code), languageName(code, "en")] })).sort((a, b) => a.label.localeCompare(b.label, locale));
  return {
    kinds: options("eventKind"),
    audiences: options("eventAudience"),
    themes: options("themes"),
    accessibility: options("accessibility"),
    languages: languages.map(({ value, label }) => ({ value, label })),
    languageGroups: orderLanguageOptions(languages, locale),
    municipalities: (await municipalityOptions(locale)).map((m) => ({ value: m.code, label: m.name })),
    regions: (await regionOptions(locale)).map((r) => ({ value: r.code, label: r.name })),
    mode: options("mode"),
  };
}
