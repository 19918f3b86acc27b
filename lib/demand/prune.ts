import type { PrismaClient } from "../db/client";
import { weekOf } from "./normalise";

/** Clean-up (daily job): demand older than about 13 months is deleted. */
export async function pruneDemand(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const before = new Date(weekOf(now).getTime() - 400 * 86_400_000);
  const [a, b] = await Promise.all([
    db.demandSearch.deleteMany({ where: { week: { lt: before } } }),
    db.demandWord.deleteMany({ where: { week: { lt: before } } }),
  ]);
  return a.count + b.count;
}
