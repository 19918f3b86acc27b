import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Taxonomy labels in every UI language, so that "sports" (en) or "idrott" (sv) find a notice
// tagged `sports` whatever language it is written in.
type Catalogue = { Taxonomy?: Record<string, Record<string, string>> };

let cache: Map<string, Catalogue> | undefined;

function catalogues(): Map<string, Catalogue> {
  if (!cache) {
    const dir = path.join(process.cwd(), "messages");
    cache = new Map(
      readdirSync(dir)
        .filter((file) => file.endsWith(".json"))
        .map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Catalogue]),
    );
  }
  return cache;
}

/** For each UI locale, the labels of the given taxonomy slugs joined into one text. */
export function taxonomyLabelTexts(slugs: { themes: string[]; targetGroups: string[]; forms: string[] }): { locale: string; text: string }[] {
  return [...catalogues()].map(([locale, catalogue]) => {
    const taxonomy = catalogue.Taxonomy ?? {};
    const labels = [
      ...slugs.themes.map((s) => taxonomy.themes?.[s]),
      ...slugs.targetGroups.map((s) => taxonomy.targetGroups?.[s]),
      ...slugs.forms.map((s) => taxonomy.forms?.[s]),
    ].filter((label): label is string => Boolean(label));
    return { locale, text: labels.join(". ") };
  });
}
