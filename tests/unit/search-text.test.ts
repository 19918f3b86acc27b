import { describe, expect, test } from "vitest";
import { fieldTerms, wordTerms } from "@/lib/search/text/analyze";
import { expandWord, finnishBases, GRADE, gradationVariants, stemLength } from "@/lib/search/text/expand";
import { foldText, words } from "@/lib/search/text/fold";
import { matchLanguages } from "@/lib/search/text/languages";
import { createPlaceMatcher } from "@/lib/search/text/places";
import { queryWords } from "@/lib/search/text/query-words";
import { editDistance, Vocabulary } from "@/lib/search/text/vocabulary";

// The text analysis behind search (docs/decisions/009-search-relevance.md), without a database.

describe("folding and words", () => {
  test("capitals of every script fold the same way, whatever the database's locale", () => {
    expect(foldText("ГЕЛЬСІНКІ")).toBe(foldText("гельсінкі"));
    expect(foldText("ÄITIEN Ryhmä")).toBe("aitien ryhma");
  });

  test("Arabic and Persian letter variants and short vowels fold together", () => {
    expect(foldText("هلسینکی")).toBe(foldText("هلسنكي".replace("سن", "سين")));
    expect(foldText("أحمد")).toBe(foldText("احمد"));
    expect(foldText("مُدَرِّسَة")).toBe(foldText("مدرسه"));
    expect(foldText("٢٠٢٦")).toBe("2026");
  });

  test("Chinese is split into words, and inner punctuation splits a word", () => {
    expect(words("为移民女性提供的中文交流小组")).toEqual(expect.arrayContaining(["女性", "中文", "小组"]));
    expect(words("CV:n teko")).toEqual(["cv", "n", "teko"]);
  });
});

describe("document terms", () => {
  test("Arabic words are also kept without the article", () => {
    expect(wordTerms(foldText("الفنلندية"))).toContain(foldText("فنلندية"));
  });

  test("coordinated compounds are completed", () => {
    const terms = fieldTerms([{ text: "Ryhmä arabian-, somalin- ja darinkielisille äideille", locale: "fi" }]);
    expect(terms).toContain("arabiankielisille");
    expect(terms).toContain("somalinkielisille");
    expect(terms).toContain("darinkielisille");
  });

  test("runs of Chinese characters are also indexed as pairs", () => {
    expect(wordTerms("女性小组")).toEqual(expect.arrayContaining(["女性", "性小", "小组"]));
  });
});

describe("forms of a search word", () => {
  const vocabulary = new Vocabulary();
  vocabulary.add(["kahvila", "kielikahvila", "kielikahvilassa", "ystavakahvilaksi", "kahvia", "somaliksi", "liikuntakerho", "aiti", "aitien", "aidit", "maahanmuuttajaaitien", "intensiivikursseja", "kurssi"]);
  const grade = (word: string, term: string) => expandWord(word, vocabulary).find((b) => b.terms.includes(term))?.grade;

  test("exact, longer forms, the same stem, compound parts and typos, in that order", () => {
    expect(grade("kielikahvila", "kielikahvila")).toBe(GRADE.exact);
    expect(grade("kielikahvila", "kielikahvilassa")).toBe(GRADE.prefix);
    expect(grade("kielikahvilassa", "kielikahvila")).toBe(GRADE.inflected);
    expect(grade("kahvila", "ystavakahvilaksi")).toBe(GRADE.part);
    expect(grade("kahvila", "kahvia")).toBe(GRADE.typo1); // coffee is one deletion from café: ranked below café

    expect(grade("kurssi", "intensiivikursseja")).toBe(GRADE.part);
    expect(grade("aitien", "maahanmuuttajaaitien")).toBe(GRADE.part);
  });

  test("consonant gradation: äidit finds äiti", () => {
    expect(gradationVariants("aidi")).toContain("aiti");
    expect(grade("aidit", "aiti")).toBe(GRADE.inflected);
  });

  test("Finnish stems that change before the ending: koulutukseen finds koulutus", () => {
    expect(finnishBases("kotoutumiskoulutukseen")).toContain("kotoutumiskoulutus");
    expect(finnishBases("kysymyksia")).toContain("kysymys");
    expect(finnishBases("naisen")).toContain("nainen");
    expect(finnishBases("taksi")).toEqual([]);
  });

  test("typos as Meilisearch counts them: one edit from five letters, a swap is one edit", () => {
    expect(editDistance("somailksi", "somaliksi", 2)).toBe(1);
    expect(grade("somailksi", "somaliksi")).toBe(GRADE.typoOfUnknown); // in no document: most likely mistyped
    expect(grade("kahvila", "kahvia")).toBe(GRADE.typo1); // a word documents have: its typo forms rank low
    expect(grade("liikunatkerho", "liikuntakerho")).toBe(GRADE.typoOfUnknown);
    expect(expandWord("aitl", vocabulary).some((b) => b.terms.includes("aiti"))).toBe(false); // four letters: no typos
  });

  test("a word's forms are worked out once while the vocabulary is unchanged, and again when a term is added", () => {
    const own = new Vocabulary();
    own.add(["kielikahvila", "kahvila"]);
    const first = expandWord("kahvila", own);
    first.push({ grade: GRADE.concept, terms: ["§added-by-a-caller"] }); // callers add to the list they get
    const second = expandWord("kahvila", own);
    expect(second).toEqual(first.slice(0, -1));
    expect(second[0]).toBe(first[0]); // the same buckets, not worked out again
    expect(second.some((b) => b.terms.includes("ystavakahvilassa"))).toBe(false);
    own.add(["ystavakahvilassa"]);
    expect(expandWord("kahvila", own).find((b) => b.terms.includes("ystavakahvilassa"))?.grade).toBe(GRADE.part);
  });

  test("stems keep all of short words and drop endings of long ones", () => {
    expect(stemLength(4)).toBe(4);
    expect(stemLength(7)).toBe(6);
    expect(stemLength(12)).toBe(9);
  });
});

