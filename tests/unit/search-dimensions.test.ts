import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FACET_DIMENSIONS } from "@/lib/search/engine";
import { FILTER_NAMES, filterColumns, filterDefinition, FILTERS, levelsUpTo } from "@/lib/search/dimensions";
import { FILTERABLE } from "@/lib/search/meilisearch/documents";
import { hasFilters, parseSearchQuery, toSearchParams, withoutFilter } from "@/lib/search/query";

// Every filter defined in lib/search/dimensions.ts reaches every place derived from it: the URL
// contract, the counts, Meilisearch's attributes and the labels in every language. A new entry
// there needs nothing else in code for these to hold.

const catalogues = readdirSync(path.join(process.cwd(), "messages"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => [file, JSON.parse(readFileSync(path.join(process.cwd(), "messages", file), "utf8"))] as const);
const lookup = (catalogue: Record<string, unknown>, key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);

/** A chosen value for each filter (the last value, so that levels include others). */
const sample = (name: (typeof FILTER_NAMES)[number]) => {
  const f = filterDefinition(name);
  return f.kind === "flag" ? "1" : f.values.at(-1)!;
};

describe("search filters defined once", () => {
  it.each(FILTER_NAMES)("%s: parsed from its parameter, written back canonically, and removable", (name) => {
    const query = parseSearchQuery({ [name]: sample(name) });
    expect(hasFilters(query)).toBe(true);
    expect(toSearchParams(query).get(name)).toBe(sample(name));
    const cleared = withoutFilter(query, name);
    expect(hasFilters(cleared)).toBe(false);
    expect(toSearchParams(cleared).has(name)).toBe(false);
  });

  it.each(FILTER_NAMES)("%s: has counts and a Meilisearch attribute", (name) => {
    expect(FACET_DIMENSIONS).toContain(name);
    expect(FILTERABLE).toContain(filterDefinition(name).column);
  });

  it.each(FILTER_NAMES)("%s: labelled in every language, and every value too", (name) => {
    const f = filterDefinition(name);
    for (const [file, catalogue] of catalogues) {
      expect(lookup(catalogue, `Search.${f.label}`), `${file} Search.${f.label}`).toEqual(expect.any(String));
      if (f.kind === "flag" || f.valueLabel === "language" || f.valueLabel === "weekday") continue;
      for (const value of f.values) expect(lookup(catalogue, `${f.valueLabel}.${value}`), `${file} ${f.valueLabel}.${value}`).toEqual(expect.any(String));
    }
  });

  it("gives each filter its own column, typed by its kind", () => {
    const columns = filterColumns();
    expect(new Set(columns.map((c) => c.column)).size).toBe(columns.length);
    expect(columns).toContainEqual({ column: "languages", type: "text[]" });
    expect(columns).toContainEqual({ column: "mode", type: "text" });
    expect(columns).toContainEqual({ column: "is_free", type: "boolean" });
  });

  it("takes a level together with the levels below it", () => {
    expect(levelsUpTo(FILTERS.finnish, "some")).toEqual(["none", "some"]);
    expect(levelsUpTo(FILTERS.finnish, "fluent")).toEqual([]);
  });
});
