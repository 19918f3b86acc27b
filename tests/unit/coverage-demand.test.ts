import { describe, expect, it } from "vitest";
import type { AreaCoverage, CoverageDimension } from "@/lib/coverage/coverage";
import { toCsv } from "@/lib/coverage/csv";
import { emptyAreas, findGaps } from "@/lib/coverage/gaps";
import { demandKey, demandWords, maskWords, weekOf } from "@/lib/demand/normalise";
import { parseSearchQuery } from "@/lib/search/query";

// Pure rules of issue 15 (docs/decisions/015): gaps against the average level, CSV for
// spreadsheets, and what of a search is kept for the demand figures.

function area(code: string, population: number, groups: Record<string, number>, online: Record<string, number> = {}): AreaCoverage {
  const empty = () => ({ group: {}, theme: {}, form: {}, lang: {}, mode: {}, gender: {} }) as Record<CoverageDimension, Record<string, number>>;
  const counts = empty();
  counts.group = groups;
  const countsAll = empty();
  countsAll.group = Object.fromEntries(Object.keys({ ...groups, ...online }).map((g) => [g, (groups[g] ?? 0) + (online[g] ?? 0)]));
  const local = Object.values(groups).reduce((s, n) => Math.max(s, n), 0);
  return { kind: "region", code, population, total: local, local, counts, countsAll, confirmedRecently: 0 };
}

const VALUES = { group: ["everyone", "women", "men"], theme: [], form: [], mode: [], gender: [] };

describe("gaps", () => {
  it("lists a value with nothing where the average level would give one, and far fewer, most residents first", () => {
    const areas = [
      area("01", 100_000, { women: 10, men: 10, everyone: 20 }),
      area("08", 50_000, { women: 5, everyone: 5 }, { men: 2 }),
      area("02", 60_000, { women: 6, men: 1, everyone: 5 }),
      area("21", 1_000, { women: 1, everyone: 1 }),
    ];
    const gaps = findGaps(areas, [], VALUES);
    // men: 11 in 211,000 residents; Kymenlaakso would have about 2.6, and has none; Åland about 0.05: no gap.
    expect(gaps.map((g) => [g.area.code, g.value, g.kind])).toEqual([
      ["02", "men", "few"],
      ["08", "men", "none"],
    ]);
    expect(gaps[1]!.online).toBe(2);
    expect(gaps[1]!.expected).toBeCloseTo((11 / 211_000) * 50_000, 6);
    // "everyone" is never a gap.
    expect(gaps.some((g) => g.value === "everyone")).toBe(false);
  });

  it("reports a place with no activity at all once, as an empty place", () => {
    const areas = [area("01", 100_000, { women: 10 }), area("19", 170_000, {}), area("18", 70_000, {})];
    expect(emptyAreas(areas).map((a) => a.code)).toEqual(["19", "18"]);
    expect(findGaps(areas, [], VALUES).map((g) => g.area.code)).toEqual([]);
  });
});

describe("CSV", () => {
  it("starts with a byte-order mark; Finnish gets semicolons and decimal commas, English commas and points", () => {
    const table = { columns: ["Alue", "Per 10 000"], rows: [[{ text: "Etelä-Karjala" }, { text: "", number: 1.5 }], [{ text: "=HYPERLINK(\"x\")" }, { text: "", number: 2 }]] };
    const fi = toCsv(table, "fi");
    expect(fi.charCodeAt(0)).toBe(0xfeff);
    expect(fi.slice(1).split("\r\n")).toEqual(["Alue;Per 10 000", "Etelä-Karjala;1,5", `"'=HYPERLINK(""x"")";2`, ""]);
    expect(toCsv(table, "en").slice(1).split("\r\n")[1]).toBe("Etelä-Karjala,1.5");
  });
});

describe("what a search leaves in the demand figures", () => {
  const regionOf = (m: string) => ({ "091": "01", "092": "01", "837": "06" })[m];

  it("keeps folded words and the filters, never a later page, an age, an address or digits", () => {
    const query = parseSearchQuery({ q: "Shakki  SHAKKI kerho 040123456", municipality: "837", group: "men", age: "47", page: "1" });
    expect(demandKey({ query, total: 0, locale: "fi", regionOf })).toEqual({ regionCode: "06", filters: "municipality=837&group=men", words: ["kerho", "shakki"], outcome: "NONE" });
    expect(demandKey({ query: { ...query, page: 2 }, total: 0, locale: "fi", regionOf })).toBeUndefined();
    expect(demandKey({ query, total: 3, locale: "fi", regionOf })).toBeUndefined();
    expect(demandKey({ query, total: 2, locale: "fi", regionOf })?.outcome).toBe("FEW");
    expect(demandWords("matti.meikalainen@example.fi kerho", "fi")).toEqual([]);
    expect(demandKey({ query: parseSearchQuery({}), total: 0, locale: "fi", regionOf })).toBeUndefined();
  });

  it("a search in two regions is counted without a region", () => {
    const query = parseSearchQuery({ municipality: ["091", "837"], lang: "ti" });
    expect(demandKey({ query, total: 0, locale: "fi", regionOf })?.regionCode).toBe("");
  });

  it("shows a word only when five searches used it that week", () => {
    const counts: Record<string, number> = { kuoro: 5, harvinainen: 4 };
    expect(maskWords(["harvinainen", "kuoro"], (w) => counts[w] ?? 0)).toEqual({ shown: ["kuoro"], hidden: 1 });
  });

  it("buckets by the Monday of the week in Helsinki", () => {
    // Sunday 23:30 in Helsinki is still the week that began on Monday the 23rd.
    expect(weekOf(new Date("2026-11-29T21:30:00Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    // Monday 00:30 in Helsinki (Sunday 22:30 UTC) starts the next week.
    expect(weekOf(new Date("2026-11-29T22:30:00Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });
});
