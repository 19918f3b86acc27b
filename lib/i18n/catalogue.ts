import { readFile } from "node:fs/promises";
import path from "node:path";

// A locale's messages read from disk (not imported), so that the same code runs inside Next.js,
// in scripts and jobs under tsx, and in tests (emails, responses outside a page); every entry
// point runs from the project root.

export type Catalogue = Record<string, Record<string, unknown> | undefined>;

const catalogues = new Map<string, Promise<Catalogue>>();

export function readCatalogue(locale: string): Promise<Catalogue> {
  let found = catalogues.get(locale);
  if (!found) {
    found = readFile(path.join(process.cwd(), "messages", `${locale}.json`), "utf8").then((text) => JSON.parse(text) as Catalogue);
    catalogues.set(locale, found);
  }
  return found;
}
