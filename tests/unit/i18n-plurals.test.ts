import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locales";
import { MESSAGE_FORMATS } from "../../lib/i18n/request";

// Every message that counts something ("1 toiminta", "5 toimintaa") says it with an ICU plural in
// every locale, and formats with 0, 1, 2, 5 and 21 (Arabic has zero/one/two/few/many; Russian and
// Ukrainian one/few/many: 21 is "one" there). Arguments named like counts must be plurals unless
// the message only shows a bare number or an ordinal, listed here with the reason.
const COUNT_ARGUMENT = /^(count|max|min|total|days|minutes|hours|months)$/;
const BARE_NUMBERS: Record<string, string> = {
  "HomePage.allActivities": "a number in parentheses after a label",
  "Search.showAll": "a number in parentheses after a label",
  "NoticeChecklist.progress": "'3/5' done of total",
  "NoticeForm.everyNWeeksOption": "an ordinal in a select option",
  "NoticeForm.sectionNumber": "'part 3 of 8', a position",
  "Pickers.moreLanguages": "a number in parentheses after a label",
};
// Arguments shown as a bare number beside a counted one: a range's start ("Ages 16–29"), a limit
// in parentheses ("3 activities (at most 30)").
const BARE_ARGUMENT: Record<string, string> = { "ActivityPage.ageRange": "min", "ReferralList.count": "max" };
const SAMPLES = [0, 1, 2, 5, 21];

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };
const TYPE = { argument: 1, number: 2, plural: 6 };

function leaves(node: unknown, prefix = ""): [string, string][] {
  return node && typeof node === "object"
    ? Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
    : [[prefix, String(node)]];
}

function walk(ast: Node[], visit: (node: Node) => void) {
  for (const node of ast) {
    visit(node);
    for (const option of Object.values(node.options ?? {})) walk(option.value, visit);
    if (node.children) walk(node.children, visit);
  }
}

function catalogue(locale: string): Map<string, string> {
  return new Map(leaves(JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8"))));
}

function format(message: string, locale: string, values: Record<string, unknown>): string {
  const out = new IntlMessageFormat(message, locale, MESSAGE_FORMATS).format(values);
  return Array.isArray(out) ? out.join("") : String(out);
}

/** Keys of fi.json whose message has a count argument, with those arguments. */
const counted = [...catalogue("fi")].flatMap(([key, message]) => {
  const names = new Set<string>();
  walk(new IntlMessageFormat(message, "fi").getAst() as Node[], (node) => {
    if ((node.type === TYPE.argument || node.type === TYPE.number || node.type === TYPE.plural) && COUNT_ARGUMENT.test(node.value!)) names.add(node.value!);
  });
  return names.size > 0 && !(key in BARE_NUMBERS) ? [[key, [...names]] as const] : [];
});

describe("messages with a count", () => {
  it("are found (the check looks at something)", () => {
    expect(counted.map(([key]) => key)).toEqual(expect.arrayContaining(["Search.count", "ReferralList.count", "Shortlist.linkCount", "ReferralList.ignored"]));
  });

  it.each(LOCALES)("use a plural form for every count and format with 0, 1, 2, 5 and 21 in %s", (locale) => {
    const messages = catalogue(locale);
    const failures: string[] = [];
    for (const [key, names] of counted) {
      const message = messages.get(key)!;
      const plurals = new Set<string>();
      walk(new IntlMessageFormat(message, locale, MESSAGE_FORMATS).getAst() as Node[], (node) => {
        if (node.type === TYPE.plural) plurals.add(node.value!);
      });
      for (const name of names) {
        if (BARE_ARGUMENT[key] === name) continue;
        if (!plurals.has(name)) failures.push(`${key}: {${name}} is not a plural`);
      }
      for (const n of SAMPLES) {
        // Every other argument gets a word (dates a date), the counts the number under test.
        const values: Record<string, unknown> = {};
        walk(new IntlMessageFormat(message, locale, MESSAGE_FORMATS).getAst() as Node[], (node) => {
          if (node.type === TYPE.argument) values[node.value!] ??= "Helsinki";
          if (node.type === 3 || node.type === 4) values[node.value!] = new Date();
        });
        for (const name of names) values[name] = n;
        try {
          const text = format(message, locale, values);
          if (/[#{}]/.test(text)) failures.push(`${key} (${n}): unformatted "${text}"`);
          // Where the number is shown, large ones are digits (small ones may be words: "نشاطان"); a
          // plural may also only choose a form ("mentions the word / the words {words}").
          const showsNumber = message.includes("#") || names.some((name) => message.includes(`{${name}, number`));
          if (showsNumber && n >= 5 && !text.includes(String(n))) failures.push(`${key} (${n}): no ${n} in "${text}"`);
        } catch (error) {
          failures.push(`${key} (${n}): ${(error as Error).message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("agree in Finnish, Swedish and English (the forms the issue found wrong)", () => {
    const fi = catalogue("fi");
    const sv = catalogue("sv");
    const en = catalogue("en");
    expect(format(fi.get("ReferralList.count")!, "fi", { count: 1, max: 30 })).toBe("Listalla 1 toiminta (enintään 30).");
    expect(format(fi.get("ReferralList.count")!, "fi", { count: 2, max: 30 })).toBe("Listalla 2 toimintaa (enintään 30).");
    expect(format(fi.get("ReferralList.ignored")!, "fi", { count: 1 })).toMatch(/^Osoitteen listasta jätettiin pois 1 tunnus,/);
    expect(format(sv.get("Shortlist.linkCount")!, "sv", { count: 1 })).toBe("1 verksamhet på listan");
    expect(format(en.get("Shortlist.added")!, "en", { count: 1 })).toBe("Added to the list. The list now has 1 activity.");
    expect(format(en.get("Shortlist.added")!, "en", { count: 21 })).toBe("Added to the list. The list now has 21 activities.");
  });

  it("use Russian one/few/many for 1, 2, 5 and 21", () => {
    const ru = catalogue("ru").get("Shortlist.linkCount")!;
    expect([1, 2, 5, 21].map((count) => format(ru, "ru", { count }))).toEqual([
      "1 занятие в списке",
      "2 занятия в списке",
      "5 занятий в списке",
      "21 занятие в списке",
    ]);
  });
});
