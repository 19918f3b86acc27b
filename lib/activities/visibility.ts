import type { Prisma } from "../db/generated/client";

// The one definition of "shown to the public": published, not deleted, still valid.
export function publicActivityWhere(now: Date = new Date()): Prisma.ActivityWhereInput {
  return { status: "PUBLISHED", deletedAt: null, validUntil: { gt: now } };
}

export type Availability = "current" | "expired" | "archived";

/** For someone holding an old link: is the notice still current, or gone and why. */
export function availabilityOf(
  activity: { status: string; validUntil: Date; deletedAt: Date | null; publishedAt: Date | null },
  now: Date = new Date(),
): Availability | undefined {
  if (activity.deletedAt) return undefined;
  // An archived notice that was once public is "no longer available"; an archived draft was never public.
  if (activity.status === "ARCHIVED") return activity.publishedAt ? "archived" : undefined;
  if (activity.status !== "PUBLISHED") return undefined;
  return activity.validUntil > now ? "current" : "expired";
}
