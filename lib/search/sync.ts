import type { Prisma } from "../db/generated/client";

/**
 * Brings the search document of one activity up to date. Call it inside the same
 * transaction as every write to an activity (create, edit, status change, delete,
 * translation change), so search is never stale:
 *
 *   await prisma.$transaction(async (tx) => {
 *     await tx.activity.update({ ... });
 *     await syncSearchDocument(tx, activityId);
 *   });
 */
export async function syncSearchDocument(tx: Prisma.TransactionClient, activityId: string): Promise<void> {
  // Implemented with the search engines (issue: activity search); a no-op until then.
  void tx;
  void activityId;
}
