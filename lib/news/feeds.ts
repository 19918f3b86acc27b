import { Feed } from "feed";
import type { NewsCategoryValue } from "./categories";
import { renderNewsMarkdown } from "./markdown";

// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of any filtered news list, built by the `feed` library
// (escaping and the formats' rules are its job). Pure: the route handler loads the items and
// the texts; tests call this directly.

export const FEED_FORMATS = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" } as const;
export type FeedFormat = keyof typeof FEED_FORMATS;
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

export type FeedItemInput = { id: string; title: string; lead: string; body: string; language: string; category: NewsCategoryValue; publishedAt: Date; updatedAt: Date; organisationName: string | null };

export function buildNewsFeed(options: {
  format: FeedFormat;
  origin: string;
  locale: string;
  /** The list's query string (filters), the same for the page and its feeds. */
  query: string;
  title: string;
  description: string;
  categoryLabel: (category: NewsCategoryValue) => string;
  items: FeedItemInput[];
}): string {
  const suffix = options.query ? `?${options.query}` : "";
  const base = `${options.origin}/${options.locale}/news`;
  const feedUrl = (format: FeedFormat) => `${base}/${FEED_FORMATS[format]}${suffix}`;
  const feed = new Feed({
    id: `${base}${suffix}`,
    link: `${base}${suffix}`,
    title: options.title,
    description: options.description,
    language: options.locale,
    updated: options.items.reduce<Date | undefined>((latest, item) => (!latest || item.updatedAt > latest ? item.updatedAt : latest), undefined) ?? new Date(0),
    generator: false,
    copyright: "Tukiverkko",
    feedLinks: { rss: feedUrl("rss"), atom: feedUrl("atom"), json: feedUrl("json") },
  });
  for (const item of options.items) {
    const link = `${base}/${item.id}`;
    feed.addItem({
      id: link,
      guid: link,
      link,
      title: item.title,
      description: item.lead,
      content: renderNewsMarkdown(item.body),
      date: item.updatedAt,
      published: item.publishedAt,
      category: [{ name: options.categoryLabel(item.category), term: item.category.toLowerCase() }],
      ...(item.organisationName ? { author: [{ name: item.organisationName }] } : {}),
    });
  }
  return options.format === "rss" ? feed.rss2() : options.format === "atom" ? feed.atom1() : feed.json1();
}
