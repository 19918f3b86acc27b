import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import { ActivityMode, FinnishLevel, GenderSpace, OrganisationKind, Registration } from "../../lib/db/generated/enums";
import { DEFAULT_LOCALE, LOCALES } from "../../lib/i18n/locales";
import { ACCESSIBILITY_FEATURES, ACTIVITY_FORMS, TARGET_GROUPS, THEMES } from "../../lib/reference/taxonomies";
import {
  type Catalogue,
  type CheckName,
  type Problem,
  checkArguments,
  checkKeys,
  checkLabels,
  checkPlurals,
  checkSyntax,
  checkValues,
  describeProblems,
} from "./messages-checks";

// Every UI locale's catalogue against the Finnish source (messages/fi.json). The checks are pure
// functions in messages-checks.ts; the second half of this file proves each one can fail.

const REFERENCE = DEFAULT_LOCALE; // "fi": the source every other catalogue is translated from

// The values that need a label in every locale: taxonomy slugs and the Prisma enums shown in the UI.
const REQUIRED_LABELS: Record<string, readonly string[]> = {
  "Taxonomy.themes": THEMES,
  "Taxonomy.targetGroups": TARGET_GROUPS,
  "Taxonomy.forms": ACTIVITY_FORMS,
  "Taxonomy.accessibility": ACCESSIBILITY_FEATURES,
  "Enums.mode": Object.values(ActivityMode),
  "Enums.finnishLevel": Object.values(FinnishLevel),
  "Enums.genderSpace": Object.values(GenderSpace),
  "Enums.registration": Object.values(Registration),
  "Enums.organisationKind": Object.values(OrganisationKind),
};

