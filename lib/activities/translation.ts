// Which of a notice's languages to show: the reader's, else the original, else any.
export type HasLocale = { locale: string };

export function pickTranslation<T extends HasLocale>(
  translations: readonly T[],
  uiLocale: string,
  originalLanguage: string,
): T | undefined {
  return (
    translations.find((t) => t.locale === uiLocale) ??
    translations.find((t) => t.locale === originalLanguage) ??
    translations[0]
  );
}
