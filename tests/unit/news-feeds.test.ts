import Parser from "rss-parser";
import { describe, expect, test } from "vitest";
import { buildNewsFeed, type FeedItemInput } from "../../lib/news/feeds";
import { newsFiltersToParams, parseNewsFilters } from "../../lib/news/filters";

const items: FeedItemInput[] = [
  {
    id: "news-1",
    title: "ELY: avustushaku <auki> & käynnissä",
    lead: "Haku järjestöille.",
    body: "**Haku** päättyy pian. <script>alert(1)</script> [x](javascript:alert(1))",
    language: "fi",
    category: "FUNDING",
    publishedAt: new Date("2026-11-30T08:00:00Z"),
    updatedAt: new Date("2026-12-01T08:00:00Z"),
    organisationName: "Silta ry",
  },
  {
    id: "news-2",
    title: "Verkostotapaaminen",
    lead: "Tampereella.",
    body: "Tervetuloa.",
    language: "fi",
    category: "NETWORK",
    publishedAt: new Date("2026-11-20T08:00:00Z"),
    updatedAt: new Date("2026-11-20T08:00:00Z"),
    organisationName: null,
  },
];

const base = { origin: "https://tukiverkko.example", locale: "fi", query: "category=funding&region=01", title: "Tukiverkko: ajankohtaista", description: "Uutisia", categoryLabel: (c: string) => `label-${c}`, items };

describe("news feeds", () => {
  test("RSS 2.0 parses back with every item, its link, date and category, and the body escaped", async () => {
    const feed = await new Parser().parseString(buildNewsFeed({ ...base, format: "rss" }));
    expect(feed.title).toBe("Tukiverkko: ajankohtaista");
    expect(feed.link).toBe("https://tukiverkko.example/fi/news?category=funding&region=01");
    expect(feed.items.map((i) => i.title)).toEqual(["ELY: avustushaku <auki> & käynnissä", "Verkostotapaaminen"]);
    expect(feed.items[0]!.link).toBe("https://tukiverkko.example/fi/news/news-1");
    // RSS pubDate is the publication date (Atom also carries the update time).
    expect(new Date(feed.items[0]!.pubDate!).toISOString()).toBe("2026-11-30T08:00:00.000Z");
    expect(feed.items[0]!.categories).toContain("label-FUNDING");
    const content = feed.items[0]!["content:encoded" as "content"] ?? feed.items[0]!.content ?? "";
    expect(content).toContain("<strong>Haku</strong>");
    expect(content).not.toContain("<script>");
    expect(content).not.toMatch(/href="javascript:/i);
    expect(content).toContain("&lt;script&gt;");
  });

  test("Atom parses back, with self links to the same filtered list", async () => {
    const xml = buildNewsFeed({ ...base, format: "atom" });
    const feed = await new Parser().parseString(xml);
    expect(feed.items).toHaveLength(2);
    expect(feed.items[1]!.link).toBe("https://tukiverkko.example/fi/news/news-2");
    expect(xml).toContain('href="https://tukiverkko.example/fi/news/atom.xml?category=funding&amp;region=01"');
  });

  test("JSON Feed 1.1 is valid JSON with the items and the feed's own URL", () => {
    const json = JSON.parse(buildNewsFeed({ ...base, format: "json" })) as { version: string; feed_url: string; items: { id: string; url: string; title: string; content_html: string }[] };
    expect(json.version).toBe("https://jsonfeed.org/version/1");
    expect(json.feed_url).toBe("https://tukiverkko.example/fi/news/feed.json?category=funding&region=01");
    expect(json.items.map((i) => i.url)).toEqual(["https://tukiverkko.example/fi/news/news-1", "https://tukiverkko.example/fi/news/news-2"]);
    expect(json.items[0]!.content_html).not.toContain("<script>");
  });
});

describe("news filters", () => {
  test("unknown values are dropped; the canonical query keeps the rest", () => {
    const filters = parseNewsFilters({ category: ["funding", "nonsense"], region: ["01", "999", "x"], lang: ["SV", "zz"], page: "-3" });
    expect(filters).toEqual({ category: ["FUNDING"], region: ["01"], lang: ["sv"], page: 1 });
    expect(newsFiltersToParams({ ...filters, page: 2 }).toString()).toBe("category=funding&region=01&lang=sv&page=2");
    expect(newsFiltersToParams({ ...filters, page: 2 }, { page: false }).toString()).toBe("category=funding&region=01&lang=sv");
  });
});
