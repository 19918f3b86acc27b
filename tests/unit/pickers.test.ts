import { describe, expect, it } from "vitest";
import { ACTIVITY_LANGUAGES, languageName } from "../../lib/reference/languages";
import { COMMON_LANGUAGES, filterOptions, foldForMatch, orderLanguageOptions } from "../../lib/reference/pickers";

const languages = (locale: string) => ACTIVITY_LANGUAGES.map((code) => ({ value: code, label: languageName(code, locale), aliases: [languageName(code, code), languageName(code, "en")] }));

describe("the language picker's order", () => {
  it("offers the twelve common languages first, in the reference order", () => {
    expect(COMMON_LANGUAGES).toEqual(["fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "ckb", "so", "zh", "vi"]);
    const { common, others } = orderLanguageOptions(languages("fi"), "fi");
    expect(common.map((o) => o.value)).toEqual(COMMON_LANGUAGES);
    expect(common.length + others.length).toBe(ACTIVITY_LANGUAGES.length);
    expect(others.map((o) => o.value)).not.toContain("fi");
  });

  it("sorts the other languages alphabetically in the reader's language", () => {
    const { others } = orderLanguageOptions(languages("fi"), "fi");
    const labels = others.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "fi")));
    expect(labels[0]).toBe("albania");
  });
});

describe("filtering a picker's options", () => {
  it("finds a language by its name in the reader's language, its own name or its English name", () => {
    const options = languages("fi");
    expect(filterOptions(options, "tigr").map((o) => o.value)).toEqual(["ti"]);
    expect(filterOptions(options, "ትግ").map((o) => o.value)).toContain("ti");
    expect(filterOptions(options, "Turkish").map((o) => o.value)).toEqual(["tr"]);
    expect(filterOptions(options, "العربية").map((o) => o.value)).toEqual(["ar"]);
  });

  it("ranks names that start with the text before names that only contain it", () => {
    const options = [
      { value: "a", label: "Länsi-Turunmaa" },
      { value: "b", label: "Turku", aliases: ["Åbo"] },
      { value: "c", label: "Naantali" },
    ];
    expect(filterOptions(options, "tur").map((o) => o.value)).toEqual(["b", "a"]);
    expect(filterOptions(options, "abo").map((o) => o.value)).toEqual(["b"]);
    expect(filterOptions(options, "  ")).toHaveLength(3);
    expect(filterOptions(options, "xyz")).toEqual([]);
    // One letter finds names and words that start with it, not every name that holds it.
    expect(filterOptions(options, "t").map((o) => o.value)).toEqual(["b", "a"]);
    expect(filterOptions(options, "n").map((o) => o.value)).toEqual(["c"]);
  });

  it("folds case, accents and Arabic letter variants", () => {
    expect(foldForMatch("ÅLAND")).toBe("aland");
    expect(foldForMatch("Pietarsaari  ")).toBe("pietarsaari");
    expect(foldForMatch("أربي")).toBe(foldForMatch("اربی"));
  });
});
