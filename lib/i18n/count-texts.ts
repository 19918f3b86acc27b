import { fillTemplate, placeholder } from "./text-template";

// Counted texts ("3 activities on the list") for client components, without a message catalogue
// or an ICU formatter in the browser (docs/decisions/018): the server formats the message once
// per plural category, the browser's own Intl.PluralRules picks the category.

/** A count's text for each plural category of a locale, with `{count}` where the number goes. */
export type CountTexts = Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * On the server: the message for each category that counts 1…max fall in, formatted with the
 * first such count, which is then put back as `{count}`. A category whose text has no number
 * (Arabic "two": "نشاطان") holds a single count, so its text stands as it is.
 */
export function countTexts(locale: string, max: number, format: (count: number) => string): CountTexts {
  const rules = new Intl.PluralRules(locale);
  const texts: CountTexts = {};
  for (let count = 1; count <= max; count++) {
    texts[rules.select(count)] ??= format(count).replace(String(count), placeholder("count"));
  }
  return texts;
}

/** In the browser: the text for `count`. */
export function countText(texts: CountTexts, locale: string, count: number): string {
  const text = texts[new Intl.PluralRules(locale).select(count)] ?? texts.other ?? "";
  return fillTemplate(text, "count", String(count));
}
