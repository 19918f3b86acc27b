import { describe, expect, test } from "vitest";
import { indexSettings, thesaurusSynonyms } from "@/lib/search/meilisearch/documents";

// The Meilisearch index settings follow the same rules as the postgres engine
// (docs/decisions/009-search-relevance.md). No server runs here, so their shape is checked.

// Meilisearch's localized attribute locales (charabia's list from whatlang, ISO 639-3).
const MEILISEARCH_LOCALES = new Set([
  "epo", "eng", "rus", "cmn", "spa", "por", "ita", "ben", "fra", "deu", "ukr", "kat", "ara", "hin", "jpn", "heb", "yid", "pol",
  "amh", "jav", "kor", "nob", "dan", "swe", "fin", "tur", "nld", "hun", "ces", "ell", "bul", "bel", "mar", "kan", "ron", "slv",
  "hrv", "srp", "mkd", "lit", "lav", "est", "tam", "vie", "urd", "tha", "guj", "uzb", "pan", "aze", "ind", "tel", "pes", "mal",
  "ori", "mya", "nep", "sin", "khm", "tuk", "aka", "zul", "sna", "afr", "lat", "slk", "cat", "tgl", "hye",
]);

describe("Meilisearch index settings", () => {
  const settings = indexSettings();

  test("use only locales Meilisearch knows (no Somali)", () => {
    const locales = (settings.localizedAttributes ?? []).flatMap((a) => a.locales);
    expect(locales.length).toBeGreaterThan(5);
    for (const locale of locales) expect(MEILISEARCH_LOCALES.has(locale)).toBe(true);
    expect(locales).not.toContain("som");
  });

  test("take their synonyms from the thesaurus, across languages", () => {
    const synonyms = thesaurusSynonyms();
    expect(synonyms.kielikahvila).toEqual(expect.arrayContaining(["språkcafé", "language café"]));
    expect(synonyms.invandrare).toEqual(expect.arrayContaining(["maahanmuuttaja"]));
    expect(Object.keys(settings.synonyms ?? {}).length).toBe(Object.keys(synonyms).length);
  });

  test("tolerate typos as the postgres engine does, and search place names", () => {
    expect(settings.typoTolerance).toMatchObject({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(settings.searchableAttributes).toContain("places");
  });
});
