import { getTranslations } from "next-intl/server";
import { TEXT_FIELDS, type NoticeTexts } from "@/lib/activities/content";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { LinkedText } from "@/components/ui/linked-text";

/**
 * The notice's texts in its original language, read-only, to translate from: shown beside the
 * translation form. Each text is marked with the original's lang and dir, so an Arabic original
 * reads right to left next to a Finnish form, and a screen reader pronounces it as Arabic.
 */
export async function NoticeOriginal({ texts, language, locale }: { texts: NoticeTexts; language: string; locale: string }) {
  const t = await getTranslations("Translations");
  const tForm = await getTranslations("NoticeForm");
  const dir = languageDirection(language);
  return (
    <section aria-labelledby="original-title" className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <h2 id="original-title" className="text-xl font-semibold">
        {t("original", { language: languageName(language, locale) })}
      </h2>
      <dl className="flex flex-col gap-3">
        {TEXT_FIELDS.filter((field) => texts[field]).map((field) => (
          <div key={field}>
            <dt className="font-semibold">{tForm(field)}</dt>
            <dd lang={language} dir={dir} className="whitespace-pre-line">
              <LinkedText text={texts[field] ?? ""} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
