import "server-only";
import { activeFilterValues, searchLabels } from "@/components/search/search-labels";
import { alertSearchQuery } from "@/lib/alerts/query";

/** A stored search in words, in the reader's language (never the codes): "“kahvila”, Vantaa, somali". */
export async function describeSearch(stored: string, locale: string, everything: string): Promise<string> {
  const query = alertSearchQuery(stored);
  const labels = await searchLabels(locale);
  const parts = [...(query.q ? [`“${query.q}”`] : []), ...activeFilterValues(query).map(({ dimension, value }) => labels.value(dimension, value))];
  return parts.length ? parts.join(", ") : everything;
}
