#!/usr/bin/env node
// Which message keys each locale lacks, compared with messages/fi.json (the source of keys),
// and which it has that fi.json does not. Other engineers add keys to fi/sv/en all the time;
// run this to see what still needs translating:
//   node scripts/i18n-missing.mjs            every locale file in messages/
//   node scripts/i18n-missing.mjs ar fa      only these
//   node scripts/i18n-missing.mjs --values   also print the Finnish text of each missing key
//   node scripts/i18n-missing.mjs --short    one line per namespace instead of one per key
// Exits 1 when any locale has a missing or extra key.
import { readdirSync, readFileSync } from "node:fs";

const dir = new URL("../messages/", import.meta.url);
const args = process.argv.slice(2);
const showValues = args.includes("--values");
const short = args.includes("--short");
const wanted = args.filter((a) => !a.startsWith("--"));

function flatten(node, prefix = "", out = new Map()) {
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, node);
  }
  return out;
}

const load = (locale) => flatten(JSON.parse(readFileSync(new URL(`${locale}.json`, dir), "utf8")));
const reference = load("fi");
const locales = (wanted.length > 0 ? wanted : readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)))
  .filter((l) => l !== "fi")
  .sort();

let problems = 0;
for (const locale of locales) {
  let mine;
  try {
    mine = load(locale);
  } catch (error) {
    console.log(`${locale}: cannot read messages/${locale}.json: ${error.message}`);
    problems++;
    continue;
  }
  const missing = [...reference.keys()].filter((k) => !mine.has(k));
  const extra = [...mine.keys()].filter((k) => !reference.has(k));
  problems += missing.length + extra.length;
  if (missing.length === 0 && extra.length === 0) {
    console.log(`${locale}: complete (${mine.size} keys)`);
    continue;
  }
  console.log(`${locale}: ${missing.length} missing, ${extra.length} extra`);
  if (short) {
    const byNamespace = (keys) => {
      const counts = new Map();
      for (const k of keys) counts.set(k.split(".")[0], (counts.get(k.split(".")[0]) ?? 0) + 1);
      return [...counts].map(([ns, n]) => `${ns} (${n})`);
    };
    if (missing.length > 0) console.log(`  - ${byNamespace(missing).join(", ")}`);
    if (extra.length > 0) console.log(`  + ${byNamespace(extra).join(", ")}`);
    continue;
  }
  for (const key of missing) console.log(`  - ${key}${showValues ? `  = ${JSON.stringify(reference.get(key))}` : ""}`);
  for (const key of extra) console.log(`  + ${key}`);
}
process.exitCode = problems > 0 ? 1 : 0;
