import type { ActivitySummary } from "@/lib/activities/queries";
import { ActivityCards } from "./activity-cards";
import { cardData, cardLabels } from "./card-data";

const noWords: string[] = [];

/** Search results, an organisation's notices, the latest on the home page; a moderator's preview of one. */
export async function ActivityList({ items, headingLevel = 2, highlight = noWords }: { items: ActivitySummary[]; headingLevel?: 2 | 3; highlight?: string[] }) {
  const [labels, cards] = await Promise.all([cardLabels(), Promise.all(items.map(cardData))]);
  return <ActivityCards cards={cards} labels={labels} headingLevel={headingLevel} highlight={highlight} />;
}
