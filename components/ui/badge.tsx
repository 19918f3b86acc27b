import type { ReactNode } from "react";

/** A short fact on a card ("Free", "Takes referrals"); its look is in app/globals.css (.badge). */
export function Badge({ tone, children }: { tone: "positive" | "neutral" | "warning"; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