describe("languages named in a search", () => {
  test.each([
    ["somalinkielinen", "so"],
    ["arabiaksi", "ar"],
    ["venäjänkielinen", "ru"],
    ["englanniksi", "en"],
    ["русском", "ru"],
    ["українською", "uk"],
    ["بالعربية", "ar"],
    ["阿拉伯语", "ar"],
    ["darinkielisille", "prs"],
    ["viittomakielinen", "fse"],
  ])("%s names %s", (word, code) => {
    expect(matchLanguages(words(word)[0]!)).toContain(code);
  });

  test("everyday words are no languages", () => {
    expect(matchLanguages("puolesta")).toEqual([]);
    expect(matchLanguages("kielikahvila")).toEqual([]);
    expect(matchLanguages("turku")).not.toContain("tr");
  });
});

describe("places named in a search", () => {
  const find = createPlaceMatcher([
    { kind: "municipality", code: "091", nameFi: "Helsinki", nameSv: "Helsingfors" },
    { kind: "municipality", code: "853", nameFi: "Turku", nameSv: "Åbo" },
    { kind: "municipality", code: "638", nameFi: "Porvoo", nameSv: "Borgå" },
    { kind: "municipality", code: "837", nameFi: "Tampere", nameSv: "Tammerfors" },
    { kind: "municipality", code: "734", nameFi: "Salo", nameSv: "Salo" },
    { kind: "region", code: "01", nameFi: "Uusimaa", nameSv: "Nyland" },
  ]);
  const codes = (text: string) => find(words(text)).map((p) => p.code);

  test("official names in Finnish and Swedish, and Finnish case endings", () => {
    expect(codes("kielikahvila turku")).toEqual(["853"]);
    expect(codes("språkcafé helsingfors")).toEqual(["091"]);
    expect(codes("naisten ryhmä porvoossa")).toEqual(["638"]);
    expect(codes("tampereella")).toEqual(["837"]);
    expect(codes("uusimaa")).toEqual(["01"]);
  });

  test("names that are everyday words are not places by themselves", () => {
    expect(codes("salo")).toEqual([]);
    expect(codes("turvallinen")).toEqual([]);
  });
});

describe("query words", () => {
  test("function words of any language weigh little: they are marked, and never names of concepts", () => {
    const list = queryWords("مقهى اللغة في هلسنكي كل يوم").words;
    expect(list.filter((w) => w.stop).map((w) => w.word)).toEqual(["في", "كل"]);
    expect(queryWords("kielikahvila ja läksyapu").words.map((w) => w.stop)).toEqual([false, true, false]);
  });

  test("a search is cut to its first words, and says so", () => {
    const many = Array.from({ length: 14 }, (_, i) => `sana${i}`).join(" ");
    expect(queryWords(many).truncated).toBe(true);
    expect(queryWords("kielikahvila turku").truncated).toBe(false);
  });
});
