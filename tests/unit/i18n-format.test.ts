import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDate, formatMinutes, formatNumber, formatShortDate, formatWeekday } from "@/lib/i18n/format";
import { LOCALES, intlLocale, localeDirection, nativeLanguageName } from "@/lib/i18n/locales";
import { MESSAGE_FORMATS } from "@/lib/i18n/request";

// Dates, times and numbers in all twelve UI locales (decision 004): Europe/Helsinki, Gregorian
// calendar, Latin digits, day-first dates.

const NON_LATIN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/; // Arabic-Indic and Persian digits
const instant = new Date("2026-11-22T13:30:00Z"); // Sunday 22 November 2026, 15:30 in Helsinki

describe("formatting in every UI locale", () => {
  it.each(LOCALES)("%s: Latin digits, Gregorian year, a weekday name and a 24-hour time", (locale) => {
    const date = formatDate(instant, locale);
    expect(date).toContain("2026");
    expect(date).toMatch(/22/);
    expect(date).not.toMatch(NON_LATIN_DIGITS);
    expect(formatShortDate(instant, locale)).toMatch(/22.*11|11.*22/);
    expect(formatMinutes(17 * 60 + 30, locale)).toMatch(/^17[.:]30$/);
    expect(formatNumber(1234, locale)).not.toMatch(NON_LATIN_DIGITS);
    expect(formatWeekday(7, locale).length).toBeGreaterThan(0);
  });

  it("uses the Gregorian calendar for Persian (not the Solar Hijri default)", () => {
    expect(formatDate(instant, "fa")).toBe("22 نوامبر 2026");
    expect(formatCalendarDate(new Date("2026-06-01T00:00:00Z"), "fa")).toContain("2026");
  });

  it("writes Arabic and Sorani dates with Latin digits", () => {
    expect(formatDate(instant, "ar")).toBe("22 نوفمبر 2026");
    expect(formatDate(instant, "ckb")).toContain("2026");
    expect(formatMinutes(9 * 60, "ckb")).toBe("09:00");
  });

  it("puts the day first in Somali, whose CLDR data is month-first", () => {
    expect(formatDate(instant, "so")).toBe("22 Noofeembar 2026");
    expect(formatShortDate(instant, "so")).toBe("22/11/2026");
    expect(formatCalendarDate(new Date("2027-01-07T00:00:00Z"), "so")).toBe("7 Janaayo 2027");
  });

  it("keeps English dates in British order", () => {
    expect(formatDate(instant, "en")).toBe("22 November 2026");
  });

  it("passes a content language that is no UI locale through to Intl unchanged", () => {
    expect(intlLocale("de")).toBe("de");
    expect(intlLocale("fa")).toBe("fa-u-ca-gregory-nu-latn");
  });
});

describe("locale table", () => {
  it("has twelve locales, right-to-left exactly for ar, fa and ckb", () => {
    expect(LOCALES).toHaveLength(12);
    expect(LOCALES.filter((l) => localeDirection(l) === "rtl")).toEqual(["ar", "fa", "ckb"]);
  });

  it.each(LOCALES)("%s has a native name from Intl.DisplayNames that is not just the code", (locale) => {
    const name = nativeLanguageName(locale);
    expect(name).not.toBe(locale);
    expect(name.length).toBeGreaterThan(1);
  });

  it("names the newcomer languages in themselves", () => {
    expect(nativeLanguageName("ar")).toBe("العربية");
    expect(nativeLanguageName("fa")).toBe("فارسی");
    expect(nativeLanguageName("uk")).toBe("Українська");
    expect(nativeLanguageName("so")).toBe("Soomaali");
    expect(nativeLanguageName("vi")).toBe("Tiếng Việt");
  });
});

describe("counts inside messages", () => {
  const catalogue = (locale: string) => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8"));
  const render = (locale: string, message: string, values: Record<string, unknown>) =>
    String(new IntlMessageFormat(message, locale, MESSAGE_FORMATS).format(values));

  it.each(["ar", "fa", "ckb"])("%s prints counts with Latin digits, like its dates", (locale) => {
    const messages = catalogue(locale);
    expect(render(locale, messages.Search.count, { count: 95 })).toMatch(/95/);
    expect(render(locale, messages.HomePage.allActivities, { count: 1234 })).not.toMatch(NON_LATIN_DIGITS);
    expect(render(locale, messages.ActivityPage.lastConfirmed, { days: 12, date: "x" })).toMatch(/12/);
  });

  it("a Persian # would print Persian digits: the reason fa uses {count, number, latn}", () => {
    expect(render("fa", "{count, plural, other {# مورد}}", { count: 95 })).toMatch(NON_LATIN_DIGITS);
  });

  it("chooses each of the six Arabic plural forms", () => {
    const count = catalogue("ar").Search.count;
    const forms = [0, 1, 2, 3, 11, 100].map((n) => render("ar", count, { count: n }));
    expect(new Set(forms).size).toBe(6);
    expect(forms[1]).toBe("نشاط واحد");
    expect(forms[2]).toBe("نشاطان");
  });
});

describe("every message formats at run time", () => {
  // The checks in messages.test.ts parse; this formats, with the app's named formats, so a
  // `{count, number, latn}` without its format or a bad argument type fails here, not on a page.
  type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };
  const sample = (ast: Node[], values: Record<string, unknown> = {}) => {
    for (const node of ast) {
      if (node.type === 1) values[node.value!] ??= "x";
      if (node.type === 2 || node.type === 6) values[node.value!] = 3;
      if (node.type === 3 || node.type === 4) values[node.value!] = new Date();
      if (node.type === 5) values[node.value!] ??= "other";
      if (node.type === 8) values[node.value!] = (chunks: unknown[]) => chunks.join("");
      for (const option of Object.values(node.options ?? {})) sample(option.value, values);
      if (node.children) sample(node.children, values);
    }
    return values;
  };
  const leaves = (node: unknown, prefix = ""): [string, string][] =>
    node && typeof node === "object" ? Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)) : [[prefix, String(node)]];

  it.each(LOCALES)("%s", (locale) => {
    const catalogue = JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8"));
    const failures: string[] = [];
    for (const [key, message] of leaves(catalogue)) {
      try {
        const format = new IntlMessageFormat(message, locale, MESSAGE_FORMATS);
        const out = format.format(sample(format.getAst() as Node[]));
        const text = Array.isArray(out) ? out.join("") : String(out);
        if (NON_LATIN_DIGITS.test(text) && !NON_LATIN_DIGITS.test(message)) failures.push(`${key}: non-Latin digits in "${text}"`);
      } catch (error) {
        failures.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
