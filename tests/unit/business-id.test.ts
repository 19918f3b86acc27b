import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { LOCALES } from "@/lib/i18n/locales";
import { isValidBusinessId, normaliseBusinessId } from "@/lib/validation/business-id";

describe("Y-tunnus (business ID)", () => {
  it("accepts IDs whose check digit matches", () => {
    // 0112038-9: 0·7+1·9+1·10+2·5+0·8+3·4+8·2 = 57; 57 mod 11 = 2; 11 − 2 = 9.
    expect(normaliseBusinessId("0112038-9")).toBe("0112038-9");
    expect(normaliseBusinessId("1572860-0")).toBe("1572860-0"); // remainder 0 → check digit 0
  });

  it("normalises spacing and a missing hyphen", () => {
    expect(normaliseBusinessId(" 0112038 - 9 ")).toBe("0112038-9");
    expect(normaliseBusinessId("01120389")).toBe("0112038-9");
  });

  it("rejects a wrong check digit, wrong length and letters", () => {
    expect(isValidBusinessId("0112038-8")).toBe(false);
    expect(isValidBusinessId("112038-9")).toBe(false);
    expect(isValidBusinessId("0112038-X")).toBe(false);
    expect(isValidBusinessId("")).toBe(false);
  });

  it("rejects bodies whose remainder is 1, which are never issued", () => {
    // 1000003: 7 + 3·2 = 13; 13 mod 11 = 2 → fine; 1000010: 7 + 1·4 = 11 → 0; 2000001: 14+2 = 16 → 5.
    // 0000008: 8·2 = 16 → 5. 0000006: 12 → 1 (never issued), whatever the check digit.
    for (let check = 0; check <= 9; check++) expect(isValidBusinessId(`0000006-${check}`)).toBe(false);
  });
});

describe("the Y-tunnus examples the forms show (issue 12: the hint's example was itself invalid)", () => {
  const catalogues = LOCALES.map((locale) => [locale, JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"))] as const);
  it.each(catalogues)("every example in %s has a valid check digit", (_locale, messages) => {
    const texts = [messages.OrganisationForm.businessIdHint, messages.Validation.invalidBusinessId];
    const examples = texts.flatMap((text: string) => text.match(/\d{7}-\d/g) ?? []);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) expect(isValidBusinessId(example), example).toBe(true);
  });
});
