"use client";

import type { CardData, CardLabels } from "./card-data";
import { ActivityCard } from "./activity-card";

type Props = { cards: CardData[]; labels: CardLabels; headingLevel: 2 | 3; highlight: string[] };

/**
 * The list of cards as one client component (docs/decisions/019): the component payload then
 * carries the cards' data in one array, with the labels, heading level and search words once,
 * instead of an element per card that refers back to the shared props.
 */
export function ActivityCards({ cards, labels, headingLevel, highlight }: Props) {
  return (
    <ul className="flex flex-col gap-4">
      {cards.map((card) => (
        <li key={card.id}>
          <ActivityCard card={card} labels={labels} headingLevel={headingLevel} highlight={highlight} />
        </li>
      ))}
    </ul>
  );
}
