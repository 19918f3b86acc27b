#!/usr/bin/env node
// Which message keys the code uses. Reads app/, components/ and lib/ as text and finds:
//   const t = await getTranslations("Ns")  /  getTranslations({ locale, namespace: "Ns" })
//   const t = useTranslations("Ns")        /  getTranslations() (then keys are full paths)
//   createTranslator({ ..., namespace: "Ns" }) (its translator is taken to be called `t`)
// and each call t("key"), t.rich("key"), t.markup("key"), t.has("key"), t.raw("key").
// A key built at run time (t(`themes.${slug}`), t(key)) becomes a pattern such as
// "Taxonomy.themes.*" or "PrivacyPage.*": tests/unit/i18n-unused-keys.test.ts requires every
// such pattern to be listed, with the reason, in its allow-list.
//   node scripts/i18n-usage.mjs           prints unused keys of messages/fi.json and dynamic patterns
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SOURCE_DIRS = ["app", "components", "lib"];
const SKIP = new Set(["generated", "node_modules"]);

export function sourceFiles(root = ROOT) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (SKIP.has(name)) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|mjs|js)$/.test(name) && !name.endsWith(".d.ts")) files.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  return files.sort();
}

const TRANSLATOR = /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:getTranslations|useTranslations)\(\s*(?:"([^"]*)"|'([^']*)'|\{[^}]*?namespace:\s*(?:"([^"]*)"|'([^']*)')[^}]*\}|([^)]*))\s*\)/g;

/** Static keys and dynamic patterns used in one file's text: { keys: Set, patterns: Map<pattern, location> }. */
// createTranslator({ locale, messages, namespace: "Email" }) (use-intl/core, outside a request,
// e.g. emails): the translator usually reaches its callers as `t`.
const CREATE_TRANSLATOR = /createTranslator\(\s*\{[^)]{0,300}?namespace:\s*(?:"([^"]*)"|'([^']*)')/g;

export function usageInSource(text, file = "") {
  const keys = new Set();
  const patterns = new Map();
  const bindings = [...text.matchAll(TRANSLATOR)];
  for (const m of text.matchAll(CREATE_TRANSLATOR)) bindings.push(Object.assign(["", "t", m[1] ?? m[2]], { index: m.index }));
  for (const m of bindings) {
    const name = m[1];
    const namespace = m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
    if (m[6] !== undefined && m[6].trim() !== "" && !/^\{?\s*locale\s*\}?$/.test(m[6].trim())) {
      // getTranslations(someVariable): a namespace chosen at run time.
      patterns.set("*", `${file}: ${m[0]}`);
      continue;
    }
    const prefix = namespace ? `${namespace}.` : "";
    const call = new RegExp(String.raw`(?<![\w.])${name}(?:\.(?:rich|markup|has|raw))?\(`, "g");
    for (const c of text.matchAll(call)) {
      const argument = firstArgument(text, c.index + c[0].length);
      if (argument === undefined) continue;
      const line = text.slice(0, c.index).split("\n").length;
      for (const shape of keyShapes(argument)) {
        if (shape.includes("*")) patterns.set(prefix + shape, `${file}:${line}: ${c[0]}${argument})`);
        else keys.add(prefix + shape);
      }
    }
  }
  return { keys, patterns };
}

/** The text of the first argument of a call whose "(" ends just before `from`. */
function firstArgument(text, from) {
  let depth = 0;
  let quote = null;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) {
      if (depth === 0) return text.slice(from, i).trim();
      depth--;
    } else if (ch === "," && depth === 0) return text.slice(from, i).trim();
  }
  return undefined;
}

const LITERAL = /^(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)$/;

/**
 * Key shapes an argument can produce: "title" for a literal, "themes.*" for a template with
 * placeholders, both branches of `cond ? "a" : "b"`, and "*" for anything else.
 */
export function keyShapes(argument) {
  const arg = argument.replace(/\s+as\s+[\w"'`.|\s]+$/, "").trim(); // drop a TypeScript cast
  const literal = LITERAL.exec(arg);
  if (literal) return [literal[1] ?? literal[2] ?? literal[3]];
  const template = /^`([^`]*)`$/.exec(arg);
  if (template) return [template[1].replace(/\$\{[^}]*\}/g, "*")];
  const ternary = /^[^?]+\?\s*([^:]+?)\s*:\s*(.+)$/.exec(arg);
  if (ternary) return [...keyShapes(ternary[1]), ...keyShapes(ternary[2])];
  if (arg === "") return [];
  return ["*"];
}

/** Everything the source tree uses: static keys and dynamic patterns (with one place each is used). */
export function collectUsage(root = ROOT) {
  const keys = new Set();
  const patterns = new Map();
  for (const file of sourceFiles(root)) {
    const found = usageInSource(readFileSync(file, "utf8"), relative(root, file));
    for (const k of found.keys) keys.add(k);
    for (const [p, where] of found.patterns) if (!patterns.has(p)) patterns.set(p, where);
  }
  return { keys, patterns };
}

/** "Taxonomy.themes.*" → /^Taxonomy\.themes\..+$/ ("*" is one or more characters). */
export function patternToRegExp(pattern) {
  return new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".+")}$`);
}

export function flatten(node, prefix = "", out = []) {
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else out.push(prefix);
  return out;
}

/** Keys of the catalogue that no static call uses and no allowed pattern covers. */
export function unusedKeys(catalogueKeys, usedKeys, allowedPatterns) {
  const regexps = allowedPatterns.map(patternToRegExp);
  return catalogueKeys.filter((key) => !usedKeys.has(key) && !regexps.some((r) => r.test(key)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { keys, patterns } = collectUsage();
  const catalogue = flatten(JSON.parse(readFileSync(join(ROOT, "messages/fi.json"), "utf8")));
  console.log("Dynamic key patterns:");
  for (const [pattern, where] of patterns) console.log(`  ${pattern}   (${where})`);
  const unused = unusedKeys(catalogue, keys, [...patterns.keys()]);
  console.log(`Unused keys of fi.json (counting every dynamic pattern as used): ${unused.length}`);
  for (const key of unused) console.log(`  ${key}`);
}
