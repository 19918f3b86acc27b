import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locales";
import { REVIEWED_LANGUAGE_NAMES } from "../../lib/reference/language-names";
import { ACTIVITY_LANGUAGES, languageName } from "../../lib/reference/languages";

describe("names of the languages a notice can use", () => {
  it.each(LOCALES)("every language has a real name in %s, and no two share one", (locale) => {
    const names = ACTIVITY_LANGUAGES.map((code) => [code, languageName(code, locale)] as const);
    for (const [code, name] of names) {
      expect(name.toLowerCase(), `${code} in ${locale}`).not.toBe(code);
      expect(name.trim().length, `${code} in ${locale}`).toBeGreaterThan(1);
    }
    const byName = new Map<string, string[]>();
    for (const [code, name] of names) byName.set(name.toLocaleLowerCase(locale), [...(byName.get(name.toLocaleLowerCase(locale)) ?? []), code]);
    const shared = [...byName.entries()].filter(([, codes]) => codes.length > 1);
    expect(shared, `names shared by two languages in ${locale}`).toEqual([]);
  });

  it("names Finnish Sign Language, Dari and Persian, Sorani and Kurmanji as reviewed", () => {
    expect(languageName("fse", "en")).toBe("Finnish Sign Language");
    expect(languageName("fse", "fi")).toBe("suomalainen viittomakieli");
    expect(languageName("prs", "so")).not.toBe(languageName("fa", "so"));
    expect(languageName("prs", "so")).toMatch(/Dari/);
    expect(languageName("ckb", "ar")).toBe("الكردية السورانية");
    expect(languageName("kmr", "en")).toMatch(/Kurmanji/);
    expect(languageName("ckb", "en")).toMatch(/Sorani/);
  });

  it("offers Kurdish only as Sorani and Kurmanji, not also as generic Kurdish", () => {
    expect(ACTIVITY_LANGUAGES).toContain("ckb");
    expect(ACTIVITY_LANGUAGES).toContain("kmr");
    expect(ACTIVITY_LANGUAGES as readonly string[]).not.toContain("ku");
  });

  it("reviews only languages that a notice can use, in UI locales only", () => {
    for (const [code, names] of Object.entries(REVIEWED_LANGUAGE_NAMES)) {
      expect(ACTIVITY_LANGUAGES as readonly string[]).toContain(code);
      for (const locale of Object.keys(names)) expect(LOCALES as readonly string[]).toContain(locale);
    }
  });
});
