// Pure checks for the message catalogues in messages/<locale>.json, used by messages.test.ts.
// Each check takes a catalogue (the parsed JSON) and returns the problems it finds, so a test
// can feed it a deliberately broken copy and see the problem reported.
import { IntlMessageFormat } from "intl-messageformat";

export type Catalogue = Record<string, unknown>;

export type CheckName = "keys" | "syntax" | "arguments" | "plurals" | "labels" | "values";

export type Problem = { check: CheckName; locale: string; key: string; message: string };

/** One line per problem, "sv ActivityPage.count: ...", for assertion messages. */
export function describeProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.locale} ${p.key}: ${p.message}`);
}

/** Leaf values by dotted key path ("ActivityPage.count"). Anything that is not a plain object is a leaf. */
export function flatten(catalogue: Catalogue): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (node: unknown, prefix: string) => {
    if (node !== null && typeof node === "object" && !Array.isArray(node)) {
      for (const [key, value] of Object.entries(node)) walk(value, prefix ? `${prefix}.${key}` : key);
    } else {
      out.set(prefix, node);
    }
  };
  walk(catalogue, "");
  return out;
}

function strings(catalogue: Catalogue): [string, string][] {
  return [...flatten(catalogue)].filter((entry): entry is [string, string] => typeof entry[1] === "string");
}

// ---- ICU parsing -------------------------------------------------------------------------

// The element types of @formatjs/icu-messageformat-parser (its TYPE enum; intl-messageformat
// does not re-export it).
const TYPE = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const;

type Ast = ReturnType<IntlMessageFormat["getAst"]>;
type Element = Ast[number];
type Options = Record<string, { value: Ast }>;

/** Parse the way use-intl does at run time; throws on a syntax error. */
function parseStrict(message: string, locale: string): Ast {
  return new IntlMessageFormat(message, locale).getAst();
}

/** Parse without requiring `other`, so the plural check can report a missing `other` itself. */
function parseLenient(message: string, locale: string): Ast | undefined {
  try {
    return new IntlMessageFormat(message, locale, undefined, { requiresOtherClause: false }).getAst();
  } catch {
    return undefined;
  }
}

function walkAst(ast: Ast, visit: (el: Element) => void): void {
  for (const el of ast) {
    visit(el);
    if (el.type === TYPE.select || el.type === TYPE.plural) {
      for (const option of Object.values((el as { options: Options }).options)) walkAst(option.value, visit);
    } else if (el.type === TYPE.tag) {
      walkAst((el as { children: Ast }).children, visit);
    }
  }
}

/** Argument names a message needs: {name}, {n, number}, {n, plural, ...}, and rich-text tags as <tag>. */
export function argumentNames(ast: Ast): Set<string> {
  const names = new Set<string>();
  walkAst(ast, (el) => {
    if (el.type === TYPE.literal || el.type === TYPE.pound) return;
    const value = (el as { value: string }).value;
    names.add(el.type === TYPE.tag ? `<${value}>` : value);
  });
  return names;
}

// ---- (a) key paths -----------------------------------------------------------------------

export function checkKeys(locale: string, catalogue: Catalogue, reference: Catalogue, referenceLocale = "fi"): Problem[] {
  const mine = new Set(flatten(catalogue).keys());
  const theirs = new Set(flatten(reference).keys());
  const problems: Problem[] = [];
  for (const key of theirs) {
    if (!mine.has(key)) problems.push({ check: "keys", locale, key, message: `missing (present in ${referenceLocale}.json)` });
  }
  for (const key of mine) {
    if (!theirs.has(key)) problems.push({ check: "keys", locale, key, message: `extra key (not in ${referenceLocale}.json)` });
  }
  return problems;
}

// ---- (b) ICU syntax ----------------------------------------------------------------------

export function checkSyntax(locale: string, catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  for (const [key, message] of strings(catalogue)) {
    try {
      parseStrict(message, locale);
    } catch (error) {
      problems.push({ check: "syntax", locale, key, message: `not valid ICU MessageFormat: ${(error as Error).message}` });
    }
  }
  return problems;
}

// ---- (c) argument names ------------------------------------------------------------------

export function checkArguments(locale: string, catalogue: Catalogue, reference: Catalogue, referenceLocale = "fi"): Problem[] {
  const referenceMessages = flatten(reference);
  const problems: Problem[] = [];
  for (const [key, message] of strings(catalogue)) {
    const original = referenceMessages.get(key);
    if (typeof original !== "string") continue; // a missing key is checkKeys' problem
    const mineAst = parseLenient(message, locale);
    const theirsAst = parseLenient(original, referenceLocale);
    if (!mineAst || !theirsAst) continue; // a syntax error is checkSyntax's problem
    const mine = argumentNames(mineAst);
    const theirs = argumentNames(theirsAst);
    const missing = [...theirs].filter((name) => !mine.has(name));
    const extra = [...mine].filter((name) => !theirs.has(name));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [
        missing.length > 0 ? `missing argument(s) ${missing.map((n) => `{${n}}`).join(", ")}` : "",
        extra.length > 0 ? `unknown argument(s) ${extra.map((n) => `{${n}}`).join(", ")}` : "",
      ].filter(Boolean);
      problems.push({ check: "arguments", locale, key, message: `${parts.join("; ")} (${referenceLocale}.json has ${[...theirs].map((n) => `{${n}}`).join(", ") || "none"})` });
    }
  }
  return problems;
}

// ---- (d) plural categories ---------------------------------------------------------------

export function pluralCategories(locale: string, type: "cardinal" | "ordinal" = "cardinal"): string[] {
  return [...new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories];
}

export function checkPlurals(locale: string, catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  for (const [key, message] of strings(catalogue)) {
    const ast = parseLenient(message, locale);
    if (!ast) continue;
    walkAst(ast, (el) => {
      if (el.type !== TYPE.plural) return;
      const plural = el as { value: string; options: Options; pluralType: "cardinal" | "ordinal" };
      const required = pluralCategories(locale, plural.pluralType);
      // "=0", "=1"... match one exact number; they never stand in for a category.
      const categories = Object.keys(plural.options).filter((selector) => !selector.startsWith("="));
      const missing = [...new Set([...required, "other"])].filter((category) => !categories.includes(category));
      const unknown = categories.filter((category) => category !== "other" && !required.includes(category));
      if (missing.length > 0) {
        problems.push({
          check: "plurals",
          locale,
          key,
          message: `plural {${plural.value}} lacks the ${locale} categor${missing.length === 1 ? "y" : "ies"} ${missing.join(", ")} (${locale} needs ${required.join(", ")}; =N cases do not count)`,
        });
      }
      if (unknown.length > 0) {
        problems.push({
          check: "plurals",
          locale,
          key,
          message: `plural {${plural.value}} has ${unknown.join(", ")}, which ${locale} never selects (${locale} has ${required.join(", ")})`,
        });
      }
    });
  }
  return problems;
}

// ---- (e) labels for taxonomy slugs and enum values ---------------------------------------

/**
 * `required` maps a catalogue path ("Taxonomy.themes", "Enums.mode") to the values that need a
 * label under it. Reports values without a label and labels for values that do not exist.
 */
export function checkLabels(locale: string, catalogue: Catalogue, required: Record<string, readonly string[]>): Problem[] {
  const messages = flatten(catalogue);
  const problems: Problem[] = [];
  for (const [prefix, values] of Object.entries(required)) {
    for (const value of values) {
      const key = `${prefix}.${value}`;
      const label = messages.get(key);
      if (typeof label !== "string" || label.trim() === "") {
        problems.push({ check: "labels", locale, key, message: `no label for "${value}"` });
      }
    }
    for (const key of messages.keys()) {
      if (!key.startsWith(`${prefix}.`)) continue;
      const value = key.slice(prefix.length + 1);
      if (!values.includes(value)) {
        problems.push({ check: "labels", locale, key, message: `label for "${value}", which is not a known value of ${prefix}` });
      }
    }
  }
  return problems;
}

// ---- (f) empty and placeholder values ----------------------------------------------------

export function checkValues(locale: string, catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of flatten(catalogue)) {
    if (typeof value !== "string") {
      problems.push({ check: "values", locale, key, message: `is ${Array.isArray(value) ? "an array" : value === null ? "null" : typeof value}, not a message string` });
    } else if (value.trim() === "") {
      problems.push({ check: "values", locale, key, message: "is empty" });
    } else if (value.trim() === key) {
      problems.push({ check: "values", locale, key, message: "is just its own key path (an untranslated placeholder)" });
    }
  }
  return problems;
}
