import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { languageDirection, languageName } from "@/lib/reference/languages";
import { municipalityName, regionName } from "@/lib/reference/municipalities";

// Reference data in every UI locale (decision 004): official Finnish/Swedish municipality names,
// region names, and language names from Intl.DisplayNames.

const vantaa = { nameFi: "Vantaa", nameSv: "Vanda" };
const southwest = { nameFi: "Varsinais-Suomi", nameSv: "Egentliga Finland", nameEn: "Southwest Finland" };

describe("municipality and region names", () => {
  it.each(LOCALES)("%s: the official name the reader meets on signs and letters", (locale) => {
    expect(municipalityName(vantaa, locale)).toBe(locale === "sv" ? "Vanda" : "Vantaa");
    expect(regionName(southwest, locale)).toBe(locale === "sv" ? "Egentliga Finland" : locale === "en" ? "Southwest Finland" : "Varsinais-Suomi");
  });
});

describe("language names", () => {
  it.each(LOCALES)("%s names the common content languages in its own words, not as codes", (locale) => {
    for (const code of ["fi", "sv", "en", "ar", "so", "ru", "uk", "fa"]) {
      const name = languageName(code, locale);
      expect(name, `${code} in ${locale}`).not.toBe(code);
      expect(name.length).toBeGreaterThan(1);
    }
  });

  it("names Sorani and Somali in the newcomer locales", () => {
    // Reviewed (issue 11): CLDR says "السورانية الكردية", the wrong order in Arabic.
    expect(languageName("ckb", "ar")).toBe("الكردية السورانية");
    expect(languageName("fi", "so")).toBe("Finishka");
    expect(languageName("ar", "zh")).toBe("阿拉伯语");
  });

  it("knows the direction of content languages that are no UI locale", () => {
    expect(languageDirection("ps")).toBe("rtl");
    expect(languageDirection("ur")).toBe("rtl");
    expect(languageDirection("ti")).toBe("ltr");
  });
});
