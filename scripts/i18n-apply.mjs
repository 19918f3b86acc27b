#!/usr/bin/env node
// Merges translations into messages/<locale>.json and writes every catalogue in the key order
// of messages/fi.json (2-space indent, trailing newline), so diffs stay small and reviewable.
//   node scripts/i18n-apply.mjs patch.json            patch = { "ar": { "Search": { "title": "…" } }, … }
//   node scripts/i18n-apply.mjs patch.json --prune    also drop keys that fi.json no longer has
//   node scripts/i18n-apply.mjs --prune               only reorder and prune the files of locales other than fi, sv, en
// Keys that fi.json lacks are kept at the end without --prune, so nothing is lost by accident.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const dir = new URL("../messages/", import.meta.url);
const args = process.argv.slice(2);
const prune = args.includes("--prune");
const patchFile = args.find((a) => !a.startsWith("--"));
const patch = patchFile ? JSON.parse(readFileSync(patchFile, "utf8")) : {};
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

function merge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (isObject(value)) target[key] = merge(isObject(target[key]) ? target[key] : {}, value);
    else target[key] = value;
  }
  return target;
}

/** `value` with its keys in the order of `reference`; keys the reference lacks go last, or away with --prune. */
function ordered(value, reference) {
  if (!isObject(value)) return value;
  const out = {};
  for (const key of Object.keys(isObject(reference) ? reference : {})) {
    if (key in value) out[key] = ordered(value[key], reference[key]);
  }
  if (!prune) for (const key of Object.keys(value)) if (!(key in out)) out[key] = value[key];
  return out;
}

const read = (locale) => JSON.parse(readFileSync(new URL(`${locale}.json`, dir), "utf8"));
const reference = read("fi");
const locales = new Set(Object.keys(patch));
// Without a patch, leave fi/sv/en alone: other work edits them by hand all the time.
if (!patchFile) for (const file of readdirSync(dir)) if (file.endsWith(".json") && !["sv", "en"].includes(file.slice(0, -5))) locales.add(file.slice(0, -5));
locales.delete("fi");
for (const locale of [...locales].sort()) {
  const merged = ordered(merge(read(locale), patch[locale] ?? {}), reference);
  writeFileSync(new URL(`${locale}.json`, dir), `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`messages/${locale}.json written`);
}
