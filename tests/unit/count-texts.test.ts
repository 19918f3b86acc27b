import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MAX_LIST } from "@/lib/referral/list";
import { LOCALES } from "@/lib/i18n/locales";
import { countText, countTexts } from "@/lib/i18n/count-texts";
import { MESSAGE_FORMATS } from "@/lib/i18n/request";

// The layout sends one text per plural category, not one per count (lib/i18n/count-texts.ts):
// for every locale and every count the list can have, the browser's text must be the text the
// server's ICU formatter gives.
describe("count texts", () => {
  for (const locale of LOCALES) {
    it(`${locale}: every count from 1 to MAX_LIST reads as the full message does`, async () => {
      const messages = (await import(`../../messages/${locale}.json`)).default;
      const t = createTranslator({ locale, messages, formats: MESSAGE_FORMATS, namespace: "Shortlist" });
      for (const key of ["linkCount", "added"] as const) {
        const texts = countTexts(locale, MAX_LIST, (count) => t(key, { count }));
        expect(Object.keys(texts).length).toBeLessThanOrEqual(6);
        for (let count = 1; count <= MAX_LIST; count++) expect(countText(texts, locale, count)).toBe(t(key, { count }));
      }
    });
  }
});
