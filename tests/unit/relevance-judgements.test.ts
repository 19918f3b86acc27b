import { describe, expect, it } from "vitest";
import { isPublic } from "../../lib/db/seed";
import { LOCALES } from "../../lib/i18n/locales";
import { activities } from "../../prisma/seed/activities";
import { CATEGORIES, JUDGEMENTS, type Judgement } from "../relevance/judgements";

// The integrity of the judged relevance suite (tests/relevance/judgements.ts): it must judge
// only notices the public can find, cover every difficulty and the languages people search
// in, and never count the same query twice.

const NOW = new Date();
const byId = new Map(activities.map((activity) => [activity.id, activity]));
const key = (j: Judgement) => JSON.stringify([j.q.trim().toLowerCase(), j.params ?? {}, j.locale]);
const counts = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

describe("relevance judgements", () => {
  it("holds at least 280 judged queries", () => {
    expect(JUDGEMENTS.length).toBeGreaterThanOrEqual(280);
  });

  it("expects only notices that exist in the seed and are public (published, unexpired, not deleted)", () => {
    const unknown = JUDGEMENTS.flatMap((j) => j.expect.filter((id) => !byId.has(id)).map((id) => `${j.q} → ${id}`));
    expect(unknown).toEqual([]);
    const hidden = JUDGEMENTS.flatMap((j) => j.expect.filter((id) => !isPublic(byId.get(id)!, NOW)).map((id) => `${j.q} → ${id}`));
    expect(hidden).toEqual([]);
  });

  it("expects one to three distinct notices per query, with a query that is not blank", () => {
    const bad = JUDGEMENTS.filter((j) => j.q.trim() === "" || j.expect.length < 1 || j.expect.length > 3 || new Set(j.expect).size !== j.expect.length);
    expect(bad.map((j) => j.q)).toEqual([]);
  });

  it("has no duplicate queries (same text, filters and UI locale)", () => {
    const duplicates = Object.entries(counts(JUDGEMENTS.map(key))).filter(([, n]) => n > 1).map(([k]) => k);
    expect(duplicates).toEqual([]);
  });

  it("covers every category, at least eight queries each", () => {
    const perCategory = counts(JUDGEMENTS.map((j) => j.category));
    for (const category of CATEGORIES) expect(perCategory[category] ?? 0, category).toBeGreaterThanOrEqual(8);
    expect(Object.keys(perCategory).sort()).toEqual([...CATEGORIES].sort());
  });

  it("has queries written in fi, sv, en, ru, uk, ar, fa, so and zh (and some vi and et)", () => {
    const perLanguage = counts(JUDGEMENTS.map((j) => j.lang));
    for (const lang of ["fi", "sv", "en", "ru", "uk", "ar", "fa", "so", "zh"]) expect(perLanguage[lang] ?? 0, lang).toBeGreaterThanOrEqual(5);
    for (const lang of ["vi", "et"]) expect(perLanguage[lang] ?? 0, lang).toBeGreaterThanOrEqual(3);
  });

  it("uses only UI locales, and filters only by known parameter names", () => {
    expect(JUDGEMENTS.filter((j) => !(LOCALES as readonly string[]).includes(j.locale)).map((j) => j.q)).toEqual([]);
    const params = new Set(JUDGEMENTS.flatMap((j) => Object.keys(j.params ?? {})));
    for (const name of params) expect(["municipality", "region", "lang", "group", "theme", "form", "mode"]).toContain(name);
  });
});
