// The one list of news categories (schema enum NewsCategory), in display order; the URL uses
// the lower-case slug (?category=funding), labels come from messages "News.category.<VALUE>".
export const NEWS_CATEGORIES = ["FUNDING", "TRAINING", "LAW", "NETWORK", "SERVICE", "OTHER"] as const;
export type NewsCategoryValue = (typeof NEWS_CATEGORIES)[number];

export function categoryFromSlug(slug: string): NewsCategoryValue | undefined {
  const upper = slug.trim().toUpperCase();
  return (NEWS_CATEGORIES as readonly string[]).includes(upper) ? (upper as NewsCategoryValue) : undefined;
}

export const categorySlug = (category: NewsCategoryValue) => category.toLowerCase();
