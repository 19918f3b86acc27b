import type { CardBadge, CardData, CardLabels } from "@/components/activities/card-data";
import { AddToList } from "@/components/referral/add-to-list";
import { Highlight } from "@/components/search/highlight";
import { badgeClass, type BadgeTone } from "@/components/ui/badge";
import { capacityTone } from "@/components/reports/capacity-tone";
import { fillTemplate } from "@/lib/i18n/text-template";

const BADGE_TONES: Record<CardBadge, BadgeTone> = { free: "positive", fee: "neutral", referrals: "positive", childcare: "neutral" };

/**
 * One search result: what a case worker scans for, in one glance. Rendered in the browser's
 * bundle by ActivityCards (docs/decisions/019): fed texts formatted on the server (card-data.ts),
 * its markup is in the page's HTML once, and the component payload carries only the texts. Its
 * look is in app/globals.css (.card…).
 */
export function ActivityCard({ card, labels, headingLevel, highlight }: { card: CardData; labels: CardLabels; headingLevel: 2 | 3; highlight: string[] }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // Each element the card has is hydrated on every search page (twenty cards): no wrappers that
  // only carry what their children could.
  const text = card.foreign && { lang: card.foreign.lang, dir: card.foreign.dir };
  const { capacity } = card;
  return (
    <article className="card">
      <Heading className="card-title" {...text}>
        <a href={labels.noticePath + card.id}>
          <Highlight text={card.title} words={highlight} />
        </a>
      </Heading>
      <p className="card-summary" {...text}>
        <Highlight text={card.summary} words={highlight} />
      </p>
      {card.foreign && <p className="mt-1 text-sm text-muted">{fillTemplate(labels.originalLanguage, "language", card.foreign.name)}</p>}
      {/* Pairs without wrappers: the list's grid lines them up (app/globals.css, .card-facts). */}
      <dl className="card-facts">
        <dt>{labels.organiser}</dt>
        {/* A name in another script than the page's runs in its own direction, and still sits
            beside its term as the page is aligned (dir="auto" on the <dd> would align it too). */}
        <dd>
          <bdi>{card.organiser}</bdi>
        </dd>
        {card.where && (
          <>
            <dt>{labels.where}</dt>
            <dd>{card.where}</dd>
          </>
        )}
        {card.when && (
          <>
            <dt>{labels.when}</dt>
            <dd>{card.when}</dd>
          </>
        )}
        <dt>{labels.languages}</dt>
        <dd>{card.languages}</dd>
      </dl>
      <ul className="card-badges">
        {card.badges.map((badge) => (
          <li key={badge} className={badgeClass(BADGE_TONES[badge])}>
            {labels.badges[badge]}
          </li>
        ))}
        {capacity && (
          <li className={badgeClass(capacityTone(capacity[0]))} data-testid="capacity" data-capacity={capacity[0]}>
            {fillTemplate(labels.capacity[capacity[0]], "date", capacity[1])}
          </li>
        )}
      </ul>
      {card.reported && (
        <p className="text-xs text-amber-900" data-testid="reported-note">
          {fillTemplate(labels.reported, "date", card.reported)}
        </p>
      )}
      <div className="card-foot">
        <p>{card.imported ?? fillTemplate(labels.confirmed, "date", card.confirmed ?? "")}</p>
        <AddToList id={card.id} title={card.title} labels={labels.shortlist} />
      </div>
    </article>
  );
}
