import { describe, expect, it } from "vitest";
import { matchLabels } from "@/lib/search/label-match";
import { parseSearchQuery, searchTokens, toSearchParams, withoutFilter } from "@/lib/search/query";

describe("parseSearchQuery", () => {
  it("reads every documented parameter, repeated or comma-separated", () => {
    const query = parseSearchQuery(
      new URLSearchParams(
        "q=kielikahvila&municipality=091&municipality=Vantaa&region=01&lang=ar,so&group=women&theme=language&form=club&mode=online&free=1&referrals=1&childcare=1&room=1&day=tue&time=evening&finnish=some&age=30&gender=women&page=2&sort=confirmed&nationwide=0",
      ),
    );
    expect(query).toEqual({
      q: "kielikahvila",
      municipality: ["091", "Vantaa"],
      region: ["01"],
      nationwide: false,
      lang: ["ar", "so"],
      group: ["women"],
      theme: ["language"],
      form: ["club"],
      mode: ["online"],
      day: ["tue"],
      time: ["evening"],
      finnish: "some",
      age: 30,
      gender: ["women"],
      free: true,
      referrals: true,
      childcare: true,
      room: true,
      page: 2,
      sort: "confirmed",
    });
  });

  it("drops malformed and unknown values instead of failing", () => {
    const query = parseSearchQuery({
      page: ["-3", "abc"],
      lang: ["xx", "ar"],
      theme: "cooking",
      mode: "teleport",
      day: "funday",
      region: ["1", "010", "02"],
      age: "-4",
      sort: "random",
      finnish: "fluent",
      free: "maybe",
    });
    expect(query).toMatchObject({ page: 1, lang: ["ar"], theme: [], mode: [], day: [], region: ["02"], age: undefined, sort: "newest", finnish: undefined, free: false });
  });

  it("cuts an overlong text and collapses white space", () => {
    expect(parseSearchQuery({ q: `  a   b  ${"x".repeat(500)}` }).q).toHaveLength(200);
    expect(parseSearchQuery({ q: "  suomen   kieli " }).q).toBe("suomen kieli");
  });

  it("sorts by relevance only when there are search words", () => {
    expect(parseSearchQuery({ q: "kerho" }).sort).toBe("relevance");
    expect(parseSearchQuery({ sort: "relevance" }).sort).toBe("newest");
  });
});

describe("toSearchParams and withoutFilter", () => {
  it("round-trips a query and leaves defaults out of the URL", () => {
    const query = parseSearchQuery({ q: "kerho", lang: ["ar", "so"], free: "1", page: "3" });
    const params = toSearchParams(query);
    expect(params.toString()).toBe("q=kerho&lang=ar&lang=so&free=1&page=3");
    expect(parseSearchQuery(params)).toEqual(query);
  });

  it("removes one value, a whole dimension, or the words, and goes back to page 1", () => {
    const query = parseSearchQuery({ q: "kerho", lang: ["ar", "so"], municipality: "091", region: "01", page: "3" });
    expect(toSearchParams(withoutFilter(query, "lang", "ar")).toString()).toBe("q=kerho&municipality=091&region=01&lang=so");
    expect(toSearchParams(withoutFilter(query, "municipality")).toString()).toBe("q=kerho&lang=ar&lang=so");
    expect(toSearchParams(withoutFilter(query, "q")).toString()).toBe("municipality=091&region=01&lang=ar&lang=so");
  });
});

describe("searchTokens", () => {
  it("keeps letters and digits of any script, so nothing else reaches a tsquery", () => {
    expect(searchTokens("'; DROP TABLE activity; -- :* & | !")).toEqual(["drop", "table", "activity"]);
    expect(searchTokens("Äiti & vauva")).toEqual(["äiti", "vauva"]);
    expect(searchTokens("родителей 123")).toEqual(["родителей", "123"]);
    expect(searchTokens("a b c d e f g h i j")).toHaveLength(8);
  });
});

describe("matchLabels", () => {
  it("finds taxonomy values named by a word in any UI language", () => {
    expect(matchLabels("sport").themes).toContain("sports");
    expect(matchLabels("kielikahvila").forms).toContain("language-cafe");
    expect(matchLabels("läksy").forms).toContain("homework-help");
    expect(matchLabels("xy")).toEqual({ themes: [], targetGroups: [], forms: [] });
  });
});