function load(locale: string): Catalogue {
  const file = new URL(`../../messages/${locale}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, "utf8")) as Catalogue;
}

// Load lazily inside the tests, so a missing or malformed file fails that locale's tests
// with a clear message instead of breaking collection of the whole file.
const cache = new Map<string, Catalogue>();
function catalogue(locale: string): Catalogue {
  let loaded = cache.get(locale);
  if (!loaded) {
    try {
      loaded = load(locale);
    } catch (error) {
      throw new Error(`messages/${locale}.json could not be read: ${(error as Error).message}`);
    }
    cache.set(locale, loaded);
  }
  return loaded;
}

describe.each(LOCALES)("messages/%s.json", (locale) => {
  it(`has exactly the key paths of ${REFERENCE}.json`, () => {
    expect(describeProblems(checkKeys(locale, catalogue(locale), catalogue(REFERENCE), REFERENCE))).toEqual([]);
  });

  it("has only messages that parse as ICU MessageFormat", () => {
    expect(describeProblems(checkSyntax(locale, catalogue(locale)))).toEqual([]);
  });

  it(`uses the same argument names as ${REFERENCE}.json in every message`, () => {
    expect(describeProblems(checkArguments(locale, catalogue(locale), catalogue(REFERENCE), REFERENCE))).toEqual([]);
  });

  it(`has "other" and every CLDR plural category of ${locale} in every plural`, () => {
    expect(describeProblems(checkPlurals(locale, catalogue(locale)))).toEqual([]);
  });

  it("labels every taxonomy slug and every value of the enums shown in the UI", () => {
    expect(describeProblems(checkLabels(locale, catalogue(locale), REQUIRED_LABELS))).toEqual([]);
  });

  it("has no empty message and no message that is just its key path", () => {
    expect(describeProblems(checkValues(locale, catalogue(locale)))).toEqual([]);
  });
});

// ---- The checks catch broken catalogues ---------------------------------------------------
// Each test breaks an in-memory copy of a real catalogue and expects the check to name the
// locale and the key. Nothing is written to disk.

function broken(locale: string, edit: (copy: Record<string, Record<string, unknown>>) => void): Catalogue {
  const copy = structuredClone(catalogue(locale)) as Record<string, Record<string, unknown>>;
  edit(copy);
  return copy;
}

function only(problems: Problem[], check: CheckName): Pick<Problem, "locale" | "key">[] {
  expect(problems.every((p) => p.check === check)).toBe(true);
  return problems.map(({ locale, key }) => ({ locale, key }));
}

const section = (copy: Record<string, unknown>, name: string) => copy[name] as Record<string, unknown>;

describe("the catalogue checks report broken catalogues", () => {
  it("(a) reports a missing key and an extra key by path", () => {
    const sv = broken("sv", (copy) => {
      delete section(copy, "Pagination").next;
      section(section(copy, "Taxonomy"), "themes").cooking = "Matlagning";
    });
    const problems = checkKeys("sv", sv, catalogue(REFERENCE), REFERENCE);
    expect(only(problems, "keys")).toEqual([
      { locale: "sv", key: "Pagination.next" },
      { locale: "sv", key: "Taxonomy.themes.cooking" },
    ]);
    expect(describeProblems(problems)).toEqual([
      "sv Pagination.next: missing (present in fi.json)",
      "sv Taxonomy.themes.cooking: extra key (not in fi.json)",
    ]);
  });

  it("(a) reports a whole missing namespace key by key", () => {
    const en = broken("en", (copy) => {
      delete copy.ErrorPage;
    });
    expect(only(checkKeys("en", en, catalogue(REFERENCE)), "keys").map((p) => p.key)).toEqual([
      "ErrorPage.title",
      "ErrorPage.text",
      "ErrorPage.retry",
      "ErrorPage.home",
    ]);
  });

  it("(b) reports a message that is not valid ICU MessageFormat", () => {
    const en = broken("en", (copy) => {
      section(copy, "Pagination").status = "Page {page of {pages}";
      section(copy, "Search").count = "{count, plural, one {# activity} other {# activities}"; // unclosed
    });
    expect(only(checkSyntax("en", en), "syntax")).toEqual([
      { locale: "en", key: "Pagination.status" },
      { locale: "en", key: "Search.count" },
    ]);
  });

  it("(c) reports a renamed, a dropped and an invented argument", () => {
    const sv = broken("sv", (copy) => {
      section(copy, "Pagination").status = "Sida {sida} av {pages}"; // renamed {page}
      section(copy, "ActivityPage").lastConfirmed = "Arrangören bekräftade uppgifterna {date}."; // dropped {days}
      section(copy, "Layout").skipLink = "Hoppa till {target}"; // invented
    });
    const problems = checkArguments("sv", sv, catalogue(REFERENCE), REFERENCE);
    expect(only(problems, "arguments")).toEqual([
      { locale: "sv", key: "Layout.skipLink" },
      { locale: "sv", key: "Pagination.status" },
      { locale: "sv", key: "ActivityPage.lastConfirmed" },
    ]);
    expect(problems.find((p) => p.key === "Pagination.status")?.message).toContain("missing argument(s) {page}; unknown argument(s) {sida}");
  });

  it("(d) reports a plural without a category the locale needs, even when =N cases are there", () => {
    const en = broken("en", (copy) => {
      section(copy, "Search").count = "{count, plural, =0 {No activities} =1 {One activity} other {# activities}}";
    });
    const problems = checkPlurals("en", en);
    expect(only(problems, "plurals")).toEqual([{ locale: "en", key: "Search.count" }]);
    expect(problems[0]?.message).toContain("lacks the en category one");
  });

  it("(d) reports a plural without other, and a category the locale never selects", () => {
    const sv = broken("sv", (copy) => {
      section(copy, "ActivityPage").everyNWeeks = "{count, plural, one {varje vecka} few {var #:e vecka}}";
    });
    const messages = checkPlurals("sv", sv).map((p) => `${p.locale} ${p.key}: ${p.message}`);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^sv ActivityPage\.everyNWeeks: .*lacks the sv category other/);
    expect(messages[1]).toMatch(/^sv ActivityPage\.everyNWeeks: .*has few, which sv never selects/);
  });

  it("(d) checks nested plurals and uses each locale's own CLDR categories", () => {
    // Polish needs one, few, many and other; a catalogue with English-style plurals fails.
    const pl = { Test: { nested: "{gender, select, female {{n, plural, one {# a} other {# b}}} other {{n, plural, one {# a} few {# c} many {# d} other {# b}}}}" } };
    const problems = checkPlurals("pl", pl);
    expect(only(problems, "plurals")).toEqual([{ locale: "pl", key: "Test.nested" }]);
    expect(problems[0]?.message).toContain("few, many");
  });

  it("(e) reports a taxonomy slug and an enum value without a label, and a label for an unknown value", () => {
    const en = broken("en", (copy) => {
      const taxonomy = section(copy, "Taxonomy");
      delete section(taxonomy, "forms")["homework-help"];
      delete section(section(copy, "Enums"), "organisationKind").PARISH;
      section(section(copy, "Enums"), "mode").IN_PERSON = "In person";
    });
    expect(only(checkLabels("en", en, REQUIRED_LABELS), "labels")).toEqual([
      { locale: "en", key: "Taxonomy.forms.homework-help" },
      { locale: "en", key: "Enums.mode.IN_PERSON" },
      { locale: "en", key: "Enums.organisationKind.PARISH" },
    ]);
  });

  it("(e) reports a new slug or enum value that no catalogue labels yet", () => {
    const required = { ...REQUIRED_LABELS, "Taxonomy.themes": [...THEMES, "housing"], "Enums.registration": [...Object.values(Registration), "WAITING_LIST"] };
    expect(only(checkLabels("sv", catalogue("sv"), required), "labels")).toEqual([
      { locale: "sv", key: "Taxonomy.themes.housing" },
      { locale: "sv", key: "Enums.registration.WAITING_LIST" },
    ]);
  });

  it("(f) reports empty, blank, non-string and key-path messages", () => {
    const sv = broken("sv", (copy) => {
      section(copy, "ErrorPage").retry = "";
      section(copy, "ErrorPage").title = "   ";
      section(copy, "NotFound").title = "NotFound.title";
      section(copy, "NotFound").home = 42;
    });
    expect(only(checkValues("sv", sv), "values")).toEqual([
      { locale: "sv", key: "NotFound.title" },
      { locale: "sv", key: "NotFound.home" },
      { locale: "sv", key: "ErrorPage.title" },
      { locale: "sv", key: "ErrorPage.retry" },
    ]);
  });
});
