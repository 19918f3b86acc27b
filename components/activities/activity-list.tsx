import type { ActivitySummary } from "@/lib/activities/queries";
import { ActivityCard } from "./activity-card";

export function ActivityList({ items, headingLevel = 2, highlight }: { items: ActivitySummary[]; headingLevel?: 2 | 3; highlight?: string[] }) {
  return (
    <ul className="flex flex-col gap-4">
      {items.map((item) => (
        <li key={item.id}>
          <ActivityCard activity={item} headingLevel={headingLevel} highlight={highlight} />
        </li>
      ))}
    </ul>
  );
}
