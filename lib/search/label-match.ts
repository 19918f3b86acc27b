import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Search words that name a taxonomy value in any UI language ("sport", "idrott", "kieli",
// "language café") match the notices tagged with it, whatever language the notice is in.
// Matching the ~40 labels here keeps them out of every document's tsvector.

type Kind = "themes" | "targetGroups" | "forms";
export type LabelMatches = Record<Kind, string[]>;

function fold(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

let index: { kind: Kind; slug: string; words: string[] }[] | undefined;

function labelIndex() {
  if (!index) {
    const dir = path.join(process.cwd(), "messages");
    index = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const taxonomy = (JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { Taxonomy?: Record<string, Record<string, string>> }).Taxonomy ?? {};
      for (const kind of ["themes", "targetGroups", "forms"] as const) {
        for (const [slug, label] of Object.entries(taxonomy[kind] ?? {})) {
          index.push({ kind, slug, words: fold(label).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3) });
        }
      }
    }
  }
  return index;
}

/** The taxonomy values whose label (in any UI language) has a word starting with `token`. */
export function matchLabels(token: string): LabelMatches {
  const folded = fold(token);
  const result: LabelMatches = { themes: [], targetGroups: [], forms: [] };
  if (folded.length < 3) return result;
  for (const entry of labelIndex()) {
    if (entry.words.some((word) => word.startsWith(folded) || (word.length >= 5 && folded.startsWith(word)))) {
      if (!result[entry.kind].includes(entry.slug)) result[entry.kind].push(entry.slug);
    }
  }
  return result;
}
