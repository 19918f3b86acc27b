import type { ReactNode } from "react";

export type BadgeTone = "positive" | "neutral" | "warning";

export function badgeClass(tone: BadgeTone): string {
  return `badge badge-${tone}`;
}

/** A short fact on a card ("Free", "Takes referrals"); its look is in app/globals.css (.badge). */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={badgeClass(tone)}>{children}</span>;
}
