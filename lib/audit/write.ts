import type { Prisma } from "../db/generated/client";

// Every mutation writes one audit entry in its own transaction: who, what, which record, and
// the change (ids, statuses and field names; the notice text itself stays in the notice).
export async function writeAudit(
  tx: Prisma.TransactionClient,
  entry: { actorId: string | null; action: string; entityType: "activity" | "organisation" | "membership" | "user" | "event" | "news"; entityId: string; changes?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEntry.create({ data: { actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, changes: entry.changes } });
}
