import { describe, expect, it } from "vitest";
import { isLocale, localeDirection, nativeLanguageName, LOCALES, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { languageDirection, languageName } from "@/lib/reference/languages";

describe("locale table", () => {
  it("has Finnish as the default and knows fi, sv and en", () => {
    expect(DEFAULT_LOCALE).toBe("fi");
    expect(LOCALES).toEqual(expect.arrayContaining(["fi", "sv", "en"]));
    expect(isLocale("sv")).toBe(true);
    expect(isLocale("xx")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it("names each language in itself", () => {
    expect(nativeLanguageName("fi")).toBe("Suomi");
    expect(nativeLanguageName("sv")).toBe("Svenska");
    expect(nativeLanguageName("en")).toBe("English");
  });

  it("knows right-to-left scripts", () => {
    expect(localeDirection("ar")).toBe("rtl");
    expect(localeDirection("fa")).toBe("rtl");
    expect(localeDirection("fi")).toBe("ltr");
    expect(languageDirection("ckb")).toBe("rtl");
    expect(languageDirection("so")).toBe("ltr");
  });

  it("names content languages in the reader's language", () => {
    expect(languageName("ar", "fi")).toBe("arabia");
    expect(languageName("so", "en")).toBe("Somali");
  });
});
