import type { CapacityStatus } from "../reference/vocabulary";

// Pure rules for what readers see (docs/decisions/011): a capacity status older than
// CAPACITY_FRESH_DAYS is unknown; an unanswered report older than REPORT_VISIBLE_DAYS shows a
// discreet "reported as possibly out of date on <date>".

const DAY = 86_400_000;
export const CAPACITY_FRESH_DAYS = 30;
export const REPORT_VISIBLE_DAYS = 14;

export type CapacityShown = { status: CapacityStatus | "UNKNOWN"; setAt: Date };

/** The status as readers see it: undefined when never set, UNKNOWN when too old. */
export function capacityShown(status: CapacityStatus | null | undefined, setAt: Date | null | undefined, now: Date = new Date()): CapacityShown | undefined {
  if (!status || !setAt) return undefined;
  return { status: isCapacityFresh(setAt, now) ? status : "UNKNOWN", setAt };
}

export function isCapacityFresh(setAt: Date, now: Date = new Date()): boolean {
  return setAt.getTime() > now.getTime() - CAPACITY_FRESH_DAYS * DAY;
}

/** The date of the open report group, once it has waited REPORT_VISIBLE_DAYS for an answer. */
export function reportedOn(openedAt: Date | null | undefined, now: Date = new Date()): Date | undefined {
  if (!openedAt) return undefined;
  return openedAt.getTime() <= now.getTime() - REPORT_VISIBLE_DAYS * DAY ? openedAt : undefined;
}
