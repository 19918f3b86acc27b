import "server-only";
import { getTranslations } from "next-intl/server";
import { municipalityOptions } from "@/lib/activities/manage-queries";
import { formatWeekday } from "@/lib/i18n/format";
import { ACTIVITY_LANGUAGES, languageName } from "@/lib/reference/languages";
import { ACCESSIBILITY_FEATURES, ACTIVITY_FORMS, TARGET_GROUPS, THEMES, WEEKDAYS } from "@/lib/reference/taxonomies";
import type { NoticeFormOptions } from "./notice-form";

/** Every option list of the notice form, labelled in the reader's language. */
export async function noticeFormOptions(locale: string): Promise<NoticeFormOptions> {
  const tTax = await getTranslations("Taxonomy");
  const tEnum = await getTranslations("Enums");
  const tax = (kind: "themes" | "targetGroups" | "forms" | "accessibility", slugs: readonly string[]) => slugs.map((slug) => ({ value: slug, label: tTax(`${kind}.${slug}` as never) }));
  const en = (kind: string, values: string[]) => values.map((value) => ({ value, label: tEnum(`${kind}.${value}` as never) }));
  const languages = ACTIVITY_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  return {
    themes: tax("themes", THEMES),
    forms: tax("forms", ACTIVITY_FORMS),
    targetGroups: tax("targetGroups", TARGET_GROUPS),
    accessibility: tax("accessibility", ACCESSIBILITY_FEATURES),
    languages,
    municipalities: (await municipalityOptions(locale)).map((m) => ({ value: m.code, label: m.name })),
    weekdays: WEEKDAYS.map((slug, i) => ({ value: slug, label: formatWeekday(i + 1, locale) })),
    genderSpace: en("genderSpace", ["ALL", "WOMEN", "MEN"]),
    finnishLevel: en("finnishLevel", ["NONE", "SOME", "GOOD"]),
    mode: en("mode", ["ONSITE", "ONLINE", "HYBRID"]),
    registration: en("registration", ["DROP_IN", "REQUIRED"]),
  };
}
