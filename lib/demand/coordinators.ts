import "server-only";
import { writeAudit } from "../audit/write";
import { assertModerator, isModerator, type Actor } from "../auth/permissions";
import { prisma } from "../db/client";
import { AppError } from "../errors/app-error";

// Regional coordinators (docs/decisions/015): moderators give and take away the role, per
// region. A coordinator sees the demand figures of those regions only; moderators see all.

/** The regions whose demand figures the actor may see: every region for moderators. */
export async function demandRegionsOf(actor: Actor | null): Promise<{ all: boolean; regions: string[] }> {
  if (!actor) return { all: false, regions: [] };
  if (isModerator(actor)) return { all: true, regions: [] };
  const rows = await prisma.coordinatorRegion.findMany({ where: { userId: actor.id }, select: { regionCode: true }, orderBy: { regionCode: "asc" } });
  return { all: false, regions: rows.map((r) => r.regionCode) };
}

/** Throws NOT_FOUND unless the actor may see the region's demand ("" = searches that named no place: moderators only). */
export async function assertDemandAccess(actor: Actor | null, regionCode: string): Promise<void> {
  const access = await demandRegionsOf(actor);
  if (access.all) return;
  if (!regionCode || !access.regions.includes(regionCode)) throw new AppError("NOT_FOUND");
}

export async function listCoordinators(options: { actor: Actor }) {
  assertModerator(options.actor);
  const rows = await prisma.coordinatorRegion.findMany({
    select: { regionCode: true, user: { select: { id: true, email: true } } },
    orderBy: [{ user: { email: "asc" } }, { regionCode: "asc" }],
  });
  const byUser = new Map<string, { id: string; email: string; regions: string[] }>();
  for (const row of rows) {
    const entry = byUser.get(row.user.id) ?? { id: row.user.id, email: row.user.email, regions: [] };
    entry.regions.push(row.regionCode);
    byUser.set(row.user.id, entry);
  }
  return [...byUser.values()];
}

/** Sets the regions a user coordinates (none: no longer a coordinator). Moderators only. */
export async function setCoordinatorRegions(options: { actor: Actor; email: string; regions: string[] }): Promise<void> {
  assertModerator(options.actor);
  const regions = [...new Set(options.regions)].sort();
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: options.email }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", { messageKey: "noUser" });
    const known = await tx.region.count({ where: { code: { in: regions } } });
    if (known !== regions.length) throw new AppError("VALIDATION", { fieldErrors: { regions: ["invalid"] } });
    const before = await tx.coordinatorRegion.findMany({ where: { userId: user.id }, select: { regionCode: true }, orderBy: { regionCode: "asc" } });
    await tx.coordinatorRegion.deleteMany({ where: { userId: user.id, regionCode: { notIn: regions } } });
    await tx.coordinatorRegion.createMany({ data: regions.map((regionCode) => ({ userId: user.id, regionCode })), skipDuplicates: true });
    await writeAudit(tx, {
      actorId: options.actor.id,
      action: "user.coordinator",
      entityType: "user",
      entityId: user.id,
      changes: { from: before.map((r) => r.regionCode), to: regions },
    });
  });
}
